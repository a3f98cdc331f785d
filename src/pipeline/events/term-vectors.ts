/**
 * IDF-weighted wording of a mention with its words numbered: grouping scores each mention against
 * every candidate event and keeps each event's summed wording, and maps keyed by small integers,
 * filled from typed arrays, took half the time of maps keyed by the words themselves (and made no
 * map per mention for the collector to free).
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
