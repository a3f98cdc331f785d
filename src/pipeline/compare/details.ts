import { STOPWORDS } from "../events/lexicon.ts";
import { stem } from "../events/tokens.ts";
import { bySimilarity, closePairs, type SentenceTable } from "./close-pairs.ts";
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
  /**
   * By outlet (in the order of the input), by sentence: the outlets with a close counterpart of it,
   * as their places in that order, ascending.
   */
  counterparts: number[][][];
  /** Groups of sentences telling one detail, at most one per outlet: outlet id -> sentence index. */
  shared: Record<string, number>[];
}

/**
 * Aligns the sentences of several outlets' accounts of one event, given as the distinct content
 * words of each sentence in reading order (`contentWords`, or ids standing for them), outlet by
 * outlet. Only sentences of different outlets are compared, and only when they share a word (an
 * inverted index within the event), so the work stays proportional to the event, never to the
 * corpus. Groups are formed greedily from the most similar pair down, never taking two sentences
 * of one outlet into a group.
 *
 * The cosine of every pair is accumulated through the inverted index, word by word in the first
 * sentence's order, with each word's squared weight and each sentence's norm computed once: the
 * same sums in the same order as `weightedCosine`, so the same similarities to the last bit, at a
 * fraction of the cost of scoring each pair from scratch.
 */
export function alignDetails<Word>(
  sentences: Map<string, Iterable<Word>[]>,
  weight: (word: Word) => number,
  threshold = SAME_DETAIL,
): Alignment {
  const sources = [...sentences.keys()];
  const table = sentenceTable([...sentences.values()], weight);
  const pairs = closePairs(table, threshold);
  const { count, outlet } = table;

  // Which outlets each sentence has a counterpart in, as bits (32 outlets to a number).
  const stride = Math.ceil(sources.length / 32);
  const counterpartBits = new Int32Array(count * stride);
  for (let p = 0; p < pairs.count; p++) {
    const a = pairs.first[p]!;
    const b = pairs.second[p]!;
    counterpartBits[a * stride + (outlet[b]! >> 5)]! |= 1 << (outlet[b]! & 31);
    counterpartBits[b * stride + (outlet[a]! >> 5)]! |= 1 << (outlet[a]! & 31);
  }
  // By outlet (in the order given), by sentence: the outlets, in that order too.
  const counterparts: number[][][] = sources.map(() => []);
  for (let n = 0; n < count; n++) {
    const list: number[] = [];
    for (let o = 0; o < sources.length; o++)
      if (counterpartBits[n * stride + (o >> 5)]! & (1 << (o & 31))) list.push(o);
    counterparts[outlet[n]!]!.push(list);
  }

  // Groups, from the most similar pair down, each kept as a chain of its sentences (in the order
  // they joined) and the bits of its outlets, under its root.
  const root = new Int32Array(count);
  const nextInGroup = new Int32Array(count).fill(-1);
  const lastInGroup = new Int32Array(count);
  const groupBits = new Int32Array(count * stride);
  for (let n = 0; n < count; n++) {
    root[n] = n;
    lastInGroup[n] = n;
    groupBits[n * stride + (outlet[n]! >> 5)] = 1 << (outlet[n]! & 31);
  }
  const find = (n: number): number => {
    let r = n;
    while (root[r] !== r) r = root[r]!;
    return r;
  };
  const order = bySimilarity(pairs);
  for (let k = 0; k < pairs.count; k++) {
    const p = order[k]!;
    const ra = find(pairs.first[p]!);
    const rb = find(pairs.second[p]!);
    if (ra === rb) continue;
    let overlap = false;
    for (let i = 0; i < stride; i++)
      if (groupBits[ra * stride + i]! & groupBits[rb * stride + i]!) overlap = true;
    if (overlap) continue;
    root[rb] = ra;
    for (let i = 0; i < stride; i++) groupBits[ra * stride + i]! |= groupBits[rb * stride + i]!;
    nextInGroup[lastInGroup[ra]!] = rb;
    lastInGroup[ra] = lastInGroup[rb]!;
  }
  const groups: { first: number; members: number[] }[] = [];
  for (let n = 0; n < count; n++) {
    if (root[n] !== n || nextInGroup[n] === -1) continue;
    const members: number[] = [];
    for (let m = n; m !== -1; m = nextInGroup[m]!) members.push(m);
    groups.push({ first: members.reduce((x, y) => Math.min(x, y)), members });
  }
  groups.sort((x, y) => x.first - y.first);
  const shared = groups.map(({ members }) => {
    const row: Record<string, number> = {};
    for (const n of members) row[sources[outlet[n]!]!] = table.index[n]!;
    return row;
  });
  return { counterparts, shared };
}

/** The sentences as one table of word ids, each word weighed once. */
function sentenceTable<Word>(
  outlets: Iterable<Word>[][],
  weight: (word: Word) => number,
): SentenceTable & { index: Int32Array } {
  const count = outlets.reduce((n, list) => n + list.length, 0);
  const outlet = new Int32Array(count);
  const index = new Int32Array(count);
  const wordStart = new Int32Array(count + 1);
  const norm = new Float64Array(count);
  const words: number[] = [];
  const squared: number[] = [];
  const ids = new Map<Word, number>();
  let n = 0;
  for (const [o, list] of outlets.entries())
    for (const [i, sentence] of list.entries()) {
      outlet[n] = o;
      index[n] = i;
      wordStart[n] = words.length;
      let sum = 0;
      for (const word of sentence) {
        let id = ids.get(word);
        if (id === undefined) {
          id = squared.length;
          ids.set(word, id);
          squared.push(weight(word) ** 2);
        }
        words.push(id);
        sum += squared[id]!;
      }
      norm[n] = sum;
      n++;
    }
  wordStart[count] = words.length;
  return {
    count,
    outlet,
    index,
    wordStart,
    words: Int32Array.from(words),
    norm,
    squared: Float64Array.from(squared),
  };
}
