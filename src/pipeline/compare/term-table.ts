/**
 * Terms as numbers: a unigram is its term id (see lexicon.ts), a bigram of term ids `a` and `b` is
 * `(a + 1) * BIGRAM + b`. Exact in a double for up to 2^26 distinct terms.
 */
export const BIGRAM = 2 ** 26;

export function bigramKey(a: number, b: number): number {
  return (a + 1) * BIGRAM + b;
}

/**
 * Counts of terms by their numbers: an open-addressing hash table on typed arrays. The compare
 * stage counts some twenty million term tokens at 10,000 articles, into the corpus's counts, each
 * outlet's and each account's; a Map keyed by strings would make a string for every bigram read.
 * It reads like a Map<number, number> (`get`, `forEach`), which is what the scoring takes.
 */
export class TermTable {
  /** How many distinct terms it counts. */
  size = 0;
  private keys: Float64Array;
  private counts: Int32Array;
  private mask: number;

  constructor(capacity = 64) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.keys = new Float64Array(slots);
    this.counts = new Int32Array(slots);
    this.mask = slots - 1;
  }

  /** Adds `n` (> 0) to the count of `key`. */
  add(key: number, n = 1): void {
    let slot = slotOf(key) & this.mask;
    for (;;) {
      const c = this.counts[slot]!;
      if (c === 0) break;
      if (this.keys[slot] === key) {
        this.counts[slot] = c + n;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = key;
    this.counts[slot] = n;
    this.size += 1;
    if (this.size * 2 > this.counts.length) this.resize(this.counts.length * 2, 0);
  }

  /** The count of `key`, undefined if it was never counted (or was pruned). */
  get(key: number): number | undefined {
    let slot = slotOf(key) & this.mask;
    for (;;) {
      const c = this.counts[slot]!;
      if (c === 0) return undefined;
      if (this.keys[slot] === key) return c;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Each term with its count, as Map.prototype.forEach hands them; in no particular order. */
  forEach(visit: (count: number, key: number) => void): void {
    const { keys, counts } = this;
    for (let slot = 0; slot < counts.length; slot++)
      if (counts[slot] !== 0) visit(counts[slot]!, keys[slot]!);
  }

  /** Its contents as plain data, to be sent to another thread: `TermTable.from` makes it again. */
  parts(): TermTableParts {
    return { size: this.size, keys: this.keys, counts: this.counts };
  }

  /** The table whose `parts()` these are. */
  static from(parts: TermTableParts): TermTable {
    const table = new TermTable();
    table.size = parts.size;
    table.keys = parts.keys;
    table.counts = parts.counts;
    table.mask = parts.counts.length - 1;
    return table;
  }

  /** Forgets every term counted once (see compare-corpus.ts for why). */
  pruneSingletons(): void {
    let kept = 0;
    for (let slot = 0; slot < this.counts.length; slot++) if (this.counts[slot]! > 1) kept += 1;
    let slots = 16;
    while (slots < kept * 2 + 2) slots *= 2;
    this.resize(slots, 1);
  }

  /** Moves the entries counted more than `dropAtMost` times into a table of `slots` slots. */
  private resize(slots: number, dropAtMost: number): void {
    const { keys, counts } = this;
    this.keys = new Float64Array(slots);
    this.counts = new Int32Array(slots);
    this.mask = slots - 1;
    this.size = 0;
    for (let slot = 0; slot < counts.length; slot++) {
      const c = counts[slot]!;
      if (c <= dropAtMost) continue;
      const key = keys[slot]!;
      let to = slotOf(key) & this.mask;
      while (this.counts[to] !== 0) to = (to + 1) & this.mask;
      this.keys[to] = key;
      this.counts[to] = c;
      this.size += 1;
    }
  }
}

export interface TermTableParts {
  size: number;
  keys: Float64Array;
  counts: Int32Array;
}

/** A well-mixed 32-bit hash of a term number. */
function slotOf(key: number): number {
  const high = Math.floor(key / BIGRAM);
  const low = key - high * BIGRAM;
  let h = Math.imul(low, 0x9e3779b1) ^ Math.imul(high + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}
