/**
 * useSearch(q): the full-text filter for the explorer.
 *
 *   const search = useSearch(q); // q: the raw text of the filter input / the URL's `q`
 *   search.active      false when q asks for nothing (blank): show everything, nothing was loaded
 *   search.data        when active and done: { eventIds, countsBySource, highlightTerms, problems }
 *                      eventIds: Set of the matching events' ids (filter the timeline and list by it)
 *                      countsBySource: source id -> matching events it reported
 *                      highlightTerms: pass to <Highlight terms={...}> to mark why each result matched
 *                      problems: messages about parts of q that could not be used (bad dates, ...)
 *   search.isPending   active and no result yet (first use loads the index: meta, then a few shards)
 *   search.isFetching  a newer result is on its way; `data` meanwhile holds the previous one
 *   search.error       the index could not be loaded (react-query retries; a new keystroke retries too)
 *
 * The index loads on the first non-blank q, never before. Each keystroke is one query, keyed by q.
 */
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { manifestQuery } from "../data/queries.ts";
import { isEmptyQuery, parseQuery } from "./parse-query.ts";
import { createSearchIndexClient, reactQuerySource, type SearchOutcome } from "./search-index-client.ts";

export interface UseSearchResult {
  active: boolean;
  data: SearchOutcome | undefined;
  isPending: boolean;
  isFetching: boolean;
  error: Error | null;
}

export function useSearch(q: string): UseSearchResult {
  const queryClient = useQueryClient();
  const active = useMemo(() => !isEmptyQuery(parseQuery(q).query), [q]);
  const manifest = useQuery({ ...manifestQuery, enabled: active });
  const metaFile = manifest.data?.files.search?.[0];
  const client = useMemo(
    () => (metaFile ? createSearchIndexClient(reactQuerySource(queryClient, metaFile)) : undefined),
    [queryClient, metaFile],
  );
  const result = useQuery({
    queryKey: ["search", "result", metaFile, q],
    queryFn: () => client!.search(q),
    enabled: active && client !== undefined,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const noIndex =
    manifest.data && !metaFile
      ? new Error("this data has no search index: rebuild it with npm run data")
      : null;
  return {
    active,
    data: active ? result.data : undefined,
    isPending: active && !noIndex && !manifest.error && (manifest.isPending || result.isPending),
    isFetching: active && result.isFetching,
    error: active ? (manifest.error ?? noIndex ?? result.error) : null,
  };
}
