import { useEffect, useMemo, useState } from "react";
import {
  aboutSentences,
  type EventComparison,
  onlyHereSentences,
  type SourceAccount,
} from "../../schema/comparison.ts";
import type { Source } from "../../schema/source.ts";
import { useEventComparison } from "../data/comparison-queries.ts";
import { formatPublished } from "../format/event-date.ts";
import { SearchHighlight } from "../search/highlight-terms.tsx";
import { distinctiveWords } from "./distinctive-words.ts";
import { NamingGrid } from "./NamingGrid.tsx";
import { kindLabel, OutletPicker, ReaderLink, Section, WordBars } from "./parts.tsx";
import { QuoteList } from "./QuoteList.tsx";

/**
 * How each outlet told one event, side by side: one column per outlet (in the pipeline's stable
 * order: what the outlet is, then its name), a picker for which to compare, the naming table, the
 * details they share aligned, and the outlets that published at the time but not about this.
 */
export function SourceComparison({
  eventId,
  sourceById,
}: {
  eventId: string;
  /** The corpus's outlets, from the view that opened the event: a corpus of its own here was made
   * anew at each selection (30 ms of a 100,000-event selection's 90). */
  sourceById: ReadonlyMap<string, Source>;
}) {
  const { comparison, missing, isPending, error, retry } = useEventComparison(eventId);
  const [picked, setPicked] = useState<string[] | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: another event starts with all its outlets
  useEffect(() => setPicked(null), [eventId]);

  const nameOf = (id: string) => sourceById.get(id)?.name ?? id;
  const all = comparison?.accounts.map((a) => a.sourceId) ?? [];
  const chosen = picked?.filter((id) => all.includes(id)) ?? all;
  const words = useMemo(
    () => (comparison ? distinctiveWords(comparison.words, chosen, 8) : new Map()),
    [comparison, chosen],
  );

  let body: React.ReactNode;
  if (missing)
    body = (
      <p className="text-sm text-slate-500 dark:text-slate-400">
        This data has no comparisons: rebuild it with npm run data.
      </p>
    );
  else if (error)
    body = (
      <div data-testid="error" role="alert" className="text-sm text-red-700 dark:text-red-300">
        The comparison could not be loaded: {error.message}{" "}
        <button type="button" className="underline" onClick={retry}>
          Try again
        </button>
      </div>
    );
  else if (isPending)
    body = <p className="text-sm text-slate-500 dark:text-slate-400">Loading the comparison…</p>;
  else if (!comparison)
    body = <p className="text-sm text-slate-500 dark:text-slate-400">No comparison for this event.</p>;
  else {
    const columns = comparison.accounts.filter((a) => chosen.includes(a.sourceId));
    body = (
      <>
        {all.length > 2 && (
          <OutletPicker sources={all} chosen={chosen} onChange={setPicked} nameOf={nameOf} />
        )}
        {comparison.notReportedBy.length > 0 && (
          // One line, not one per outlet: with thirty outlets the list pushed the accounts off the screen.
          <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="not-reported">
            Not reported by{" "}
            {comparison.notReportedBy.map((id, n) => (
              <span key={id}>
                {n > 0 && (n === comparison.notReportedBy.length - 1 ? " or " : ", ")}
                <span className="whitespace-nowrap">{nameOf(id)}</span>
              </span>
            ))}
          </p>
        )}
        <div className="flex gap-4 overflow-x-auto pb-2">
          {columns.map((account) => (
            <SourceColumn
              key={account.sourceId}
              account={account}
              sourceIds={all}
              eventId={eventId}
              chosen={chosen}
              name={nameOf(account.sourceId)}
              kind={sourceById.get(account.sourceId)?.kind}
              words={words.get(account.sourceId) ?? []}
            />
          ))}
        </div>
        {columns.length > 1 && <SharedDetails comparison={comparison} columns={columns} nameOf={nameOf} />}
        <NamingTable comparison={comparison} columns={columns} eventId={eventId} nameOf={nameOf} />
      </>
    );
  }
  return (
    <section
      data-testid="source-comparison"
      aria-labelledby="source-comparison-title"
      className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
    >
      <h2 id="source-comparison-title" className="text-lg font-semibold">
        How each outlet told it
      </h2>
      {body}
    </section>
  );
}

