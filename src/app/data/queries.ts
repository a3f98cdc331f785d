import { queryOptions, useQueries, useQuery } from "@tanstack/react-query";
import { type Article, articlesFile } from "../../schema/article.ts";
import { eventsFile } from "../../schema/event.ts";
import { manifest } from "../../schema/manifest.ts";
import { report } from "../../schema/report.ts";
import { sourcesFile } from "../../schema/source.ts";
import { isCompatibleSchemaVersion, SCHEMA_VERSION } from "../../schema/version.ts";
import { DataError, fetchJson } from "./fetch-json.ts";

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
  staleTime: 0,
});

export const eventsQuery = (file: string) =>
  queryOptions({ queryKey: ["events", file], queryFn: ({ signal }) => fetchJson(file, eventsFile, signal) });
export const articlesQuery = (file: string) =>
  queryOptions({
    queryKey: ["articles", file],
    queryFn: ({ signal }) => fetchJson(file, articlesFile, signal),
  });
export const sourcesQuery = (file: string) =>
  queryOptions({
    queryKey: ["sources", file],
    queryFn: ({ signal }) => fetchJson(file, sourcesFile, signal),
  });
export const reportQuery = (file: string) =>
  queryOptions({ queryKey: ["report", file], queryFn: ({ signal }) => fetchJson(file, report, signal) });

export function useManifest() {
  return useQuery(manifestQuery);
}

/**
 * All article files the manifest lists, combined; pending until every one has loaded. Article texts
 * are the heaviest files, so views ask for them (`enabled`) only when they show an article.
 */
export function useArticles(files: string[] | undefined, enabled = true) {
  return useQueries({
    queries: (files ?? []).map((file) => ({ ...articlesQuery(file), enabled })),
    combine: combineArticles,
  });
}

type ArticlesResult = {
  data?: Article[];
  isSuccess: boolean;
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  refetch: () => Promise<unknown>;
};

/** Outside the hook, so react-query re-runs it only when a query changes and `data` stays the same array. */
function combineArticles(results: ArticlesResult[]) {
  return {
    data: results.every((r) => r.isSuccess) ? results.flatMap((r) => r.data ?? []) : undefined,
    error: results.find((r) => r.error)?.error ?? null,
    isPending: results.some((r) => r.isPending),
    refetch: () => Promise.all(results.filter((r) => r.isError).map((r) => r.refetch())),
  };
}
