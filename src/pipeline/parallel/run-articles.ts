import { createHash, hash } from "node:crypto";
import type { SourceConfig } from "../../schema/source.ts";
import { createSourceResolver } from "../clean/resolve-source.ts";
import type { ContentCache } from "../effects.ts";
import type { RawArticle } from "../read/raw-article.ts";
import { createArticlePool } from "./article-pool.ts";
import { parseWork, type StoredWork, serializeWork, workArticle } from "./article-work.ts";

export interface RunOptions {
  /** Worker threads for the per-article work; 0 or 1 does it in this thread. */
  workers: number;
  /** Below this many uncached articles, starting workers (a few hundred ms each) costs more than it saves. */
  parallelFrom: number;
  cache?: ContentCache;
}

export interface ArticleRunner {
  /**
   * The work of each raw article, in order. With `release`, the entry of `raws` whose work it
   * accepts is emptied as soon as that work is in: the raw articles were a fifth of what a large
   * build held at the end of the first pass, though only the few redone on the second are needed.
   */
  run(
    raws: (RawArticle | undefined)[],
    years: number[] | null,
    release?: (work: StoredWork) => boolean,
  ): Promise<StoredWork[]>;
  /** How many results came from the cache and how many were computed, over all runs. */
  readonly counts: { cached: number; computed: number };
  close(): Promise<void>;
}

/** Articles handled per round of cache reads, worker jobs and cache writes. */
const CHUNK = 2000;

/** Files read or written at once: enough to keep the disk busy, few enough for any open-file limit. */
const IO_CONCURRENCY = 64;

/**
 * The per-article work through the cache, then worker threads for what the cache lacks. A result is
 * keyed by the raw article's content, the outlet configuration and the second pass's years; the
 * cache itself is scoped to the pipeline code's version. Every result, computed or cached, is
 * `serializeWork` bytes before it is parsed here, so every path gives the same objects.
 */
export function createArticleRunner(config: SourceConfig, options: RunOptions): ArticleRunner {
  const configDigest = createHash("sha256").update(JSON.stringify(config)).digest("hex");
  const resolveSource = createSourceResolver(config);
  const pool = options.workers > 1 ? createArticlePool(config, options.workers) : undefined;
  const counts = { cached: 0, computed: 0 };
  // One string hashed in one call: the same bytes as the prefix and the article fed in turn, so the
  // same keys, without crossing into node's C++ three times for each of ten thousand articles.
  const keyOf = (raw: RawArticle, years: number[] | null) =>
    hash("sha256", `${configDigest}\n${JSON.stringify(years)}\n${JSON.stringify(raw)}`);

  return {
    counts,
    async run(raws, years, release) {
      // A chunk at a time: each result is bytes (from the cache or a worker) until parsed, and
      // holding the bytes of every result beside its parsed form doubled a large build's memory.
      // The next chunk is under way while this one is stored and parsed, so workers do not wait.
      const computeChunk = async (from: number) => {
        const chunk = raws.slice(from, from + CHUNK).map((raw, n) => {
          if (!raw) throw new Error(`raw article ${from + n} was released before its work was done`);
          return raw;
        });
        const keys = chunk.map((raw) => keyOf(raw, years));
        const results: (Uint8Array | undefined)[] = options.cache
          ? await mapLimited(keys, (key) => options.cache!.get(key))
          : new Array(chunk.length).fill(undefined);
        const missing = results.flatMap((t, i) => (t === undefined ? [i] : []));
        // Both paths give the same bytes (build-determinism.test.ts); workers only pay off in numbers.
        const computed =
          pool && missing.length >= options.parallelFrom
            ? await pool.run(missing.map((i) => ({ raw: chunk[i]!, years })))
            : missing.map((i) => serializeWork(workArticle(chunk[i]!, resolveSource, years)));
        for (const [n, i] of missing.entries()) results[i] = computed[n]!;
        return { keys, results: results as Uint8Array[], missing };
      };
      const works: StoredWork[] = [];
      let pending = raws.length > 0 ? computeChunk(0) : undefined;
      for (let from = 0; pending; from += CHUNK) {
        const { keys, results, missing } = await pending;
        pending = from + CHUNK < raws.length ? computeChunk(from + CHUNK) : undefined;
        // Handled here for the time it runs unawaited; the await above the next round still throws.
        pending?.catch(() => undefined);
        if (options.cache) {
          const cache = options.cache;
          await mapLimited(missing, (i) => cache.set(keys[i]!, results[i]!));
        }
        counts.cached += results.length - missing.length;
        counts.computed += missing.length;
        for (const [n, bytes] of results.entries()) {
          const work = parseWork(bytes);
          work.key = keys[n]!;
          works.push(work);
          if (release?.(work)) raws[from + n] = undefined;
        }
      }
      return works;
    },
    async close() {
      await pool?.close();
    },
  };
}

async function mapLimited<T, R>(items: T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IO_CONCURRENCY, items.length) }, lane));
  return out;
}
