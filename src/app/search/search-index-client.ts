/**
 * Runs queries against the index: loads the meta once (on the first query, not before), then for
 * each query the event-list files of its terms (and, for a phrase some event could hold, the postings
 * files of its terms), and keeps what it loaded for the next keystroke.
 *
 * Once a query has been answered, the client fetches every other event-list file in the background
 * (`prefetch`), a few at a time, when there are at most PREFETCH_MAX_FILES of them (files are cut at
 * some 48,000 characters: the 8,781 KCNA articles make 33, 1.5 MB or 0.96 MB gzip; ten copies of the
 * synthetic 10,000, 158 and 4.7 MB): from then on no keystroke of words, prefixes, typos or
 * exclusions waits for the network, whichever letter it starts. Above that size the files load as
 * queries need them. Postings (positions) load only for phrases, and only when some event has all
 * their words; those of a phrase's first word are fetched once it is typed out, before the second
 * needs them.
 *
 * Where the files come from is a `SearchIndexSource`: in the app, react-query (`reactQuerySource`), so
 * each file is cached under its own key and a failed load is retried; in tests, an in-memory index.
 *
 * It runs on the main thread: evaluating a keystroke's query once its files are in takes a few
 * milliseconds (bit sets over the corpus's events), and parsing one 50 KB file about one, so a Web
 * Worker (a second bundle, results copied back) would cost more than it saves.
 */
import type { QueryClient } from "@tanstack/react-query";
import type { Posting, SearchEventLists, SearchMeta, SearchShard } from "../../schema/search.ts";
import { decodePostings } from "../../schema/search.ts";
import { searchEventListsQuery, searchMetaQuery, searchShardQuery } from "../data/search-queries.ts";
import { evaluateQuery, filesFor, planQuery, positionalTerms, type SearchResult } from "./evaluate-query.ts";
import { type ParsedQuery, parseQuery } from "./parse-query.ts";

export interface SearchIndexSource {
  loadMeta(): Promise<SearchMeta>;
  loadEventLists(file: string): Promise<SearchEventLists>;
  loadShard(file: string): Promise<SearchShard>;
}

export interface SearchOutcome extends SearchResult {
  /** What in the query could not be used (from the parser, or an unknown `source:`). */
  problems: string[];
  /** The index files this query read (event lists, then postings), for measurements and tests. */
  files: string[];
}

export interface SearchIndexClient {
  search(q: string | ParsedQuery): Promise<SearchOutcome>;
  /**
   * The outcome at once when everything the query reads is loaded already, else undefined (then
   * `search` loads it): a keystroke answered from memory is drawn in the same frame as the letter.
   */
  searchNow(q: string | ParsedQuery): SearchOutcome | undefined;
  /** Starts loading every event-list file not loaded yet (see the module comment); never rejects. */
  prefetch(): void;
}

/** Above this many event-list files (some 8 MB), only those that queries need are loaded. */
export const PREFETCH_MAX_FILES = 160;
/** Background loads at a time, leaving the browser's other connections to what a keystroke needs. */
const PREFETCH_CONCURRENCY = 3;

/** A file's load, shared by every query that needs it, and its content once it is in. */
interface Loading<T> {
  promise: Promise<T>;
  value?: T;
}

