import { queryOptions } from "@tanstack/react-query";
import { searchEventLists, searchMeta, searchShard } from "../../schema/search.ts";
import { fetchJson } from "./fetch-json.ts";

/**
 * The search index's files (listed in `manifest.files.search`, meta first). They are content-hashed,
 * so once loaded they never change: never stale, kept for the session. A failed load is an error
 * state that react-query retries, never a cached failure.
 */
export const searchMetaQuery = (file: string) =>
  queryOptions({
    queryKey: ["search", "meta", file],
    queryFn: ({ signal }) => fetchJson(file, searchMeta, signal),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });

export const searchEventListsQuery = (file: string) =>
  queryOptions({
    queryKey: ["search", "events", file],
    queryFn: ({ signal }) => fetchJson(file, searchEventLists, signal),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });

export const searchShardQuery = (file: string) =>
  queryOptions({
    queryKey: ["search", "shard", file],
    queryFn: ({ signal }) => fetchJson(file, searchShard, signal),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
