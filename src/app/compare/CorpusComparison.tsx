import { useMemo, useState } from "react";
import type { CorpusComparison as CorpusData } from "../../schema/comparison.ts";
import type { EventSummary } from "../../schema/event.ts";
import { useCorpusComparison } from "../data/comparison-queries.ts";
import { useCorpus } from "../data/use-corpus.ts";
import { formatEventDate } from "../format/event-date.ts";
import { SearchHighlight } from "../search/highlight-terms.tsx";
import { hrefFor, useUrlState } from "../state/use-url-state.ts";
import { CoverageChart } from "./CoverageChart.tsx";
import { coveredByOnlyOne, sharedPeople } from "./corpus-figures.ts";
import { distinctiveWords } from "./distinctive-words.ts";
import { coverageOf, eventsOutside } from "./filtered-coverage.ts";
import { NamingGrid } from "./NamingGrid.tsx";
import { kindLabel, OutletPicker, Section, WordBars } from "./parts.tsx";
import { QuoteList } from "./QuoteList.tsx";

/**
 * The corpus view (`view=compare`): the chosen outlets side by side over the whole collection. The
 * choice lives in the URL's `sources`, so a comparison can be linked; with fewer than two there,
 * the two outlets that covered most events are compared.
 *
 * `events`, when given, are the events the full-text filter leaves: coverage and "only this one" are
 * then counted over them, while naming, words and quotes stay the whole collection's (the pipeline
 * aggregates them; the note under the heading says so).
 */
export function CorpusComparison({ events: filtered }: { events?: EventSummary[] } = {}) {
  const corpus = useCorpus();
  const comparison = useCorpusComparison();
  const { state, replace } = useUrlState();

  if (comparison.missing)
    return (
      <p className="text-sm text-slate-500 dark:text-slate-400">
        This data has no comparisons: rebuild it with npm run data.
      </p>
    );
  const failed = comparison.error ?? (corpus.status === "error" ? corpus.error : null);
  if (failed)
    return (
      <div data-testid="error" role="alert" className="text-sm text-red-700 dark:text-red-300">
        The comparison could not be loaded: {failed.message}{" "}
        <button type="button" className="underline" onClick={comparison.retry}>
          Try again
        </button>
      </div>
    );
  if (!comparison.data || corpus.status !== "success")
    return <p className="text-sm text-slate-500 dark:text-slate-400">Loading the comparison…</p>;
  const data = comparison.data;
  const all = data.outlets.map((o) => o.sourceId);
  const fromUrl = state.sources.filter((id) => all.includes(id));
  const chosen =
    fromUrl.length >= 2
      ? all.filter((id) => fromUrl.includes(id))
      : [...data.outlets]
          .sort((a, b) => b.eventCount - a.eventCount)
          .slice(0, 2)
          .map((o) => o.sourceId)
          .sort((a, b) => all.indexOf(a) - all.indexOf(b));
  const nameOf = (id: string) => corpus.corpus.sourceById.get(id)?.name ?? id;
  return (
    <CorpusView
      data={data}
      events={filtered ?? corpus.corpus.events}
      filtered={filtered !== undefined}
      all={all}
      chosen={chosen}
      nameOf={nameOf}
      kindOf={(id) => corpus.corpus.sourceById.get(id)?.kind}
      onChoose={(sources) => replace({ sources })}
    />
  );
}

