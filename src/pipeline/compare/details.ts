import { STOPWORDS } from "../events/lexicon.ts";
import { stem } from "../events/tokens.ts";

/**
 * Two sentences tell the same detail when the cosine of their content-word vectors, each word
 * weighted by its rarity in the corpus (idf-like), reaches this value. Why this measure: outlets
 * paraphrase, so word order and function words say little, while the rare words (names, places,
 * numbers, the key noun or verb) carry the detail, and stemming folds "met"/"meets", "talks"/"talk".
 * Why 0.3: a paraphrase of one fact keeps most of its rare words (the cast, the place, the key
 * noun), which puts it well above 0.3, while two sentences that only share the cast ("Kim",
 * "Trump", "summit") among several other rare words each stay below it. It is a starting value,
 * not yet measured against hand-aligned pairs; a sentence whose best counterpart stays below it
 * is reported as "only here".
 */
export const SAME_DETAIL = 0.3;

const WORD = /\p{L}[\p{L}\p{N}]*(?:['’-][\p{L}\p{N}]+)*|\p{N}+/gu;

/** The stemmed content words of a sentence. */
export function contentWords(sentence: string): Set<string> {
  const words = new Set<string>();
  for (const match of sentence.matchAll(WORD)) {
    const lower = match[0].toLowerCase();
    if (STOPWORDS.has(lower) || lower.length < 2) continue;
    words.add(stem(lower));
  }
  return words;
}

/** Cosine similarity of two word sets under a word weight. */
export function weightedCosine(a: Set<string>, b: Set<string>, weight: (word: string) => number): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const w of a) {
    const x = weight(w) ** 2;
    na += x;
    if (b.has(w)) dot += x;
  }
  for (const w of b) nb += weight(w) ** 2;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export interface Alignment {
  /** Per outlet, per sentence: the outlets with a close counterpart of it. */
  counterparts: Map<string, string[][]>;
  /** Groups of sentences telling one detail, at most one per outlet: outlet id -> sentence index. */
  shared: Record<string, number>[];
}

/**
 * Aligns the sentences of several outlets' accounts of one event. Only sentences of different
 * outlets are compared, and only when they share a word (an inverted index within the event), so
 * the work stays proportional to the event, never to the corpus. Groups are formed greedily from
 * the most similar pair down, never taking two sentences of one outlet into a group.
 */
export function alignDetails(
  sentences: Map<string, string[]>,
  weight: (word: string) => number,
  threshold = SAME_DETAIL,
): Alignment {
  const items: { source: string; index: number; words: Set<string> }[] = [];
  for (const [source, list] of sentences)
    for (const [index, text] of list.entries()) items.push({ source, index, words: contentWords(text) });
  const postings = new Map<string, number[]>();
  for (const [n, item] of items.entries())
    for (const w of item.words) {
      const list = postings.get(w);
      if (list) list.push(n);
      else postings.set(w, [n]);
    }

  const pairs: { a: number; b: number; similarity: number }[] = [];
  for (const [n, item] of items.entries()) {
    const seen = new Set<number>();
    for (const w of item.words)
      for (const m of postings.get(w)!) {
        if (m <= n || seen.has(m) || items[m]!.source === item.source) continue;
        seen.add(m);
        const similarity = weightedCosine(item.words, items[m]!.words, weight);
        if (similarity >= threshold) pairs.push({ a: n, b: m, similarity });
      }
  }

  const counterparts = new Map<string, string[][]>();
  for (const [source, list] of sentences)
    counterparts.set(
      source,
      list.map(() => []),
    );
  const note = (from: number, to: number) => {
    const list = counterparts.get(items[from]!.source)![items[from]!.index]!;
    if (!list.includes(items[to]!.source)) list.push(items[to]!.source);
  };
  for (const p of pairs) {
    note(p.a, p.b);
    note(p.b, p.a);
  }

  pairs.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  const group = items.map((_, n) => n);
  const find = (n: number): number => {
    let root = n;
    while (group[root] !== root) root = group[root]!;
    return root;
  };
  const members = new Map<number, number[]>(items.map((_, n) => [n, [n]]));
  for (const { a, b } of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const ma = members.get(ra)!;
    const mb = members.get(rb)!;
    const sourcesA = new Set(ma.map((n) => items[n]!.source));
    if (mb.some((n) => sourcesA.has(items[n]!.source))) continue;
    group[rb] = ra;
    members.set(ra, [...ma, ...mb]);
    members.delete(rb);
  }
  const shared = [...members.values()]
    .filter((m) => m.length > 1)
    .sort((x, y) => Math.min(...x) - Math.min(...y))
    .map((m) => Object.fromEntries(m.map((n) => [items[n]!.source, items[n]!.index])));
  for (const list of counterparts.values()) for (const c of list) c.sort();
  return { counterparts, shared };
}
