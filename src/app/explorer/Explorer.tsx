import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { CorpusComparison } from "../compare/CorpusComparison.tsx";
import { SourceComparison } from "../compare/SourceComparison.tsx";
import { type Corpus, useCorpus } from "../data/use-corpus.ts";
import { type FullEvent, useOpenedEvent, usePrefetchEvent } from "../data/use-full-event.ts";
import { EventDetail } from "../detail/EventDetail.tsx";
import { EmbedBar } from "../embed/EmbedBar.tsx";
import { useEmbedMessaging } from "../embed/use-embed-messaging.ts";
import { dayNumber, dayString } from "../format/days.ts";
import { formatEventDate } from "../format/event-date.ts";
import { controlClass } from "../layout/buttons.ts";
import { EmptyState, ErrorMessage, ExplorerSkeleton, LineSkeleton } from "../layout/StatusViews.tsx";
import { EventList } from "../list/EventList.tsx";
import { ArticleReader } from "../reader/ArticleReader.tsx";
import { DataProblems } from "../report/DataProblems.tsx";
import { ReportPage } from "../report/ReportPage.tsx";
import { HighlightTermsProvider } from "../search/highlight-terms.tsx";
import { NoMatches, SearchStatus } from "../search/SearchFeedback.tsx";
import { useExplorerFilter } from "../search/use-explorer-filter.ts";
import { LinkProblems } from "../share/LinkProblems.tsx";
import type { View } from "../state/url-params.ts";
import { useUrlState } from "../state/use-url-state.ts";
import { indexEvents } from "../timeline/event-index.ts";
import { initialWindow, padded, SHOW_LABELS } from "../timeline/initial-window.ts";
import { type DayWindow, Timeline, type TimelineCommands } from "../timeline/Timeline.tsx";
import { TimelineHint, TimelineToolbar } from "../timeline/TimelineToolbar.tsx";
import { expectedStarts } from "../timeline/timeline-items.ts";
import { ExplorerHeader } from "./ExplorerHeader.tsx";
import { OutletFilter } from "./OutletFilter.tsx";
import { type Step, stepEvent } from "./step-event.ts";
import { useDetailData } from "./use-detail-data.ts";

/** The page: header, then loading, failure, an empty corpus, or the explorer itself. */
export function Explorer() {
  const state = useCorpus();
  const { state: url } = useUrlState();
  const corpus = state.status === "success" ? state.corpus : undefined;
  const full = useOpenedEvent(corpus, url.view === "report" ? null : url.event);
  useEmbedMessaging(url.embed);
  // The report needs no events: it shows even when every article was rejected.
  if (url.view === "report") return <ReportPage corpus={corpus} embed={url.embed} />;
  // Embedded, the page is as tall as its content (not the viewport), so the host can fit the frame to it.
  return (
    <div
      className={`${url.embed ? "" : "min-h-dvh"} bg-slate-50 text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100`}
    >
      {url.embed ? <EmbedBar /> : <ExplorerHeader corpus={corpus} />}
      <main className={`mx-auto max-w-screen-2xl ${url.embed ? "p-3" : "px-4 py-5 sm:px-6"}`}>
        {state.status === "pending" && <ExplorerSkeleton />}
        {state.status === "error" && (
          <ErrorMessage
            title="The data could not be loaded"
            message={state.error.message}
            onRetry={state.retry}
          />
        )}
        {state.status === "success" && (
          <div className="mb-4 empty:hidden">
            <DataProblems problems={state.corpus.problems} onRetry={state.retryFailed} />
          </div>
        )}
        {corpus &&
          (corpus.complete && corpus.events.length === 0 ? (
            <EmptyState />
          ) : (
            <ExplorerReady
              corpus={corpus}
              full={full}
              refreshing={state.status === "success" && state.isRefreshing}
            />
          ))}
      </main>
    </div>
  );
}

const viewLabels: [View, string][] = [
  ["timeline", "Timeline"],
  ["list", "List"],
  ["compare", "Compare outlets"],
];
const stepKeys: Record<string, Step> = {
  ArrowLeft: "previous",
  ArrowRight: "next",
  Home: "first",
  End: "last",
};