export function createSearchIndexClient(source: SearchIndexSource): SearchIndexClient {
  let meta: Loading<SearchMeta> | undefined;
  const eventLists = new Map<number, Loading<SearchEventLists>>();
  const shards = new Map<number, Loading<SearchShard>>();
  const postings = new Map<number, Posting[]>();
  let prefetching = false;

  /** Loads once; a failed load is forgotten (the next query tries again), never kept. */
  const start = <T>(forget: () => void, get: () => Promise<T>): Loading<T> => {
    const loading: Loading<T> = { promise: get() };
    loading.promise.then((value) => {
      loading.value = value;
    }, forget);
    return loading;
  };
  const loadMeta = () => {
    meta ??= start(
      () => {
        meta = undefined;
      },
      () => source.loadMeta(),
    );
    return meta.promise;
  };
  const loadIn = <T>(cache: Map<number, Loading<T>>, i: number, get: () => Promise<T>) => {
    let loading = cache.get(i);
    if (!loading) {
      loading = start(() => cache.delete(i), get);
      cache.set(i, loading);
    }
    return loading.promise;
  };
  const loadLists = (m: SearchMeta, i: number) =>
    loadIn(eventLists, i, () => source.loadEventLists(m.eventLists[i]!.file));
  const loadShard = (m: SearchMeta, i: number) =>
    loadIn(shards, i, () => source.loadShard(m.shards[i]!.file));

  /**
   * Answers from what is loaded, or names the files still missing: event lists first, then (once the
   * lists say which phrases could occur) postings.
   */
  const attempt = (
    m: SearchMeta,
    q: string | ParsedQuery,
  ): { outcome: SearchOutcome } | { lists: number[]; shards: number[] } => {
    const { query, problems } = typeof q === "string" ? parseQuery(q) : { query: q, problems: [] };
    const plan = planQuery(m, query);
    const listFiles = filesFor(m.eventLists, plan.listed);
    const missingLists = listFiles.filter((i) => eventLists.get(i)?.value === undefined);
    if (missingLists.length > 0) return { lists: missingLists, shards: [] };
    const eventList = (ordinal: number): string => {
      const file = eventLists.get(filesFor(m.eventLists, [ordinal])[0]!)?.value;
      return file?.events[ordinal - file.firstTerm] ?? "";
    };
    const shardFiles = filesFor(m.shards, positionalTerms(m, plan, eventList));
    const missingShards = shardFiles.filter((i) => shards.get(i)?.value === undefined);
    if (missingShards.length > 0) return { lists: [], shards: missingShards };

    // A quote holding one finished word ('"supreme ') is a phrase about to get its second: the word's
    // postings are fetched now, while the next word is typed, not when the phrase needs them.
    if (typeof q === "string" && /\s$/.test(q)) {
      const started = [...plan.phrases, ...plan.excludedPhrases].flatMap((p) =>
        p.length === 1 && p[0] !== undefined ? [p[0]] : [],
      );
      for (const i of filesFor(m.shards, started)) void loadShard(m, i).catch(() => undefined);
    }

    const postingsOf = (ordinal: number): Posting[] => {
      let list = postings.get(ordinal);
      if (!list) {
        const shard = shards.get(filesFor(m.shards, [ordinal])[0]!)?.value;
        list = decodePostings(shard?.postings[ordinal - shard.firstTerm] ?? "");
        postings.set(ordinal, list);
      }
      return list;
    };
    const unknown = query.sources.filter((id) => !m.sources.includes(id));
    return {
      outcome: {
        ...evaluateQuery(m, query, plan, { eventList, postings: postingsOf }),
        problems: [
          ...problems,
          ...unknown.map((id) => `no outlet "${id}"; known: ${m.sources.join(", ") || "none"}`),
        ],
        files: [...listFiles.map((i) => m.eventLists[i]!.file), ...shardFiles.map((i) => m.shards[i]!.file)],
      },
    };
  };

  return {
    async search(q) {
      const m = await loadMeta();
      for (;;) {
        const result = attempt(m, q);
        if ("outcome" in result) return result.outcome;
        await Promise.all([
          ...result.lists.map((i) => loadLists(m, i)),
          ...result.shards.map((i) => loadShard(m, i)),
        ]);
      }
    },

    searchNow(q) {
      const m = meta?.value;
      if (!m) return undefined;
      const result = attempt(m, q);
      return "outcome" in result ? result.outcome : undefined;
    },

    prefetch() {
      if (prefetching) return;
      prefetching = true;
      void loadMeta()
        .then(async (m) => {
          if (m.eventLists.length > PREFETCH_MAX_FILES) return;
          let next = 0;
          const worker = async () => {
            while (next < m.eventLists.length) await loadLists(m, next++).catch(() => undefined);
          };
          await Promise.all(Array.from({ length: PREFETCH_CONCURRENCY }, worker));
        })
        .catch(() => {
          // The meta did not load: a later query retries it, and prefetching with it.
          prefetching = false;
        });
    },
  };
}

/** The app's source: every file through react-query, cached under `['search', kind, file]`. */
export function reactQuerySource(queryClient: QueryClient, metaFile: string): SearchIndexSource {
  return {
    loadMeta: () => queryClient.ensureQueryData(searchMetaQuery(metaFile)),
    loadEventLists: (file) => queryClient.ensureQueryData(searchEventListsQuery(file)),
    loadShard: (file) => queryClient.ensureQueryData(searchShardQuery(file)),
  };
}
