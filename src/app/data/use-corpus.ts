import { queryOptions, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import type { EventSummary } from "../../schema/event.ts";
import type { Manifest } from "../../schema/manifest.ts";
import type { Source } from "../../schema/source.ts";
import { dayNumber } from "../format/days.ts";
import { useUrlState } from "../state/use-url-state.ts";
import { type DayWindow, openingWindow } from "../timeline/initial-window.ts";
import { mergeInOrder } from "./event-order.ts";
import { type DataProblem, fileProblem, type Records } from "./fetch-records.ts";
import { type LoadPlan, type OpeningRequest, planLoad, startCountsOf, timelineFiles } from "./load-plan.ts";
import { sourcesQuery, timelineFileQuery, useManifest } from "./queries.ts";
import { type StartDays, startDaysOf } from "./start-days.ts";
import { useLinkedEvent } from "./use-linked-event.ts";

export type Corpus = {
  manifest: Manifest;
  /**
   * The events loaded so far, in date order (start, then end, then id, whatever the files), as the
   * timeline and the list read them: summaries, without mentions (`useFullEvent` has the rest).
   */
  events: EventSummary[];
  eventById: Map<string, EventSummary>;
  /** The place in `files.events` of each loaded event's file: where its full record is. */
  eventFile: Map<string, number>;
  sources: Source[];
  sourceById: Map<string, Source>;
  /** Files that failed and records left out: the rest is shown, and these are named in a banner. */
  problems: DataProblem[];
  /**
   * False while events files are still arriving after the first draw: `events` then holds the
   * opening window's events and some others, and any count over them is not final.
   */
  complete: boolean;
  /**
   * The window a page without one in its URL opens on, from the manifest's counts, which the first
   * events files alone cannot tell; undefined when the manifest has none (every file is then loaded).
   */
  opening?: DayWindow;
  /** The linked event's id when the id → file table says this data has no such event. */
  missingEventId?: string;
  /** Every event's start day, loaded or not, from the manifest: the lanes' counts while files arrive. */
  startDays?: StartDays;
};

export type CorpusState =
  | { status: "pending" }
  | { status: "error"; error: Error; retry: () => void }
  | { status: "success"; corpus: Corpus; isRefreshing: boolean; retryFailed: () => void };

type Loaded = {
  data?: unknown;
  dataUpdatedAt: number;
  isSuccess: boolean;
  isFetching: boolean;
  error: Error | null;
  isError: boolean;
  refetch: () => Promise<unknown>;
};

/** Defined once, outside the component, so that react-query re-runs it only when a query changes. */
function combineLoaded(results: Loaded[]) {
  const [sources, ...events] = results;
  return {
    sources,
    events,
    problems: results.flatMap((r) =>
      r.error ? [fileProblem(r.error)] : ((r.data as Records<unknown> | undefined)?.problems ?? []),
    ),
    // A file loaded again (a retry), not one arriving for the first time: that is shown as loading.
    isRefreshing: results.some((r) => r.isFetching && r.isSuccess),
    refetchFailed: () => {
      for (const r of results) if (r.isError) void r.refetch();
    },
  };
}

type Started = { manifest: Manifest; plan: LoadPlan; missing?: string };
/** Not fetched: set once the first draw's files are in (see useCorpus). */
const startedQuery = queryOptions({
  queryKey: ["events-started"],
  queryFn: (): Started | null => null,
  enabled: false,
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
});

const settled = (r: Loaded | undefined) => Boolean(r && (r.isSuccess || r.isError));

/**
 * What every view needs before it can draw: the manifest, the outlets, and the event summaries files
 * of the window the page opens on (load-plan.ts); then, without holding the page, every other
 * summaries file, those nearest the window first. The full events files (mentions, articles) and the
 * article texts are not here: they load when an event is opened (`useFullEvent`, `useDetailData`).
 * Data without summaries (schema < 4.1) is drawn from its full events files instead.
 *
 * The files arriving after the first draw join the corpus in growing batches (1, 2, 4, 8... files),
 * so that a corpus of a hundred files is re-sorted and re-drawn a handful of times, not a hundred.
 */
export function useCorpus(): CorpusState {
  const { state: url } = useUrlState();
  const manifest = useManifest();
  const m = manifest.data;
  // The plan of the first draw, kept once its files have arrived: later windows (the user pans) and
  // selections must not change what the page already shows; every other file is then on its way.
  // Kept in the query client, not in this hook, so that every view reading the corpus (the
  // comparison, the embed dialog) shares it and none plans a first draw of its own.
  const queryClient = useQueryClient();
  const { data: started } = useQuery(startedQuery);
  const background = Boolean(started);

  const narrowed = url.sources.length > 0 || url.q.trim() !== "";
  const request = useMemo<OpeningRequest>(() => {
    const sound = url.from && url.to && url.from <= url.to;
    return {
      ...(sound && url.from && url.to
        ? { window: { fromDay: dayNumber(url.from), toDay: dayNumber(url.to) } }
        : {}),
      eventId: url.event,
      narrowed,
    };
  }, [url.from, url.to, url.event, narrowed]);
  // Once every file is on its way, a newly selected event needs no look-up.
  const linked = useLinkedEvent(m, background ? null : url.event);
  const live = useMemo(() => (m ? planLoad(m, request, linked) : undefined), [m, request, linked]);
  const plan = started && started.manifest === m ? started.plan : live;
  const opening = useMemo(() => {
    const counts = m && startCountsOf(m);
    return counts ? openingWindow(counts) : undefined;
  }, [m]);
  const startDays = useMemo(() => (m ? startDaysOf(m) : undefined), [m]);
  const listing = useMemo(() => (m ? timelineFiles(m) : undefined), [m]);

  const first = useMemo(() => new Set(plan?.first ?? (plan?.wait ? [plan.wait] : [])), [plan]);
  const order = plan?.order ?? [];
  const loaded = useQueries({
    queries: m
      ? [
          sourcesQuery(m.files.sources),
          ...order.map((file) => ({
            ...timelineFileQuery(plan?.kind ?? "events", file),
            enabled: background || first.has(file),
          })),
        ]
      : [],
    combine: combineLoaded,
  });
  const byFile = new Map(order.map((file, i) => [file, loaded.events[i]]));
  const firstSettled =
    plan?.first !== undefined && settled(loaded.sources) && plan.first.every((f) => settled(byFile.get(f)));
  const missing = linked.status === "missing" ? (url.event ?? undefined) : started?.missing;
  useEffect(() => {
    if (!firstSettled || !m || !plan || started?.plan === plan) return;
    // The other files are asked for once the first draw has been painted (a task after the next
    // frame), so that their parsing does not hold up that frame.
    const value: Started = missing ? { manifest: m, plan, missing } : { manifest: m, plan };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => queryClient.setQueryData(startedQuery.queryKey, value));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [firstSettled, m, plan, started, missing, queryClient]);

  // The files shown: the first ones, then of the others that have arrived the first 1, 2, 4, 8...
  const rest = order.filter((f) => !first.has(f));
  const restSettled = rest.filter((f) => settled(byFile.get(f)));
  const batch =
    restSettled.length === rest.length ? rest.length : 2 ** Math.floor(Math.log2(restSettled.length || 1));
  const shown = [...(plan?.first ?? []), ...restSettled.slice(0, restSettled.length ? batch : 0)];
  const complete = firstSettled && restSettled.length === rest.length;
  const anyLoaded = shown.some((f) => byFile.get(f)?.isSuccess);
  // With no events file at all there is nothing to draw: that is the page's error. A failed outlets
  // file or some of several events files is not: the rest shows, with the failures named.
  const fatal = complete && order.length > 0 && !anyLoaded;
  const drawable = firstSettled && (anyLoaded || complete || plan?.first?.length === 0);
  const shownKey = drawable
    ? `drawable|${shown.map((f) => `${f}@${byFile.get(f)?.isSuccess ? byFile.get(f)?.dataUpdatedAt : "-"}`).join("|")}`
    : "";

  const sourcesRecords = (loaded.sources?.data as Records<Source> | undefined)?.records;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `shownKey` names exactly the files and versions read here
  const loadedEvents = useMemo(() => {
    if (!drawable || !listing) return undefined;
    const inView = new Set(shown);
    const eventFile = new Map<string, number>();
    const lists = listing.files.flatMap((f, place) => {
      const result = inView.has(f) ? byFile.get(f) : undefined;
      if (!result?.isSuccess) return [];
      const { records } = result.data as Records<EventSummary>;
      for (const e of records) eventFile.set(e.id, place);
      return [records];
    });
    return { events: mergeInOrder(lists), eventFile };
  }, [shownKey, listing]);

  const lookups = useMemo(() => {
    if (!loadedEvents) return undefined;
    const { events, eventFile } = loadedEvents;
    const sources = [...(sourcesRecords ?? outletsOf(events))].sort((a, b) => a.name.localeCompare(b.name));
    return {
      events,
      eventById: new Map(events.map((e) => [e.id, e])),
      eventFile,
      sources,
      sourceById: new Map(sources.map((s) => [s.id, s])),
    };
  }, [loadedEvents, sourcesRecords]);
  const corpus = useMemo(() => {
    if (!m || !lookups || fatal) return undefined;
    return {
      manifest: m,
      ...lookups,
      problems: loaded.problems,
      complete,
      ...(opening ? { opening } : {}),
      ...(missing ? { missingEventId: missing } : {}),
      ...(startDays ? { startDays } : {}),
    } satisfies Corpus;
  }, [m, lookups, fatal, loaded.problems, complete, opening, missing, startDays]);

  const failed = manifest.error ?? (fatal ? (loaded.events.find((r) => r?.error)?.error ?? null) : null);
  if (failed) {
    return {
      status: "error",
      error: failed,
      retry: () => {
        if (manifest.error) void manifest.refetch();
        else loaded.refetchFailed();
      },
    };
  }
  if (!corpus) return { status: "pending" };
  return {
    status: "success",
    corpus,
    isRefreshing: manifest.isFetching || loaded.isRefreshing,
    retryFailed: loaded.refetchFailed,
  };
}

/** When the outlets file fails, the events still name their outlets by id: lanes and filters keep working. */
function outletsOf(events: EventSummary[]): Source[] {
  const ids = new Set(events.flatMap((e) => e.sourceIds));
  return [...ids].map((id) => ({ id, name: id, kind: "other", articleCount: 0 }));
}
