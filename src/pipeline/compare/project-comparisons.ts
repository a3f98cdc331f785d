import type { z } from "zod";
import { comparisonShard, corpusComparison } from "../../schema/comparison.ts";
import type { Comparisons } from "./compare-corpus.ts";

// A panel loads one shard, so a shard must stay small enough to fetch when it opens: a few hundred
// KB. An event's comparison grows with its mentions (0.7–2.2 KB each on the bench's corpora) on top
// of a few KB of its own, so shards are counted in mentions plus one per event. A count of events
// alone gave 13 MB shards on the 100,000-article corpus, whose events average 85 mentions.
const WEIGHT_PER_SHARD = 400;

/**
 * The comparison files: `comparisons-corpus` (the corpus view's per-outlet aggregates) first, then
 * `comparisons-NNN` shards of event comparisons; an event lives in shard
 * `comparisonShard(eventId, shardCount)`, so the app finds it from the manifest alone. Made one
 * file at a time: each step adds a file and gives its name, so that the caller can write it and let
 * its text go before the next (at 100,000 articles they come to some 400 MB).
 */
export function* comparisonFileSteps(
  comparisons: Comparisons,
  add: (stem: string, schema: z.ZodType, data: unknown) => string,
  /** Adds a file whose text is made already. */
  addText: (stem: string, content: string) => string,
  /** An event's number of mentions. */
  mentionsOf: (eventId: string) => number,
  /** Adds a file the last build wrote, by name and size: its text is made only if it is not there. */
  addKnown?: (name: string, bytes: number, make: () => string) => string,
): Generator<string, void, undefined> {
  yield add("comparisons-corpus", corpusComparison, comparisons.corpus);
  const weight = comparisons.eventIds.reduce((sum, id) => sum + 1 + mentionsOf(id), 0);
  const shardCount = Math.max(1, Math.ceil(weight / WEIGHT_PER_SHARD));
  const shards: string[][] = Array.from({ length: shardCount }, () => []);
  for (const id of comparisons.eventIds) shards[comparisonShard(id, shardCount)]!.push(id);
  // Each shard's comparisons are made, written into its file and let go before the next. A shard
  // is an array of event comparisons (`eventComparisonsFile`), each checked as it is made, so its
  // text is theirs joined: what checking and writing the array would give.
  for (const [n, shard] of shards.entries()) {
    const stem = `comparisons-${String(n).padStart(3, "0")}`;
    const text = () => `[${shard.map((id) => comparisons.comparisonJson(id)).join(",")}]\n`;
    const known = addKnown && comparisons.shardFile?.(stem, shard);
    if (known) {
      yield addKnown(known.name, known.bytes, text);
      continue;
    }
    const content = text();
    const name = addText(stem, content);
    comparisons.keepShardFile?.(stem, shard, { name, bytes: Buffer.byteLength(content) });
    yield name;
  }
}
