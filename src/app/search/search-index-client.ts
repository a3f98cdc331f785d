/**
 * Runs queries against the sharded index: loads the meta once (on the first query, not before), then
 * for each query only the shards its terms fall in, and keeps what it decoded for the next keystroke.
 *
 * Where the files come from is a `SearchIndexSource`: in the app, react-query (`reactQuerySource`), so
 * each file is cached under its own key and a failed load is retried; in tests, an in-memory index.
 *
 * It runs on the main thread. Measured on the KCNA corpus (8,781 articles, `npx tsx
 * bench/search-libraries.ts --only parallax`): evaluating a keystroke's query once its shards are in
 * takes 0.6-0.8 ms at p50 and 7-16 ms at p95 (118 keystrokes of 15 queries, two runs); loading the meta
 * once costs 60 ms parse + 75 ms radix tree cold, 30 ms warm. The p95 is within a frame and the
 * one-off load is a single long task, so a Web Worker (a second bundle, results copied back) is not
 * worth it; move `evaluateQuery` there if a larger corpus pushes p95 past ~16 ms.
 */
import type { QueryClient } from "@tanstack/react-query";
import type { Posting, SearchMeta, SearchShard } from "../../schema/search.ts";
import { decodePostings } from "../../schema/search.ts";
import { searchMetaQuery, searchShardQuery } from "../data/search-queries.ts";
import {
  buildDictionary,
  type Dictionary,
  evaluateQuery,
  planQuery,
  type SearchResult,
  shardsFor,
} from "./evaluate-query.ts";
import { type ParsedQuery, parseQuery } from "./parse-query.ts";

export interface SearchIndexSource {
  loadMeta(): Promise<SearchMeta>;
  loadShard(file: string): Promise<SearchShard>;
}

export interface SearchOutcome extends SearchResult {
  /** What in the query could not be used (from the parser, or an unknown `source:`). */
  problems: string[];
  /** The shard files this query read, for measurements. */
  shardFiles: string[];
}

export interface SearchIndexClient {
  search(q: string | ParsedQuery): Promise<SearchOutcome>;
}

export function createSearchIndexClient(source: SearchIndexSource): SearchIndexClient {
  let ready: Promise<{ meta: SearchMeta; dictionary: Dictionary }> | undefined;
  const postings = new Map<number, Posting[]>();
  const shards = new Map<number, SearchShard>();

  const load = () => {
    ready ??= source.loadMeta().then(
      (meta) => ({ meta, dictionary: buildDictionary(meta) }),
      (error: unknown) => {
        // Never keep a failed load: the next query tries again.
        ready = undefined;
        throw error;
      },
    );
    return ready;
  };

  return {
    async search(q) {
      const { query, problems } = typeof q === "string" ? parseQuery(q) : { query: q, problems: [] };
      const { meta, dictionary } = await load();
      const plan = planQuery(meta, dictionary, query);
      const needed = shardsFor(meta, plan.needed);
      await Promise.all(
        needed
          .filter((i) => !shards.has(i))
          .map(async (i) => shards.set(i, await source.loadShard(meta.shards[i]!.file))),
      );
      const postingsOf = (ordinal: number): Posting[] => {
        let list = postings.get(ordinal);
        if (!list) {
          const shard = shards.get(shardsFor(meta, [ordinal])[0]!);
          list = decodePostings(shard?.postings[ordinal - (shard?.firstTerm ?? 0)] ?? "");
          postings.set(ordinal, list);
        }
        return list;
      };
      const unknown = query.sources.filter((id) => !meta.sources.includes(id));
      return {
        ...evaluateQuery(meta, query, plan, postingsOf),
        problems: [
          ...problems,
          ...unknown.map((id) => `no outlet "${id}"; known: ${meta.sources.join(", ") || "none"}`),
        ],
        shardFiles: needed.map((i) => meta.shards[i]!.file),
      };
    },
  };
}

/** The app's source: every file through react-query, cached under `['search', 'meta' | 'shard', file]`. */
export function reactQuerySource(queryClient: QueryClient, metaFile: string): SearchIndexSource {
  return {
    loadMeta: () => queryClient.ensureQueryData(searchMetaQuery(metaFile)),
    loadShard: (file) => queryClient.ensureQueryData(searchShardQuery(file)),
  };
}
