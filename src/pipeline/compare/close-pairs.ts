/**
 * The sentences of one event as alignDetails reads them: sentence `n` has the word ids
 * `words[wordStart[n]]` to `words[wordStart[n + 1] - 1]` (distinct, in reading order), the norm
 * `norm[n]` (the sum of its words' squared weights in that order), and belongs to outlet
 * `outlet[n]`; sentences come outlet by outlet.
 */
export interface SentenceTable {
  count: number;
  outlet: Int32Array;
  wordStart: Int32Array;
  words: Int32Array;
  norm: Float64Array;
  /** Each word's squared weight, by id. */
  squared: Float64Array;
}

/** Pairs of sentences in (first, second) order, with their similarity. */
export interface Pairs {
  count: number;
  first: Int32Array;
  second: Int32Array;
  similarity: Float64Array;
}

/**
 * Every pair of sentences of different outlets whose weighted cosine reaches `threshold`, in
 * (first, second) order. The dot products are accumulated through an inverted index, word by word
 * in the first sentence's order, so each is the very sum `weightedCosine` makes, in the same order.
 */
export function closePairs(table: SentenceTable, threshold: number): Pairs {
  const { count, outlet, wordStart, words, norm, squared } = table;
  // The inverted index: sentences by word, ascending, as one array cut by word.
  const postingStart = new Int32Array(squared.length + 1);
  for (let k = 0; k < wordStart[count]!; k++) postingStart[words[k]! + 1]! += 1;
  for (let w = 0; w < squared.length; w++) postingStart[w + 1]! += postingStart[w]!;
  const postings = new Int32Array(wordStart[count]!);
  const fill = postingStart.slice(0, squared.length);
  for (let n = 0; n < count; n++)
    for (let k = wordStart[n]!; k < wordStart[n + 1]!; k++) postings[fill[words[k]!]!++] = n;
  // The first sentence of the next outlet, for each sentence.
  const nextOutlet = new Int32Array(count);
  for (let n = count - 1; n >= 0; n--)
    nextOutlet[n] = n + 1 < count && outlet[n + 1] === outlet[n] ? nextOutlet[n + 1]! : n + 1;

  const pairs = growingPairs();
  const dot = new Float64Array(count);
  const touchedBy = new Int32Array(count).fill(-1);
  const touched = new Int32Array(count);
  for (let n = 0; n < count; n++) {
    let touchedCount = 0;
    const from = nextOutlet[n]!;
    for (let k = wordStart[n]!; k < wordStart[n + 1]!; k++) {
      const w = words[k]!;
      const x = squared[w]!;
      const end = postingStart[w + 1]!;
      for (let p = firstAtLeast(postings, postingStart[w]!, end, from); p < end; p++) {
        const m = postings[p]!;
        if (touchedBy[m] !== n) {
          touchedBy[m] = n;
          dot[m] = 0;
          touched[touchedCount++] = m;
        }
        dot[m] = dot[m]! + x;
      }
    }
    // In ascending order of the second sentence.
    sortAscending(touched, touchedCount);
    const na = norm[n]!;
    for (let t = 0; t < touchedCount; t++) {
      const m = touched[t]!;
      const nb = norm[m]!;
      // The very expression of weightedCosine, on the very sums.
      const similarity = na && nb ? dot[m]! / Math.sqrt(na * nb) : 0;
      if (similarity >= threshold) pairs.push(n, m, similarity);
    }
  }
  return pairs.done();
}

/** The position of the first value at least `value` in the ascending `list[from..to)`. */
function firstAtLeast(list: Int32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorts `list[0..length)` ascending: insertion sort for the short lists it mostly gets. */
function sortAscending(list: Int32Array, length: number): void {
  if (length > 64) {
    list.subarray(0, length).sort();
    return;
  }
  for (let i = 1; i < length; i++) {
    const v = list[i]!;
    let j = i - 1;
    while (j >= 0 && list[j]! > v) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = v;
  }
}

function growingPairs() {
  let size = 1024;
  let first = new Int32Array(size);
  let second = new Int32Array(size);
  let similarity = new Float64Array(size);
  let count = 0;
  return {
    push(a: number, b: number, s: number) {
      if (count === size) {
        size *= 2;
        const f = new Int32Array(size);
        f.set(first);
        first = f;
        const g = new Int32Array(size);
        g.set(second);
        second = g;
        const h = new Float64Array(size);
        h.set(similarity);
        similarity = h;
      }
      first[count] = a;
      second[count] = b;
      similarity[count] = s;
      count++;
    },
    done(): Pairs {
      return { count, first, second, similarity };
    },
  };
}

// Buckets of similarity for ordering pairs: a big event has hundreds of thousands of pairs.
const BUCKETS = 4096;

/**
 * Pair indexes, most similar first, equal similarities in index order (the order the pairs were
 * found in). A counting sort into buckets of similarity, whose order agrees with the similarity's,
 * then a sort within each bucket: the order of one sort by (similarity, index), at a fraction of
 * the comparisons.
 */
export function bySimilarity(pairs: Pairs): Int32Array {
  const { count, similarity } = pairs;
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
  const before = (x: number, y: number) =>
    similarity[x]! > similarity[y]! || (similarity[x] === similarity[y] && x < y);
  for (let b = 0; b <= BUCKETS; b++) {
    const from = starts[b]!;
    const to = starts[b + 1]!;
    if (to - from > 64) order.subarray(from, to).sort((x, y) => similarity[y]! - similarity[x]! || x - y);
    else
      for (let i = from + 1; i < to; i++) {
        const v = order[i]!;
        let j = i - 1;
        while (j >= from && before(v, order[j]!)) {
          order[j + 1] = order[j]!;
          j--;
        }
        order[j + 1] = v;
      }
  }
  return order;
}