function ExplorerReady({
  corpus,
  full,
  refreshing,
}: {
  corpus: Corpus;
  full: FullEvent;
  refreshing: boolean;
}) {
  const { state: url, push, replace } = useUrlState();
  // Outlets the data does not know are left out: an old link still shows what it can.
  const sourcesKey = url.sources.filter((id) => corpus.sourceById.has(id)).join(",");
  const shownSources = useMemo(() => (sourcesKey ? sourcesKey.split(",") : []), [sourcesKey]);
  const filter = useExplorerFilter(corpus, shownSources);
  const { events } = filter;
  // Matches may still be in a file on its way: "no matches" waits for the last one.
  const noMatches = filter.filtered && events.length === 0 && corpus.complete;
  const index = useMemo(() => indexEvents(events), [events]);
  const narrowed = shownSources.length > 0 || filter.filtered;
  // Until every file is in, the busy lanes are counted from the manifest's start days of every event;
  // not once outlets or the filter narrow the events, which those counts cannot follow.
  const expected = useMemo(
    () =>
      corpus.complete || narrowed || !corpus.startDays
        ? undefined
        : expectedStarts(corpus.startDays, url.lanes),
    [corpus.complete, narrowed, corpus.startDays, url.lanes],
  );
  const laneSources = useMemo(() => {
    const used = new Set(events.flatMap((e) => e.sourceIds));
    // An outlet whose events have not arrived yet has its lane already, with its counts.
    for (const id of expected?.lanes.keys() ?? []) used.add(id);
    return corpus.sources.filter((s) => used.has(s.id));
  }, [corpus.sources, events, expected]);

  // The window: the URL's when it gives a sound one, else where a first look should land. Over every
  // event that is the manifest's choice, made before the events arrived; over the events an outlet
  // or the filter leaves, it is picked from them (and then every file was loaded first).
  const manifestOpening = narrowed ? undefined : corpus.opening;
  const opening = useMemo(() => manifestOpening ?? initialWindow(index), [manifestOpening, index]);
  const soundWindow = url.from && url.to && url.from <= url.to;
  const urlFrom = soundWindow && url.from ? dayNumber(url.from) : undefined;
  const urlTo = soundWindow && url.to ? dayNumber(url.to) : undefined;
  const window = useMemo<DayWindow>(
    () => (urlFrom !== undefined && urlTo !== undefined ? { fromDay: urlFrom, toDay: urlTo } : opening),
    [urlFrom, urlTo, opening],
  );
  const seen = useRef<DayWindow>(window);
  const onWindowChange = useCallback(
    (w: DayWindow) => {
      seen.current = w;
      replace({ from: dayString(w.fromDay), to: dayString(w.toDay) });
    },
    [replace],
  );

  const selected = url.event ? corpus.eventById.get(url.event) : undefined;
  // Not loaded is not missing: until the last file is in, only the id table can say an event is not there.
  const eventMissing = corpus.complete || corpus.missingEventId === url.event;
  const fullEvent = full.status === "success" ? full.event : undefined;
  const prefetch = usePrefetchEvent(corpus);
  // The event's file, then its articles, are asked for before the state changes: the render a
  // selection sets off (the list or timeline, the detail's frame) took 40 ms at 100,000 events, and
  // the fetches waited on it.
  const select = useCallback(
    (id: string | null) => {
      if (id) prefetch(id, true);
      push({ event: id, article: null });
    },
    [push, prefetch],
  );
  const [cursor, setCursor] = useState<string | null>(null);
  // The keyboard's cursor is where Enter opens next.
  useEffect(() => {
    if (cursor) prefetch(cursor);
  }, [cursor, prefetch]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new selection (click, Enter, Back) takes over from the cursor
  useEffect(() => setCursor(null), [url.event]);

  const [commands, setCommands] = useState<TimelineCommands | null>(null);
  const onTimelineKey = (e: KeyboardEvent<HTMLElement>) => {
    const step = stepKeys[e.key];
    if (step) {
      e.preventDefault();
      setCursor(stepEvent(index, cursor ?? selected?.id ?? null, step, seen.current));
    } else if (e.key === "Enter" && cursor) {
      e.preventDefault();
      select(cursor);
    }
  };

  // Escape closes the reader, then the detail, wherever the focus is (but not while typing).
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (
        e.key !== "Escape" ||
        (e.target instanceof HTMLElement && e.target.closest("input, textarea, select"))
      )
        return;
      if (url.article) push({ article: null });
      else if (url.event) push({ event: null });
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [url.article, url.event, push]);

  const cursorEvent = cursor ? corpus.eventById.get(cursor) : undefined;
  const detail = useDetailData(corpus.manifest, fullEvent, url.article);
  const readerArticle =
    url.article && detail.articles.status === "success" ? detail.articles.byId.get(url.article) : undefined;

  // The search's matched words reach the detail, the comparison and the reader through context.
  const content = (
    <div
      className={`grid items-start gap-6 ${url.embed ? "" : "lg:grid-cols-[minmax(0,1fr)_26rem] lg:grid-rows-[auto_1fr]"}`}
    >
      <section aria-label="Events" className="min-w-0 space-y-3">
        <LinkProblems knownSourceIds={corpus.sourceById} />
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <fieldset className="flex gap-1">
            <legend className="sr-only">View</legend>
            {viewLabels.map(([view, label]) => (
              <button
                key={view}
                type="button"
                aria-pressed={url.view === view}
                className={controlClass}
                onClick={() => push({ view })}
              >
                {label}
              </button>
            ))}
          </fieldset>
          <p
            data-testid="result-count"
            className="text-sm text-slate-600 dark:text-slate-300"
            aria-live="polite"
          >
            {corpus.complete ? (
              (filter.summary ?? (
                <>
                  {events.length.toLocaleString("en")} {events.length === 1 ? "event" : "events"}
                  {events.length !== corpus.events.length &&
                    ` of ${corpus.events.length.toLocaleString("en")}`}
                </>
              ))
            ) : (
              <LoadingCount
                shown={events.length}
                loaded={corpus.events.length}
                total={corpus.manifest.eventCount}
              />
            )}
            {refreshing && <span className="ml-2 text-xs text-slate-400">updating…</span>}
          </p>
          {url.view === "timeline" && (
            <div className="ml-auto">
              <TimelineToolbar
                disabled={!commands}
                onFit={() => {
                  // Until every file is in, the whole corpus is the manifest's span, not the loaded one's.
                  const range = !corpus.complete && !narrowed ? corpus.manifest.range : null;
                  commands?.show(
                    range
                      ? padded(
                          dayNumber(range.start),
                          dayNumber(range.end),
                          corpus.manifest.eventCount <= SHOW_LABELS,
                        )
                      : padded(index.firstDay, index.lastDay, index.entries.length <= SHOW_LABELS),
                  );
                }}
                onZoomIn={() => commands?.zoomIn()}
                onZoomOut={() => commands?.zoomOut()}
                lanes={url.lanes}
                onLanesChange={(lanes) => replace({ lanes })}
              />
            </div>
          )}
        </div>
        <SearchStatus search={filter.search} problems={filter.problems} onRetry={filter.retry} />
        <OutletFilter
          sources={corpus.sources}
          selected={shownSources}
          onChange={(sources) => replace({ sources })}
        />
        {noMatches && (
          <NoMatches
            q={filter.q}
            hiddenByOutlets={filter.hiddenByOutlets}
            onClear={() => filter.setQ("")}
            onShowAllOutlets={shownSources.length > 0 ? () => replace({ sources: [] }) : undefined}
          />
        )}
        {/* The timeline stays, empty, under that message: a query typed through no match (a phrase's
            half-typed word) would otherwise build a new vis-timeline at its next letter. */}
        {noMatches && url.view !== "timeline" ? null : url.view === "compare" ? (
          // The coverage counts are over every event: they wait for the last file.
          corpus.complete ? (
            <CorpusComparison events={filter.filtered ? events : undefined} />
          ) : (
            <div className="space-y-2">
              <p className="text-sm text-slate-500 dark:text-slate-400">
                Loading every event to compare the outlets…
              </p>
              <LineSkeleton lines={6} />
            </div>
          )
        ) : url.view === "list" ? (
          <EventList
            events={events}
            complete={corpus.complete}
            sourceById={corpus.sourceById}
            selectedId={selected?.id ?? null}
            onSelect={select}
            onHover={prefetch}
          />
        ) : (
          <>
            <Timeline
              index={index}
              sources={laneSources}
              lanes={url.lanes}
              window={window}
              selectedId={selected?.id ?? null}
              cursorId={cursor}
              onSelectEvent={select}
              onHoverEvent={prefetch}
              onWindowChange={onWindowChange}
              onKeyDown={onTimelineKey}
              onReady={setCommands}
              {...(expected ? { expected } : {})}
            />
            <TimelineHint />
            <p className="sr-only" aria-live="polite">
              {cursorEvent &&
                `${cursorEvent.title}, ${formatEventDate(cursorEvent.start, cursorEvent.end, cursorEvent.precision)}. Press Enter to open.`}
            </p>
          </>
        )}
      </section>
      <aside
        aria-label="Event detail"
        className={`min-w-0 ${url.embed ? "" : "lg:sticky lg:top-4 lg:row-span-2 lg:max-h-[calc(100dvh-2rem)] lg:self-start lg:overflow-auto"}`}
      >
        <div className="mb-4 empty:hidden">
          <DataProblems problems={detail.articleProblems} title="Some articles could not be read" />
        </div>
        {url.event && !selected && !eventMissing && <LineSkeleton lines={6} />}
        {url.event && !selected && eventMissing && (
          <ErrorMessage
            title="Event not found"
            message={`This data has no event with the id “${url.event}”. It may come from another collection of articles.`}
          />
        )}
        {selected && url.article ? (
          readerArticle ? (
            <ArticleReader article={readerArticle} event={fullEvent} onBack={() => push({ article: null })} />
          ) : detail.articles.status === "error" ? (
            <ErrorMessage
              title="The article could not be loaded"
              message={detail.articles.message}
              onRetry={detail.articles.retry}
            />
          ) : full.status === "error" ? (
            <ErrorMessage title="The event could not be loaded" message={full.message} onRetry={full.retry} />
          ) : full.status === "missing" ? (
            <ErrorMessage
              title="The event could not be loaded"
              message={`${full.file} does not hold the event “${selected.id}”.`}
            />
          ) : detail.articles.status === "pending" || full.status === "pending" ? (
            <LineSkeleton lines={6} />
          ) : (
            <ErrorMessage title="Article not found" message={`No article with the id “${url.article}”.`} />
          )
        ) : selected ? (
          <EventDetail
            event={selected}
            full={full}
            sourceById={corpus.sourceById}
            entities={detail.entities}
            articles={detail.articles}
            onOpenArticle={(article) => push({ article })}
            onClose={() => select(null)}
          />
        ) : (
          !url.event && !url.embed && <DetailPlaceholder />
        )}
      </aside>
      {/* After the detail on phones, under the timeline on wide screens (the aside spans both rows). */}
      {selected && (url.compare ?? !url.embed) && (
        <div className="min-w-0 lg:col-start-1">
          <SourceComparison eventId={selected.id} sourceById={corpus.sourceById} />
        </div>
      )}
    </div>
  );
  return <HighlightTermsProvider value={filter.highlightTerms}>{content}</HighlightTermsProvider>;
}

/**
 * The count while events files are still arriving: what is shown so far, with a "+" (tests and
 * readers take the leading number as the count; it must not look final), and how many are to come.
 */
function LoadingCount({ shown, loaded, total }: { shown: number; loaded: number; total: number }) {
  const more = Math.max(0, total - loaded);
  return (
    <span aria-busy="true" data-testid="count-loading">
      {shown.toLocaleString("en")}+ {shown === 1 ? "event" : "events"}{" "}
      <span className="ml-1 text-xs text-slate-400">
        {more > 0 ? `loading ${more.toLocaleString("en")} more…` : "loading…"}
      </span>
    </span>
  );
}

function DetailPlaceholder() {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-6 text-sm text-slate-500 dark:border-slate-700 dark:text-slate-400">
      <p className="font-medium text-slate-700 dark:text-slate-200">Choose an event</p>
      <p className="mt-1">
        Click an event on the timeline or in the list, or focus the timeline and use the arrow keys, to see
        what each outlet said about it.
      </p>
    </div>
  );
}
