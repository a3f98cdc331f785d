import type { z } from "zod";
import { comparisonShard, corpusComparison, eventComparisonsFile } from "../../schema/comparison.ts";
import type { Comparisons } from "./compare-corpus.ts";

// About this many events per shard: a panel loads one shard, small enough to fetch when it opens.
const EVENTS_PER_SHARD = 200;

/**
 * The comparison files: `comparisons-corpus` (the corpus view's per-outlet aggregates) first, then
 * `comparisons-NNN` shards of event comparisons; an event lives in shard
 * `comparisonShard(eventId, shardCount)`, so the app finds it from the manifest alone.
 */
export function projectComparisonFiles(
  comparisons: Comparisons,
  add: (stem: string, schema: z.ZodType, data: unknown) => string,
): string[] {
  const names = [add("comparisons-corpus", corpusComparison, comparisons.corpus)];
  const shardCount = Math.max(1, Math.ceil(comparisons.eventIds.length / EVENTS_PER_SHARD));
  const shards: string[][] = Array.from({ length: shardCount }, () => []);
  for (const id of comparisons.eventIds) shards[comparisonShard(id, shardCount)]!.push(id);
  // Each shard's comparisons are made, written into its file and let go before the next.
  for (const [n, shard] of shards.entries())
    names.push(
      add(
        `comparisons-${String(n).padStart(3, "0")}`,
        eventComparisonsFile,
        shard.map((id) => comparisons.compareEvent(id)),
      ),
    );
  return names;
}
