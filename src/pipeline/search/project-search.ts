import type { z } from "zod";
import { type SearchMeta, type SearchShard, searchMeta, searchShard } from "../../schema/search.ts";
import type { SearchIndex } from "./build-search-index.ts";

/**
 * About 48 KB of postings per shard (some 15 KB gzipped on the KCNA corpus): a query of a few words
 * fetches a few small files, and the index of 8,781 articles is cut into a couple of hundred. A term
 * whose postings alone pass the target ("the") gets a shard of its own, never split.
 */
export const SHARD_TARGET_CHARS = 48_000;

/** Where each shard starts, as term ordinals: contiguous ranges of the sorted vocabulary. */
export function shardStarts(postings: string[], target = SHARD_TARGET_CHARS): number[] {
  const starts: number[] = [];
  let size = 0;
  for (const [i, p] of postings.entries()) {
    // Each term costs its postings plus the quotes and comma of its JSON string.
    const cost = p.length + 3;
    if (starts.length === 0 || (size > 0 && size + cost > target)) {
      starts.push(i);
      size = 0;
    }
    size += cost;
  }
  return starts;
}

/**
 * The search files' projection: shards first (their content-hashed names go into the meta), then the
 * meta. Returns the names for `manifest.files.search`, meta first.
 */
export function projectSearchFiles(
  index: SearchIndex,
  add: (stem: string, schema: z.ZodType, data: unknown) => string,
  target = SHARD_TARGET_CHARS,
): string[] {
  const starts = shardStarts(index.postings, target);
  const shards = starts.map((firstTerm, i) => {
    const shard: SearchShard = {
      firstTerm,
      postings: index.postings.slice(firstTerm, starts[i + 1] ?? index.postings.length),
    };
    return { file: add(`search-${String(i).padStart(3, "0")}`, searchShard, shard), firstTerm };
  });
  const meta: SearchMeta = { ...index.meta, shards };
  return [add("search-meta", searchMeta, meta), ...shards.map((s) => s.file)];
}
