/**
 * The pure core of a search in the browser: which terms a parsed query needs (so only their shards are
 * fetched), then which events match once those postings are at hand. No fetching, no React.
 *
 * MiniSearch's SearchableMap (a radix tree) resolves prefixes and typos against the vocabulary of the
 * meta file; the postings are ours, cut by term range so that a query fetches only what it needs
 * (see the README's "Search" section for the measurements behind this).
 */
import SearchableMap from "minisearch/SearchableMap";
import { dayToDate } from "../../lib/days.ts";
import type { Posting, SearchMeta } from "../../schema/search.ts";
import type { ParsedQuery } from "./parse-query.ts";

export interface SearchResult {
  /** The ids of the events that match every part of the query. */
  eventIds: Set<string>;
  /** Source id -> how many of the matching events it reported (only the `source:` ones when given). */
  countsBySource: Map<string, number>;
  /** Folded terms that matched (prefixes and typos resolved), for highlighting with `<Highlight>`. */
  highlightTerms: string[];
}

/** The vocabulary as a radix tree: term -> ordinal. */
export type Dictionary = SearchableMap<number>;

export function buildDictionary(meta: SearchMeta): Dictionary {
  return SearchableMap.from(meta.terms.map((t, i) => [t, i] as [string, number]));
}

export interface QueryPlan {
  /** Per word, the ordinals of the terms it accepts (itself, longer words when typed, near misses). */
  words: number[][];
  /** Per phrase, its terms' ordinals; undefined where a term is not in the vocabulary. */
  phrases: (number | undefined)[][];
  excludedWords: number[];
  excludedPhrases: (number | undefined)[][];
  /** Every term ordinal whose postings the evaluation reads. */
  needed: number[];
  highlightTerms: string[];
}

export function planQuery(meta: SearchMeta, dictionary: Dictionary, query: ParsedQuery): QueryPlan {
  const words = query.words.map((w) => {
    const found = new Set<number>();
    const exact = dictionary.get(w.term);
    if (exact !== undefined) found.add(exact);
    if (w.prefix) for (const ordinal of dictionary.atPrefix(w.term).values()) found.add(ordinal);
    if (w.maxEdits > 0)
      for (const [ordinal] of dictionary.fuzzyGet(w.term, w.maxEdits).values()) found.add(ordinal);
    return [...found].sort((a, b) => a - b);
  });
  const phrases = query.phrases.map((p) => p.map((t) => dictionary.get(t)));
  const excludedWords = query.excludedWords.flatMap((t) => dictionary.get(t) ?? []);
  const excludedPhrases = query.excludedPhrases.map((p) => p.map((t) => dictionary.get(t)));
  const needed = new Set<number>([...words.flat(), ...excludedWords]);
  for (const p of [...phrases, ...excludedPhrases]) {
    // A phrase with an unknown term cannot occur: nothing of it needs fetching.
    if (p.every((o) => o !== undefined)) for (const o of p) needed.add(o!);
  }
  const shown = new Set<number>(words.flat());
  for (const p of phrases) for (const o of p) if (o !== undefined) shown.add(o);
  return {
    words,
    phrases,
    excludedWords,
    excludedPhrases,
    needed: [...needed].sort((a, b) => a - b),
    highlightTerms: [...shown].map((o) => meta.terms[o]!).sort(),
  };
}

/** The indexes of the shards holding these term ordinals (binary search over the shards' first terms). */
export function shardsFor(meta: SearchMeta, ordinals: Iterable<number>): number[] {
  const shards = new Set<number>();
  for (const ordinal of ordinals) {
    let lo = 0;
    let hi = meta.shards.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (meta.shards[mid]!.firstTerm <= ordinal) lo = mid;
      else hi = mid - 1;
    }
    if (meta.shards.length > 0) shards.add(lo);
  }
  return [...shards].sort((a, b) => a - b);
}

/**
 * Runs a planned query. `postingsOf` gives a needed term's postings (already fetched). A word or phrase
 * matches an event when it matches any of the event's documents (the event itself or an article that
 * reports it); every word and phrase must match, no exclusion may.
 */
export function evaluateQuery(
  meta: SearchMeta,
  query: ParsedQuery,
  plan: QueryPlan,
  postingsOf: (ordinal: number) => Posting[],
): SearchResult {
  const eventsOfDocs = (docs: Iterable<number>): Set<number> => {
    const events = new Set<number>();
    for (const d of docs) for (const e of meta.docEvents[d] ?? []) events.add(e);
    return events;
  };
  const required: Set<number>[] = [
    ...plan.words.map((ordinals) => eventsOfDocs(ordinals.flatMap((o) => postingsOf(o).map((p) => p.doc)))),
    ...plan.phrases.map((p) => eventsOfDocs(phraseDocs(p, postingsOf))),
  ];
  const excluded = eventsOfDocs([
    ...plan.excludedWords.flatMap((o) => postingsOf(o).map((p) => p.doc)),
    ...plan.excludedPhrases.flatMap((p) => phraseDocs(p, postingsOf)),
  ]);

  const sourceFilter = new Set(query.sources.map((id) => meta.sources.indexOf(id)));
  const fromDay = query.from === undefined ? -Infinity : epochDayOf(query.from);
  const toDay = query.to === undefined ? Infinity : epochDayOf(query.to);
  // Start from the smallest required set; with no words at all, every event is a candidate.
  required.sort((a, b) => a.size - b.size);
  const candidates: Iterable<number> = required[0] ?? meta.events.ids.keys();

  const eventIds = new Set<string>();
  const countsBySource = new Map<string, number>();
  for (const e of candidates) {
    if (excluded.has(e) || !required.every((set) => set.has(e))) continue;
    const start = meta.events.startDay[e]!;
    if (start > toDay || start + meta.events.spanDays[e]! < fromDay) continue;
    const sources = meta.events.sources[e]!;
    if (sourceFilter.size > 0 && !sources.some((s) => sourceFilter.has(s))) continue;
    eventIds.add(meta.events.ids[e]!);
    for (const s of sources) {
      if (sourceFilter.size > 0 && !sourceFilter.has(s)) continue;
      const id = meta.sources[s]!;
      countsBySource.set(id, (countsBySource.get(id) ?? 0) + 1);
    }
  }
  return { eventIds, countsBySource, highlightTerms: plan.highlightTerms };
}

/** Documents where the terms occur at consecutive positions, in order. */
export function phraseDocs(
  ordinals: (number | undefined)[],
  postingsOf: (ordinal: number) => Posting[],
): number[] {
  if (ordinals.length === 0 || ordinals.some((o) => o === undefined)) return [];
  const lists = ordinals.map((o) => new Map(postingsOf(o!).map((p) => [p.doc, p.positions])));
  const [first, ...rest] = lists;
  const docs: number[] = [];
  for (const [doc, positions] of first!) {
    const others = rest.map((l) => l.get(doc));
    if (others.some((o) => o === undefined)) continue;
    const sets = others.map((o) => new Set(o));
    if (positions.some((p) => sets.every((set, k) => set.has(p + k + 1)))) docs.push(doc);
  }
  return docs;
}

function epochDayOf(day: string): number {
  return Math.round(dayToDate(day).getTime() / 86_400_000);
}