function CorpusView({
  data,
  events,
  filtered,
  all,
  chosen,
  nameOf,
  kindOf,
  onChoose,
}: {
  data: CorpusData;
  events: EventSummary[];
  filtered: boolean;
  all: string[];
  chosen: string[];
  nameOf: (id: string) => string;
  kindOf: (id: string) => keyof typeof kindLabel | undefined;
  onChoose: (chosen: string[]) => void;
}) {
  const coverage = useMemo(
    () => (filtered ? coverageOf(events, data.months, chosen) : undefined),
    [filtered, events, data.months, chosen],
  );
  const outlets = data.outlets
    .filter((o) => chosen.includes(o.sourceId))
    .map((o) => ({ ...o, ...coverage?.get(o.sourceId) }));
  const onlyOne = useMemo(() => coveredByOnlyOne(events, chosen, data.months), [events, chosen, data.months]);
  const outside = useMemo(() => eventsOutside(events, data.months, chosen), [events, data.months, chosen]);
  const people = useMemo(() => sharedPeople(data, chosen), [data, chosen]);
  const words = useMemo(() => distinctiveWords(data.words, chosen, 10), [data, chosen]);
  return (
    <section data-testid="corpus-comparison" aria-labelledby="corpus-comparison-title" className="space-y-5">
      <h2 id="corpus-comparison-title" className="text-lg font-semibold">
        Compare outlets
      </h2>
      {filtered && (
        <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="compare-filter-note">
          Coverage counts only the {events.length.toLocaleString("en")}{" "}
          {events.length === 1 ? "event" : "events"} the filter matches; naming, words and quotes are over the
          whole collection.
        </p>
      )}
      <OutletPicker sources={all} chosen={chosen} onChange={onChoose} nameOf={nameOf} />
      <table className="text-sm" data-testid="coverage-counts">
        <thead>
          <tr className="text-left">
            <th className="p-1">Outlet</th>
            <th className="p-1">Kind</th>
            <th className="p-1 text-right">Events covered</th>
            <th className="p-1 text-right">Only this one of those chosen</th>
          </tr>
        </thead>
        <tbody>
          {outlets.map((o) => {
            const kind = kindOf(o.sourceId);
            return (
              <tr key={o.sourceId} data-source-id={o.sourceId}>
                <th scope="row" className="p-1 text-left font-medium">
                  {nameOf(o.sourceId)}
                </th>
                <td className="p-1">{kind ? kindLabel[kind] : ""}</td>
                <td className="p-1 text-right tabular-nums">{o.eventCount}</td>
                <td className="p-1 text-right tabular-nums">{onlyOne.get(o.sourceId)?.length ?? 0}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Section title="Coverage over time">
        <CoverageChart
          months={data.months}
          series={outlets.map((o) => ({ id: o.sourceId, name: nameOf(o.sourceId), values: o.monthly }))}
        />
        {outside > 0 && data.months.length > 0 && (
          <p className="text-xs text-slate-500 dark:text-slate-400" data-testid="coverage-outside">
            {outside.toLocaleString("en")} {outside === 1 ? "event" : "events"} of these outlets fall outside{" "}
            {data.months[0]} to {data.months.at(-1)}, mostly history the articles recall: the table counts
            them, the chart does not.
          </p>
        )}
      </Section>
      <Section title="How each names the people they share">
        {people.length === 0 ? (
          <p className="text-sm text-slate-500 dark:text-slate-400">These outlets name no one in common.</p>
        ) : (
          <NamingGrid
            rows={people.map((p) => ({
              entityId: p.entityId,
              name: p.name,
              formsBySource: (id) => p.bySource.get(id)?.forms,
            }))}
            sourceIds={outlets.map((o) => o.sourceId)}
            nameOf={nameOf}
          />
        )}
      </Section>
      <div className="flex gap-4 overflow-x-auto pb-2">
        {outlets.map((o) => (
          <article
            key={o.sourceId}
            data-testid="outlet-column"
            data-source-id={o.sourceId}
            className="w-80 shrink-0 space-y-3 rounded-md bg-slate-50 p-3 dark:bg-slate-900"
          >
            <h3 className="font-semibold">{nameOf(o.sourceId)}</h3>
            <Section title="Distinctive words">
              <WordBars
                words={words.get(o.sourceId) ?? []}
                label={`Words ${nameOf(o.sourceId)} uses more than the others`}
              />
            </Section>
            <Section title="Whom it quotes">
              {o.speakers.length === 0 ? (
                <p className="text-sm text-slate-500 dark:text-slate-400">No attributed quotes.</p>
              ) : (
                <QuoteList quotes={o.speakers.slice(0, 6).map((s) => s.example)} />
              )}
            </Section>
            <Section title="Only this one covered">
              <OnlyOneList events={onlyOne.get(o.sourceId) ?? []} />
            </Section>
          </article>
        ))}
      </div>
    </section>
  );
}

/** How many of an outlet's "only this one" events show before the list is opened. */
const ONLY_ONE_SHOWN = 8;

function OnlyOneList({ events }: { events: EventSummary[] }) {
  const { push } = useUrlState();
  const [open, setOpen] = useState(false);
  if (events.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">None.</p>;
  const shown = open ? events : events.slice(0, ONLY_ONE_SHOWN);
  return (
    <ul className="space-y-1 text-sm" data-testid="only-one-covered">
      {shown.map((e) => (
        <li key={e.id}>
          <a
            href={hrefFor({ event: e.id, article: null })}
            onClick={(click) => {
              if (click.button !== 0 || click.metaKey || click.ctrlKey) return;
              click.preventDefault();
              push({ event: e.id, article: null });
            }}
            className="text-sky-700 underline decoration-sky-300 dark:text-sky-300"
          >
            <SearchHighlight text={e.title} />
          </a>{" "}
          <span className="text-xs whitespace-nowrap text-slate-500 dark:text-slate-400">
            {formatEventDate(e.start, e.end, e.precision)}
          </span>
        </li>
      ))}
      {events.length > ONLY_ONE_SHOWN && (
        <li>
          <button
            type="button"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
            className="text-xs text-sky-700 underline dark:text-sky-300"
          >
            {open ? "Show fewer" : `Show all ${events.length}`}
          </button>
        </li>
      )}
    </ul>
  );
}
