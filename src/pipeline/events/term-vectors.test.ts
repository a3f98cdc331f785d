import { describe, expect, it } from "vitest";
import { weigh } from "./cluster.ts";
import { cosine, TermNumbers, TermSums } from "./term-vectors.ts";

/** A fixed pseudo-random sequence (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("TermSums", () => {
  it("sums as a Map does, in the order words were first added, through growth", () => {
    const next = random(7);
    const sums = new TermSums();
    const map = new Map<number, number>();
    for (let n = 0; n < 5000; n++) {
      // Word numbers both clustered and spread, so that slots collide and the table grows.
      const id = next() < 0.5 ? Math.floor(next() * 300) : Math.floor(next() * 1e6);
      const w = next() * 3;
      sums.add(id, w);
      map.set(id, (map.get(id) ?? 0) + w);
    }
    expect(sums.size).toBe(map.size);
    expect([...sums.ids.subarray(0, sums.size)]).toEqual([...map.keys()]);
    expect([...sums.values.subarray(0, sums.size)]).toEqual([...map.values()]);
    for (const [id, w] of map) {
      expect(sums.get(id)).toBe(w);
      expect(sums.has(id)).toBe(true);
    }
    expect(sums.get(1e6 + 1)).toBe(0);
    expect(sums.has(1e6 + 1)).toBe(false);
  });
});

describe("TermNumbers", () => {
  const idf = (t: string) => 1 + t.length / 3;

  it("weighs as `weigh` does: each word once, in the order first met, the same sums and norm", () => {
    const terms = ["summit", "kim", "trump", "summit", "singapore", "kim", "summit"];
    const numbers = new TermNumbers(idf);
    const v = numbers.vectorOf(terms);
    const byWord = weigh(terms, idf);
    expect(v.length).toBe(byWord.weights.size);
    expect([...v.values.subarray(0, v.length)]).toEqual([...byWord.weights.values()]);
    expect(v.norm).toBe(byWord.norm);
    // The same word has the same number in every vector of one numbering.
    const again = numbers.vectorOf(["kim", "talks"]);
    expect(again.ids[0]).toBe(v.ids[1]);
  });

  it("writes into the vector it is given, growing it for a long mention", () => {
    const numbers = new TermNumbers(idf);
    const into = numbers.vectorOf(["a"]);
    const long = Array.from({ length: 200 }, (_, n) => `w${n}`);
    const v = numbers.vectorOf(long, into);
    expect(v).toBe(into);
    expect(v.length).toBe(200);
    expect(numbers.vectorOf(["b", "c"], into).length).toBe(2);
  });

  it("gives the cosine of the words' weights", () => {
    const numbers = new TermNumbers(() => 1);
    const a = numbers.vectorOf(["x", "y"]);
    const b = numbers.vectorOf(["y", "z"]);
    expect(cosine(a, b)).toBeCloseTo(0.5, 12);
    expect(cosine(a, numbers.vectorOf(["q"]))).toBe(0);
  });
});
