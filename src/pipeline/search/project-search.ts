import type { z } from "zod";
import {
  type SearchEventLists,
  type SearchMeta,
  type SearchShard,
  searchEventLists,
  searchMeta,
  searchShard,
} from "../../schema/search.ts";
import { runSteps } from "../run-steps.ts";
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
 * The search files' projection: event lists and postings first (their content-hashed names go into the
 * meta), then the meta. Returns the names for `manifest.files.search`: the meta, the event lists, the
 * postings. Both kinds are cut at the same target size, each by its own lengths.
 */
export function projectSearchFiles(
  index: SearchIndex,
  add: (stem: string, schema: z.ZodType, data: unknown) => string,
  target = SHARD_TARGET_CHARS,
): string[] {
  return runSteps(projectSearchFileSteps(index, add, () => undefined, target));
}

/**
 * The same, a file at a time: each step yields `flush()` so that the caller writes the file and lets
 * its text go before the next is made. At 100,000 articles the search files are some 130 MB of
 * JSON, and made all at once they were the highest point of the build's memory.
 */
export function* projectSearchFileSteps<Flushed>(
  index: SearchIndex,
  add: (stem: string, schema: z.ZodType, data: unknown) => string,
  flush: () => Flushed,
  target = SHARD_TARGET_CHARS,
): Generator<Flushed, string[], undefined> {
  const eventLists: SearchMeta["eventLists"] = [];
  for (const [i, { firstTerm, lists }] of cut(index.eventLists, target).entries()) {
    const file: SearchEventLists = { firstTerm, events: lists };
    eventLists.push({
      file: add(`search-events-${String(i).padStart(3, "0")}`, searchEventLists, file),
      firstTerm,
    });
    yield flush();
  }
  const shards: SearchMeta["shards"] = [];
  for (const [i, { firstTerm, lists }] of cut(index.postings, target).entries()) {
    const shard: SearchShard = { firstTerm, postings: lists };
    shards.push({ file: add(`search-${String(i).padStart(3, "0")}`, searchShard, shard), firstTerm });
    yield flush();
  }
  // In the schema's order of fields, which is the order its parse gives (see `outputFiles`).
  const { normalizerVersion, terms, ...rest } = index.meta;
  const meta: SearchMeta = { normalizerVersion, terms, eventLists, shards, ...rest };
  const metaFile = add("search-meta", searchMeta, meta);
  yield flush();
  return [metaFile, ...eventLists.map((f) => f.file), ...shards.map((s) => s.file)];
}

function cut(lists: string[], target: number): { firstTerm: number; lists: string[] }[] {
  const starts = shardStarts(lists, target);
  return starts.map((firstTerm, i) => ({
    firstTerm,
    lists: lists.slice(firstTerm, starts[i + 1] ?? lists.length),
  }));
}
