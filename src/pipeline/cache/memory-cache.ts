import type { ContentCache } from "../effects.ts";

/**
 * A cache in a map, for tests: `entries` is shared between caches made from the same map, and the
 * version scopes keys as the disk cache's folders do, so a test can change the code version.
 */
export function memoryCache(
  version: string,
  entries: Map<string, Uint8Array> = new Map(),
): ContentCache & { entries: Map<string, Uint8Array>; hits: number; misses: number } {
  const cache = {
    entries,
    hits: 0,
    misses: 0,
    async get(key: string) {
      const value = entries.get(`${version}/${key}`);
      if (value === undefined) cache.misses++;
      else cache.hits++;
      return value;
    },
    async set(key: string, value: Uint8Array | readonly Uint8Array[]) {
      entries.set(`${version}/${key}`, value instanceof Uint8Array ? value : Buffer.concat(value));
    },
  };
  return cache;
}
