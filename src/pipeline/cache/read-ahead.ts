import type { ContentCache } from "../effects.ts";

/**
 * The cache with these entries' reads begun now, each read handed to the first `get` of its key:
 * a build's stage memos (tens of megabytes at 10,000 articles) are read while its articles are,
 * rather than when each stage starts and waits for its memo.
 */
export function readingAhead(cache: ContentCache, keys: readonly string[]): ContentCache {
  const early = new Map(keys.map((key) => [key, cache.get(key)]));
  // A read that fails is the caller's to see when it asks; until then it must not count as unhandled.
  for (const read of early.values()) read.catch(() => undefined);
  return {
    get(key) {
      const read = early.get(key);
      if (!read) return cache.get(key);
      early.delete(key);
      return read;
    },
    set: (key, value) => cache.set(key, value),
    ...(cache.settle ? { settle: () => cache.settle!() } : {}),
  };
}
