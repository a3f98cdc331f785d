/**
 * The pure core of a search in the browser: which terms a parsed query needs (so that only their files
 * are fetched), then which events match once those are at hand. No fetching, no React.
 *
 * Words (prefixes and typos resolved against the meta's vocabulary, see `vocabulary.ts`) are answered
 * from per-term event lists alone. Phrases first intersect their terms' event lists; only when some
 * event has every term are the positional postings read, to check that the terms are adjacent.
 */
import { dayToDate } from "../../lib/days.ts";
import { forEachEvent, type Posting, type SearchMeta } from "../../schema/search.ts";
import type { ParsedQuery } from "./parse-query.ts";
import { fuzzyOrdinals, prefixRange, termOrdinal } from "./vocabulary.ts";

export interface SearchResult {
  /** The ids of the events that match every part of the query. */
  eventIds: Set<string>;
  /** Source id -> how many of the matching events it reported (only the `source:` ones when given). */
  countsBySource: Map<string, number>;
  /** Folded terms that matched (prefixes and typos resolved), for highlighting with `<Highlight>`. */
  highlightTerms: string[];
}

/** What the evaluation reads: a term's encoded event list, and (for phrases) its postings. */
export interface TermData {
  eventList(ordinal: number): string;
  postings(ordinal: number): Posting[];
}

export interface QueryPlan {
  /** Per word, the ordinals of the terms it accepts (itself, longer words when typed, near misses). */
  words: number[][];
  /** Per phrase, its terms' ordinals; undefined where a term is not in the vocabulary. */
  phrases: (number | undefined)[][];
  excludedWords: number[];
  excludedPhrases: (number | undefined)[][];
  /** Every term ordinal whose event list the evaluation reads, ascending. */
  listed: number[];
  highlightTerms: string[];
}

export function planQuery(meta: SearchMeta, query: ParsedQuery): QueryPlan {
  const { terms } = meta;
  const words = query.words.map((w) => {
    const found = new Set<number>();
    const exact = termOrdinal(terms, w.term);
    if (exact !== undefined) found.add(exact);
    if (w.prefix) {
      const [from, to] = prefixRange(terms, w.term);
      for (let o = from; o < to; o++) found.add(o);
    }
    if (w.maxEdits > 0) for (const o of fuzzyOrdinals(terms, w.term, w.maxEdits)) found.add(o);
    return [...found].sort((a, b) => a - b);
  });
  const phrases = query.phrases.map((p) => p.map((t) => termOrdinal(terms, t)));
  const excludedWords = query.excludedWords.flatMap((t) => termOrdinal(terms, t) ?? []);
  const excludedPhrases = query.excludedPhrases.map((p) => p.map((t) => termOrdinal(terms, t)));
  const listed = new Set<number>([...words.flat(), ...excludedWords]);
  for (const p of [...phrases, ...excludedPhrases]) {
    // A phrase with an unknown term cannot occur: nothing of it needs fetching.
    if (p.every((o) => o !== undefined)) for (const o of p) listed.add(o!);
  }
  const shown = new Set<number>(words.flat());
  for (const p of phrases) for (const o of p) if (o !== undefined) shown.add(o);
  return {
    words,
    phrases,
    excludedWords,
    excludedPhrases,
    listed: [...listed].sort((a, b) => a - b),
    highlightTerms: [...shown].map((o) => terms[o]!).sort(),
  };
}

/**
 * The term ordinals whose postings the evaluation will read, given the event lists: the terms of every
 * phrase of two or more terms that some event has all of. A phrase that no event could hold is
 * settled by its event lists, without fetching positions.
 */
export function positionalTerms(
  meta: SearchMeta,
  plan: QueryPlan,
  eventList: (o: number) => string,
): number[] {
  const needed = new Set<number>();
  for (const p of [...plan.phrases, ...plan.excludedPhrases]) {
    if (p.length < 2 || p.some((o) => o === undefined)) continue;
    const common = intersect(
      p.map((o) => eventSet(meta, [o!], eventList)),
      meta.events.ids.length,
    );
    if (common.some((e) => e === 1)) for (const o of p) needed.add(o!);
  }
  return [...needed].sort((a, b) => a - b);
}

/** The indexes of the files (of a vocabulary-ordered file table) holding these term ordinals. */
export function filesFor(files: readonly { firstTerm: number }[], ordinals: Iterable<number>): number[] {
  const found = new Set<number>();
  if (files.length === 0) return [];
  for (const ordinal of ordinals) {
    let lo = 0;
    let hi = files.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (files[mid]!.firstTerm <= ordinal) lo = mid;
      else hi = mid - 1;
    }
    found.add(lo);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * Runs a planned query. A word or phrase matches an event when it matches any of the event's
 * documents (the event itself or an article that reports it); every word and phrase must match, no
 * exclusion may.
 */
export function evaluateQuery(
  meta: SearchMeta,
  query: ParsedQuery,
  plan: QueryPlan,
  data: TermData,
): SearchResult {
  const count = meta.events.ids.length;
  const required = [
    ...plan.words.map((ordinals) => eventSet(meta, ordinals, data.eventList)),
    ...plan.phrases.map((p) => phraseEvents(meta, p, data)),
  ];
  const all = intersect(required, count);
  const excluded = eventSet(meta, plan.excludedWords, data.eventList);
  for (const p of plan.excludedPhrases) {
    const events = phraseEvents(meta, p, data);
    for (let e = 0; e < count; e++) excluded[e]! |= events[e]!;
  }

  const sourceFilter = new Set(query.sources.map((id) => meta.sources.indexOf(id)));
  const fromDay = query.from === undefined ? -Infinity : epochDayOf(query.from);
  const toDay = query.to === undefined ? Infinity : epochDayOf(query.to);
  const eventIds = new Set<string>();
  const countsBySource = new Map<string, number>();
  for (let e = 0; e < count; e++) {
    if (!all[e] || excluded[e]) continue;
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

/** 1 for each event that any of the terms finds. */
function eventSet(meta: SearchMeta, ordinals: number[], eventList: (o: number) => string): Uint8Array {
  const set = new Uint8Array(meta.events.ids.length);
  const mark = (e: number) => {
    set[e] = 1;
  };
  for (const o of ordinals) forEachEvent(eventList(o), mark);
  return set;
}

/** 1 where every set has 1; with no sets at all, every event. */
function intersect(sets: Uint8Array[], count: number): Uint8Array {
  const all = new Uint8Array(count).fill(1);
  for (const set of sets) for (let e = 0; e < count; e++) all[e]! &= set[e]!;
  return all;
}

/** The events of the documents where the phrase's terms occur at consecutive positions, in order. */
function phraseEvents(meta: SearchMeta, ordinals: (number | undefined)[], data: TermData): Uint8Array {
  const set = new Uint8Array(meta.events.ids.length);
  if (ordinals.length === 0 || ordinals.some((o) => o === undefined)) return set;
  // One term is a phrase of itself: its event list says it all.
  if (ordinals.length === 1) return eventSet(meta, [ordinals[0]!], data.eventList);
  const common = intersect(
    ordinals.map((o) => eventSet(meta, [o!], data.eventList)),
    set.length,
  );
  if (!common.some((e) => e === 1)) return set;
  for (const doc of phraseDocs(ordinals, data.postings))
    for (const e of meta.docEvents[doc] ?? []) set[e] = 1;
  return set;
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
