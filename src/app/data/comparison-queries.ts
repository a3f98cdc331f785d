import { queryOptions, useQuery } from "@tanstack/react-query";
import { comparisonShard, corpusComparison, eventComparisonsFile } from "../../schema/comparison.ts";
import type { Manifest } from "../../schema/manifest.ts";
import { fetchJson } from "./fetch-json.ts";
import { useManifest } from "./queries.ts";

/** Comparison files are content-hashed: once loaded they never change. A failed load is retried. */
export const corpusComparisonQuery = (file: string) =>
  queryOptions({
    queryKey: ["comparisons", "corpus", file],
    queryFn: ({ signal }) => fetchJson(file, corpusComparison, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const eventComparisonsQuery = (file: string) =>
  queryOptions({
    queryKey: ["comparisons", "events", file],
    queryFn: ({ signal }) => fetchJson(file, eventComparisonsFile, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The manifest's comparison files: the corpus aggregates, and the event shards in shard order. */
export function comparisonFiles(manifest: Manifest | undefined): { corpus?: string; shards: string[] } {
  const files = manifest?.files.comparisons ?? [];
  return {
    ...(files.find((f) => f.startsWith("comparisons-corpus."))
      ? { corpus: files.find((f) => f.startsWith("comparisons-corpus."))! }
      : {}),
    shards: files.filter((f) => /^comparisons-\d+\./.test(f)).sort(),
  };
}

/** One event's comparison: only its shard is fetched, and only when the panel asks for it. */
export function useEventComparison(eventId: string) {
  const manifest = useManifest();
  const { shards } = comparisonFiles(manifest.data);
  const file = shards[comparisonShard(eventId, shards.length)] ?? "";
  const query = useQuery({ ...eventComparisonsQuery(file), enabled: Boolean(file) });
  return {
    comparison: query.data?.find((c) => c.eventId === eventId),
    /** True when the data has no comparison files at all (built before the compare stage). */
    missing: manifest.isSuccess && shards.length === 0,
    isPending: manifest.isPending || (Boolean(file) && query.isPending),
    error: manifest.error ?? query.error,
    retry: () => void (manifest.error ? manifest.refetch() : query.refetch()),
  };
}

/** The per-outlet aggregates of the corpus view, fetched when the view is shown. */
export function useCorpusComparison() {
  const manifest = useManifest();
  const { corpus } = comparisonFiles(manifest.data);
  const query = useQuery({ ...corpusComparisonQuery(corpus ?? ""), enabled: Boolean(corpus) });
  return {
    data: query.data,
    missing: manifest.isSuccess && !corpus,
    isPending: manifest.isPending || (Boolean(corpus) && query.isPending),
    error: manifest.error ?? query.error,
    retry: () => void (manifest.error ? manifest.refetch() : query.refetch()),
  };
}
