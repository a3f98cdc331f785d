import { queryOptions, useQueries, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { type Article, article } from "../../schema/article.ts";
import { type EventSummary, event, eventSummary } from "../../schema/event.ts";
import { eventIdsFile, manifest } from "../../schema/manifest.ts";
import { report } from "../../schema/report.ts";
import { source } from "../../schema/source.ts";
import { isCompatibleSchemaVersion, SCHEMA_VERSION } from "../../schema/version.ts";
import { compareEvents } from "./event-order.ts";
import { DataError, fetchJson } from "./fetch-json.ts";
import { type DataProblem, fetchRecords, fileProblem, type Records } from "./fetch-records.ts";

/** One queryOptions factory per resource, with hierarchical keys (ARCHITECTURE habit 7). */
export const manifestQuery = queryOptions({
  queryKey: ["manifest"],
  queryFn: async ({ signal }) => {
    // The manifest is not content-hashed: never take it from the HTTP cache.
    const data = await fetchJson(`manifest.json?t=${Date.now()}`, manifest, signal);
    if (!isCompatibleSchemaVersion(data.schemaVersion)) {
      throw new DataError(
        `the data was built with schema ${data.schemaVersion}, this app reads ${SCHEMA_VERSION}: run npm run data`,
        "manifest.json",
      );
    }
    return data;
  },
  // Read once per page, like every file it names (the client's default): a view that mounts later
  // (the comparison, at each selection) fetched it again, and parsing and comparing 350 KB of
  // manifest at 100,000 events was a third of the time from a click to the detail. A rebuilt
  // dataset shows on the next load, whole, rather than a new manifest over files already drawn.
});

// Lists of records are validated record by record: a bad one is left out and reported (fetch-records.ts).
// An events file's records are put in date order once, as they arrive, so the corpus only merges files.
async function fetchInOrder<T extends EventSummary>(file: string, schema: z.ZodType<T>, signal: AbortSignal) {
  const loaded = await fetchRecords(file, schema, signal);
  loaded.records.sort(compareEvents);
  return loaded;
}
export const eventsQuery = (file: string) =>
  queryOptions({
    queryKey: ["events", file],
    queryFn: ({ signal }) => fetchInOrder(file, event, signal),
  });
/** A file of event summaries (manifest `files.eventSummaries`): what the timeline draws, in date order. */
export const eventSummariesQuery = (file: string) =>
  queryOptions({
    queryKey: ["event-summaries", file],
    queryFn: ({ signal }) => fetchInOrder(file, eventSummary, signal),
  });
/**
 * One of the timeline's files (load-plan.ts `timelineFiles`): a summaries file, or in data without
 * them a full events file, whose records are summaries and more: the same query and cache entry as
 * `eventsQuery`, where the detail then finds its event.
 */
export const timelineFileQuery = (kind: "summaries" | "events", file: string) =>
  kind === "summaries"
    ? eventSummariesQuery(file)
    : queryOptions({
        queryKey: ["events", file],
        queryFn: ({ signal }): Promise<Records<EventSummary>> => fetchInOrder(file, event, signal),
      });
/** A shard of the id → events file table (manifest `files.eventIds`), as a map. */
export const eventIdsQuery = (file: string) =>
  queryOptions({
    queryKey: ["event-ids", file],
    queryFn: async ({ signal }) => new Map(await fetchJson(file, eventIdsFile, signal)),
  });
export const articlesQuery = (file: string) =>
  queryOptions({
    queryKey: ["articles", file],
    queryFn: ({ signal }) => fetchRecords(file, article, signal),
  });
export const sourcesQuery = (file: string) =>
  queryOptions({
    queryKey: ["sources", file],
    queryFn: ({ signal }) => fetchRecords(file, source, signal),
  });
export const reportQuery = (file: string) =>
  queryOptions({ queryKey: ["report", file], queryFn: ({ signal }) => fetchJson(file, report, signal) });

export function useManifest() {
  return useQuery(manifestQuery);
}

/**
 * The given article files (every file the manifest lists, or an event's `articleFiles`), combined;
 * one query per file, so a file is fetched once whichever event asks for it. Pending until every one
 * has loaded or failed. The articles of the files that loaded are shown, the others listed in
 * `problems`; `error` is set only when none loaded. Article texts are the heaviest files, so views
 * ask for them (`enabled`) only when they show an article.
 */
export function useArticles(files: string[] | undefined, enabled = true) {
  return useQueries({
    queries: (files ?? []).map((file) => ({ ...articlesQuery(file), enabled })),
    combine: combineArticles,
  });
}

type ArticlesResult = {
  data?: Records<Article>;
  isSuccess: boolean;
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  refetch: () => Promise<unknown>;
};

/** Outside the hook, so react-query re-runs it only when a query changes and `data` stays the same array. */
function combineArticles(results: ArticlesResult[]) {
  const settled = results.every((r) => r.isSuccess || r.isError);
  const loaded = results.filter((r) => r.isSuccess);
  const allFailed = settled && results.length > 0 && loaded.length === 0;
  const problems: DataProblem[] = results.flatMap((r) =>
    r.error ? [fileProblem(r.error)] : (r.data?.problems ?? []),
  );
  return {
    data: settled && !allFailed ? loaded.flatMap((r) => r.data?.records ?? []) : undefined,
    error: allFailed ? (results.find((r) => r.error)?.error ?? null) : null,
    problems,
    isPending: results.some((r) => r.isPending),
    refetch: () => Promise.all(results.filter((r) => r.isError).map((r) => r.refetch())),
  };
}
