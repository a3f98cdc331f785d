import { STOPWORDS } from "../events/lexicon.ts";
import { stem } from "../events/tokens.ts";
import { scanWords } from "./scan-words.ts";

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

/** The stemmed content words of a sentence: its words and numbers, stopwords and single letters left out. */
export function contentWords(sentence: string, stemOf: (lower: string) => string = stem): Set<string> {
  const words = new Set<string>();
  scanWords(
    sentence,
    {
      token(start, end) {
        const lower = sentence.slice(start, end).toLowerCase();
        if (!STOPWORDS.has(lower) && lower.length >= 2) words.add(stemOf(lower));
      },
      clauseBreak() {},
    },
    true,
  );
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
 * Aligns the sentences of several outlets' accounts of one event, given as the content words of
 * each sentence (`contentWords`), outlet by outlet. Only sentences of different
 * outlets are compared, and only when they share a word (an inverted index within the event), so
 * the work stays proportional to the event, never to the corpus. Groups are formed greedily from
 * the most similar pair down, never taking two sentences of one outlet into a group.
 *
 * The cosine of every pair is accumulated through the inverted index, word by word in the first
 * sentence's order, with each word's squared weight and each sentence's norm computed once: the
 * same sums in the same order as `weightedCosine`, so the same similarities to the last bit, at a
 * fraction of the cost of scoring each pair from scratch.
 */
export function alignDetails(
  sentences: Map<string, Set<string>[]>,
  weight: (word: string) => number,
  threshold = SAME_DETAIL,
): Alignment {
  const items: { source: string; index: number; words: number[]; norm: number }[] = [];
  const wordIds = new Map<string, number>();
  const squared: number[] = [];
  const postings: number[][] = [];
  // Items are grouped by outlet: an item's outlet ends where the next outlet's items begin.
  const outletEnd: number[] = [];
  for (const [source, list] of sentences) {
    const first = items.length;
    for (const [index, wordSet] of list.entries()) {
      const n = items.length;
      const words: number[] = [];
      let norm = 0;
      for (const word of wordSet) {
        let id = wordIds.get(word);
        if (id === undefined) {
          id = squared.length;
          wordIds.set(word, id);
          squared.push(weight(word) ** 2);
          postings.push([]);
        }
        words.push(id);
        norm += squared[id]!;
        postings[id]!.push(n);
      }
      items.push({ source, index, words, norm });
    }
    for (let n = first; n < items.length; n++) outletEnd.push(items.length);
  }

  // Pairs at or above the threshold, as three parallel lists in (a, b) order: first sentence,
  // second sentence, similarity.
  const pairA: number[] = [];
  const pairB: number[] = [];
  const pairSimilarity: number[] = [];
  const dot = new Float64Array(items.length);
  const touchedBy = new Int32Array(items.length).fill(-1);
  const touched: number[] = [];
  const close: number[] = [];
  for (const [n, item] of items.entries()) {
    // Later items of other outlets only: each pair once, never two sentences of one outlet.
    const from = outletEnd[n]!;
    for (const id of item.words) {
      const x = squared[id]!;
      const list = postings[id]!;
      for (let k = firstAtLeast(list, from); k < list.length; k++) {
        const m = list[k]!;
        if (touchedBy[m] !== n) {
          touchedBy[m] = n;
          dot[m] = 0;
          touched.push(m);
        }
        dot[m] = dot[m]! + x;
      }
    }
    for (const m of touched) {
      const nb = items[m]!.norm;
      // The very expression of weightedCosine, on the very sums.
      dot[m] = item.norm && nb ? dot[m]! / Math.sqrt(item.norm * nb) : 0;
      if (dot[m]! >= threshold) close.push(m);
    }
    close.sort((x, y) => x - y);
    for (const m of close) {
      pairA.push(n);
      pairB.push(m);
      pairSimilarity.push(dot[m]!);
    }
    touched.length = 0;
    close.length = 0;
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
  for (let p = 0; p < pairA.length; p++) {
    note(pairA[p]!, pairB[p]!);
    note(pairB[p]!, pairA[p]!);
  }

  const order = bySimilarity(pairSimilarity);
  const group = items.map((_, n) => n);
  const find = (n: number): number => {
    let root = n;
    while (group[root] !== root) root = group[root]!;
    return root;
  };
  // Per group (by its root): its members, and its outlets as indexes (at most one sentence each).
  const outletIndex = new Map([...sentences.keys()].map((source, i) => [source, i]));
  const outletOf = items.map((item) => outletIndex.get(item.source)!);
  const members = new Map<number, number[]>(items.map((_, n) => [n, [n]]));
  const outlets: number[][] = outletOf.map((o) => [o]);
  for (const p of order) {
    const ra = find(pairA[p]!);
    const rb = find(pairB[p]!);
    if (ra === rb) continue;
    const oa = outlets[ra]!;
    const ob = outlets[rb]!;
    if (ob.some((o) => oa.includes(o))) continue;
    group[rb] = ra;
    for (const o of ob) oa.push(o);
    const ma = members.get(ra)!;
    for (const n of members.get(rb)!) ma.push(n);
    members.delete(rb);
  }
  const shared = [...members.values()]
    .filter((m) => m.length > 1)
    .map((m) => ({ m, first: m.reduce((x, y) => Math.min(x, y)) }))
    .sort((x, y) => x.first - y.first)
    .map(({ m }) => Object.fromEntries(m.map((n) => [items[n]!.source, items[n]!.index])));
  for (const list of counterparts.values()) for (const c of list) c.sort();
  return { counterparts, shared };
}

// Buckets of similarity for ordering pairs: a big event has hundreds of thousands of pairs.
const BUCKETS = 4096;

/**
 * Pair indexes, most similar first, equal similarities in index order (the order the pairs were
 * found in). A counting sort into buckets of similarity, whose order agrees with the similarity's,
 * then a sort within each bucket: the order of one sort by (similarity, index), at a fraction of
 * the comparisons.
 */
function bySimilarity(similarity: number[]): Int32Array {
  const count = similarity.length;
  const bucketOf = new Int32Array(count);
  const starts = new Int32Array(BUCKETS + 2);
  for (let p = 0; p < count; p++) {
    // Highest similarity in bucket 0; clamped, so that rounding past 1 or any value stays in range.
    const b = BUCKETS - Math.min(BUCKETS, Math.max(0, Math.floor(similarity[p]! * BUCKETS)));
    bucketOf[p] = b;
    starts[b + 1]! += 1;
  }
  for (let b = 0; b <= BUCKETS; b++) starts[b + 1]! += starts[b]!;
  const order = new Int32Array(count);
  const next = starts.slice();
  for (let p = 0; p < count; p++) order[next[bucketOf[p]!]!++] = p;
  for (let b = 0; b <= BUCKETS; b++) {
    const from = starts[b]!;
    const to = starts[b + 1]!;
    if (to - from > 1) order.subarray(from, to).sort((x, y) => similarity[y]! - similarity[x]! || x - y);
  }
  return order;
}

/** The position of the first value at least `value` in an ascending list. */
function firstAtLeast(list: number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
