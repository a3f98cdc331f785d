/**
 * IDF-weighted wording of a mention with its words numbered: grouping scores each mention against
 * every candidate event, and a mention's words as two typed arrays, against events' sums keyed by
 * word number (`TermSums`), took a fraction of the time of maps keyed by the words themselves (and
 * made no map per mention for the collector to free).
 */
export interface TermVector {
  /** Word numbers, each once, in the order first met in the mention. */
  ids: Int32Array;
  /** The summed weight of each of `ids`' words (its IDF once per occurrence, added in turn). */
  values: Float64Array;
  length: number;
  norm: number;
}

/** Numbers words in the order first met, and works out each one's weight once. */
export class TermNumbers {
  readonly #numbers = new Map<string, number>();
  readonly #weights: number[] = [];
  /** Per word number: the mention (`#stamp`) last weighed with it and its place in that vector. */
  #seenIn = new Int32Array(1024);
  #placeIn = new Int32Array(1024);
  #stamp = 0;

  constructor(private readonly weightOf: (term: string) => number) {}

  /**
   * The vector of `terms` (weighed as `weigh` does: the same sums in the same order), written into
   * `into` when given: grouping weighs each mention once and lets it go.
   */
  vectorOf(terms: readonly string[], into?: TermVector): TermVector {
    const v = into ?? emptyVector(terms.length);
    if (v.ids.length < terms.length) {
      v.ids = new Int32Array(terms.length * 2);
      v.values = new Float64Array(terms.length * 2);
    }
    const stamp = ++this.#stamp;
    let length = 0;
    for (const term of terms) {
      const id = this.#numberOf(term);
      const w = this.#weights[id]!;
      if (this.#seenIn[id] === stamp) v.values[this.#placeIn[id]!]! += w;
      else {
        this.#seenIn[id] = stamp;
        this.#placeIn[id] = length;
        v.ids[length] = id;
        v.values[length] = w;
        length++;
      }
    }
    let sum = 0;
    for (let i = 0; i < length; i++) sum += v.values[i]! * v.values[i]!;
    v.length = length;
    v.norm = Math.sqrt(sum);
    return v;
  }

  #numberOf(term: string): number {
    let id = this.#numbers.get(term);
    if (id !== undefined) return id;
    id = this.#weights.length;
    this.#numbers.set(term, id);
    this.#weights.push(this.weightOf(term));
    if (id >= this.#seenIn.length) {
      const seen = new Int32Array(this.#seenIn.length * 2);
      seen.set(this.#seenIn);
      this.#seenIn = seen;
      const place = new Int32Array(this.#placeIn.length * 2);
      place.set(this.#placeIn);
      this.#placeIn = place;
    }
    return id;
  }
}

export function emptyVector(capacity = 64): TermVector {
  return { ids: new Int32Array(capacity), values: new Float64Array(capacity), length: 0, norm: 0 };
}

/** Cosine of two vectors numbered by one `TermNumbers`, summed over the shorter one in its order. */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const weightOf = new Map<number, number>();
  for (let i = 0; i < large.length; i++) weightOf.set(large.ids[i]!, large.values[i]!);
  let dot = 0;
  for (let i = 0; i < small.length; i++) dot += small.values[i]! * (weightOf.get(small.ids[i]!) ?? 0);
  return dot / (a.norm * b.norm);
}

/**
 * Weights summed per word number, read back in the order words were first added, as a Map would
 * give them (grouping sums in that order, and float sums depend on it). An event's wording is
 * looked up for every word of every candidate mention, ten million times at 10,000 articles: a
 * Map boxed every sum it stored as a heap number, and this open-addressing table of typed arrays
 * looks up and adds without allocating.
 */
export class TermSums {
  /** The words in the order first added, and their sums. */
  ids = new Int32Array(16);
  values = new Float64Array(16);
  size = 0;
  /** Open addressing: a word's place in `ids` plus one, 0 for an empty slot. */
  #slots = new Int32Array(32);

  /** The sum for word `id`, 0 when it has none. */
  get(id: number): number {
    const held = this.#slots[this.#slotOf(id)]!;
    return held === 0 ? 0 : this.values[held - 1]!;
  }

  has(id: number): boolean {
    return this.#slots[this.#slotOf(id)] !== 0;
  }

  /** Adds `w` to the word's sum (a new word's is `0 + w`, as `(map.get(id) ?? 0) + w` gives). */
  add(id: number, w: number): void {
    const slot = this.#slotOf(id);
    const held = this.#slots[slot]!;
    if (held !== 0) {
      this.values[held - 1]! += w;
      return;
    }
    if (this.size === this.ids.length) this.#grow();
    const at = this.size++;
    this.ids[at] = id;
    this.values[at] = 0 + w;
    if (this.size * 2 > this.#slots.length) this.#rehash();
    else this.#slots[slot] = at + 1;
  }

  /** The slot holding word `id`, or the empty slot where it would go. */
  #slotOf(id: number): number {
    const slots = this.#slots;
    const mask = slots.length - 1;
    let slot = hashOf(id) & mask;
    for (;;) {
      const held = slots[slot]!;
      if (held === 0 || this.ids[held - 1] === id) return slot;
      slot = (slot + 1) & mask;
    }
  }

  #grow(): void {
    const ids = new Int32Array(this.ids.length * 2);
    ids.set(this.ids);
    this.ids = ids;
    const values = new Float64Array(this.values.length * 2);
    values.set(this.values);
    this.values = values;
  }

  /** Slots for twice the words held, every word placed again (the last one added included). */
  #rehash(): void {
    const slots = new Int32Array(this.#slots.length * 2);
    const mask = slots.length - 1;
    for (let at = 0; at < this.size; at++) {
      let slot = hashOf(this.ids[at]!) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = at + 1;
    }
    this.#slots = slots;
  }
}

/** Spreads consecutive word numbers over the table (Knuth's multiplicative hash). */
const hashOf = (id: number): number => Math.imul(id, 0x9e3779b1) >>> 0;
