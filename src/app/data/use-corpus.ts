import { useQueries } from "@tanstack/react-query";
import { useMemo } from "react";
import type { Event } from "../../schema/event.ts";
import type { Manifest } from "../../schema/manifest.ts";
import type { Source } from "../../schema/source.ts";
import { type DataProblem, fileProblem, type Records } from "./fetch-records.ts";
import { eventsQuery, sourcesQuery, useManifest } from "./queries.ts";

export type Corpus = {
  manifest: Manifest;
  /** Every event, in date order (start, then end, then id, so the order never depends on the files). */
  events: Event[];
  eventById: Map<string, Event>;
  sources: Source[];
  sourceById: Map<string, Source>;
  /** Files that failed and records left out: the rest is shown, and these are named in a banner. */
  problems: DataProblem[];
};

export type CorpusState =
  | { status: "pending" }
  | { status: "error"; error: Error; retry: () => void }
  | { status: "success"; corpus: Corpus; isRefreshing: boolean; retryFailed: () => void };

function compareEvents(a: Event, b: Event): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  const aEnd = a.end ?? a.start;
  const bEnd = b.end ?? b.start;
  if (aEnd !== bEnd) return aEnd < bEnd ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

type Loaded = {
  data?: unknown;
  isSuccess: boolean;
  isFetching: boolean;
  error: Error | null;
  isError: boolean;
  refetch: () => Promise<unknown>;
};

/**
 * Defined once, outside the component: react-query then re-runs it only when a query's state
 * changes, so the sorted corpus below is computed once per data version and not on every render.
 */
function combineLoaded(results: Loaded[]) {
  const [sources, ...events] = results;
  const done = results.length > 0 && results.every((r) => r.isSuccess || r.isError);
  const loadedEvents = events.filter((r) => r.isSuccess).map((r) => r.data as Records<Event>);
  // Without any events file there is nothing to draw: that is the page's error. A failed outlets file
  // or some of several events files is not: the rest shows, with the failures named.
  const fatal = done && events.length > 0 && loadedEvents.length === 0;
  const problems = results.flatMap((r) =>
    r.error ? [fileProblem(r.error)] : ((r.data as Records<unknown> | undefined)?.problems ?? []),
  );
  return {
    sources: done && !fatal ? ((sources?.data as Records<Source> | undefined)?.records ?? null) : undefined,
    events: done && !fatal ? loadedEvents.map((r) => r.records) : undefined,
    problems,
    error: fatal ? (events.find((r) => r.error)?.error ?? null) : null,
    isFetching: results.some((r) => r.isFetching),
    refetchFailed: () => {
      for (const r of results) if (r.isError) void r.refetch();
    },
  };
}

/**
 * What every view needs before it can draw: the manifest, then the event files and the outlets it
 * lists. Article texts are not here: they load when the reader or a quote in context needs them.
 */
export function useCorpus(): CorpusState {
  const manifest = useManifest();
  const files = manifest.data?.files;
  const loaded = useQueries({
    queries: files ? [sourcesQuery(files.sources), ...files.events.map((file) => eventsQuery(file))] : [],
    combine: combineLoaded,
  });

  const corpus = useMemo(() => {
    if (!manifest.data || loaded.sources === undefined || !loaded.events) return undefined;
    const events = loaded.events.flat().sort(compareEvents);
    const sources = [...(loaded.sources ?? outletsOf(events))].sort((a, b) => a.name.localeCompare(b.name));
    return {
      manifest: manifest.data,
      events,
      eventById: new Map(events.map((e) => [e.id, e])),
      sources,
      sourceById: new Map(sources.map((s) => [s.id, s])),
      problems: loaded.problems,
    } satisfies Corpus;
  }, [manifest.data, loaded.sources, loaded.events, loaded.problems]);

  const failed = manifest.error ?? loaded.error;
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
    isRefreshing: manifest.isFetching || loaded.isFetching,
    retryFailed: loaded.refetchFailed,
  };
}

/** When the outlets file fails, the events still name their outlets by id: lanes and filters keep working. */
function outletsOf(events: Event[]): Source[] {
  const ids = new Set(events.flatMap((e) => e.sourceIds));
  return [...ids].map((id) => ({ id, name: id, kind: "other", articleCount: 0 }));
}
