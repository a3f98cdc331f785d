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
 *   search.isPlaceholderData  `data` is the previous query's result, shown while this one's comes
 *   search.error       the index could not be loaded (react-query retries; a new keystroke retries too)
 *
 * The index loads on the first non-blank q, never before; once a query has been answered the rest of
 * the words' index follows in the background (see search-index-client.ts). Each keystroke is one
 * query, keyed by q. A result with the same events as the one before keeps its `eventIds` Set, so
 * the views that filter by it see no change and do not redraw.
 */
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef } from "react";
import { manifestQuery } from "../data/queries.ts";
import { isEmptyQuery, parseQuery } from "./parse-query.ts";
import { createSearchIndexClient, reactQuerySource, type SearchOutcome } from "./search-index-client.ts";

export interface UseSearchResult {
  active: boolean;
  data: SearchOutcome | undefined;
  isPending: boolean;
  isFetching: boolean;
  isPlaceholderData: boolean;
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
  // Answered from memory in this very render when the index files it reads are in: no second render,
  // no frame with the previous result.
  const immediate = useMemo(() => (active ? client?.searchNow(q) : undefined), [active, client, q]);
  const result = useQuery({
    queryKey: ["search", "result", metaFile, q],
    queryFn: async () => {
      const outcome = await client!.search(q);
      client!.prefetch();
      return outcome;
    },
    enabled: active && client !== undefined && immediate === undefined,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const fresh = useSameEvents(immediate ?? result.data);
  const noIndex =
    manifest.data && !metaFile
      ? new Error("this data has no search index: rebuild it with npm run data")
      : null;
  const error = manifest.error ?? noIndex ?? (fresh ? null : result.error);
  // Until this query's outcome is in, the last one stays on screen (and says so through
  // isPlaceholderData), rather than every event or an empty page; after a failure, every event shows.
  const last = useRef<SearchOutcome | undefined>(undefined);
  if (fresh) last.current = fresh;
  const data = error ? undefined : (fresh ?? last.current);
  return {
    active,
    data: active ? data : undefined,
    isPending: active && !error && data === undefined,
    isFetching: active && immediate === undefined && result.isFetching,
    isPlaceholderData: active && fresh === undefined && data !== undefined,
    error: active ? error : null,
  };
}

/** The outcome, with the previous outcome's `eventIds` Set when the events are the same. */
function useSameEvents(outcome: SearchOutcome | undefined): SearchOutcome | undefined {
  const previous = useRef<Set<string> | undefined>(undefined);
  return useMemo(() => {
    if (!outcome) return outcome;
    const before = previous.current;
    const same =
      before !== undefined &&
      before.size === outcome.eventIds.size &&
      [...outcome.eventIds].every((id) => before.has(id));
    if (same) return { ...outcome, eventIds: before };
    previous.current = outcome.eventIds;
    return outcome;
  }, [outcome]);
}