function SourceColumn({
  account,
  sourceIds,
  eventId,
  chosen,
  name,
  kind,
  words,
}: {
  account: SourceAccount;
  /** The outlets of the event's accounts, in order: what counterparts point at. */
  sourceIds: string[];
  eventId: string;
  chosen: string[];
  name: string;
  kind: keyof typeof kindLabel | undefined;
  words: ReturnType<typeof distinctiveWords> extends Map<string, infer W> ? W : never;
}) {
  const about = aboutSentences(account);
  const onlyHere = onlyHereSentences(account, sourceIds, chosen);
  return (
    <article
      data-testid="source-column"
      data-source-id={account.sourceId}
      className="w-80 shrink-0 space-y-3 rounded-md bg-slate-50 p-3 dark:bg-slate-900"
    >
      <header>
        <h3 className="font-semibold">{name}</h3>
        {kind && <p className="text-xs text-slate-500 dark:text-slate-400">{kindLabel[kind]}</p>}
      </header>
      <ul className="space-y-1 text-sm">
        {account.articles.map((a) => (
          <li key={a.articleId}>
            <ReaderLink eventId={eventId} articleId={a.articleId}>
              <SearchHighlight text={a.title} />
            </ReaderLink>{" "}
            <time className="text-xs text-slate-500 dark:text-slate-400" dateTime={a.published.slice(0, 10)}>
              {formatPublished(a.published)}
            </time>
          </li>
        ))}
      </ul>
      <Section title="About this event">
        <ul className="space-y-1 text-sm" data-testid="column-mentions">
          {about.map((s) => (
            <li key={`${s.article}:${s.start}`}>
              <SearchHighlight text={s.text} />
            </li>
          ))}
        </ul>
      </Section>
      {account.quotes.length > 0 && (
        <Section title="Quotes">
          <QuoteList quotes={account.quotes} />
        </Section>
      )}
      <Section title="Distinctive words">
        <WordBars words={words} label={`Words ${name} uses more than the others`} />
      </Section>
      {chosen.length > 1 && onlyHere.length > 0 && (
        <Section title="Only here">
          <ul className="space-y-1 text-sm" data-testid="only-here">
            {onlyHere.map((s) => (
              <li key={`${s.article}:${s.start}`}>
                <SearchHighlight text={s.text} />
              </li>
            ))}
          </ul>
        </Section>
      )}
    </article>
  );
}

function SharedDetails({
  comparison,
  columns,
  nameOf,
}: {
  comparison: EventComparison;
  columns: SourceAccount[];
  nameOf: (id: string) => string;
}) {
  const rows = comparison.shared.filter(
    (row) => columns.filter((c) => row[c.sourceId] !== undefined).length > 1,
  );
  return (
    <Section title="Told by more than one">
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">
          These accounts share no detail closely enough to align.
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm" data-testid="shared-details">
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.sourceId} scope="col" className="p-1 text-left">
                    {nameOf(c.sourceId)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={columns.map((c) => row[c.sourceId] ?? "-").join(":")} className="align-top">
                  {columns.map((c) => {
                    const n = row[c.sourceId];
                    return (
                      <td key={c.sourceId} className="border-t border-slate-200 p-1 dark:border-slate-700">
                        {n === undefined ? (
                          <span className="text-slate-500 dark:text-slate-400">—</span>
                        ) : (
                          <SearchHighlight text={c.sentences[n]?.text ?? ""} />
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}

function NamingTable({
  comparison,
  columns,
  eventId,
  nameOf,
}: {
  comparison: EventComparison;
  columns: SourceAccount[];
  eventId: string;
  nameOf: (id: string) => string;
}) {
  if (comparison.naming.length === 0) return null;
  return (
    <Section title="How each names them">
      <NamingGrid
        rows={comparison.naming.map((row) => ({
          entityId: row.entityId,
          name: row.name,
          formsBySource: (id) => row.cells[id],
        }))}
        sourceIds={columns.map((c) => c.sourceId)}
        nameOf={nameOf}
        eventId={eventId}
      />
    </Section>
  );
}
