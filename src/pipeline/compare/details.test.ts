import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Alignment, alignDetails, contentWords, weightedCosine } from "./details.ts";

const words = (sentences: Record<string, string[]>) =>
  new Map(Object.entries(sentences).map(([source, list]) => [source, list.map((s) => contentWords(s))]));

/**
 * The alignment as first written: every pair of sentences of different outlets that share a word
 * scored with weightedCosine, then grouped greedily from the most similar pair down. alignDetails
 * must give exactly this, however it gets there.
 */
function alignByPairs(sentences: Map<string, Set<string>[]>, weight: (w: string) => number): Alignment {
  const items = [...sentences].flatMap(([source, list]) =>
    list.map((set, index) => ({ source, index, set })),
  );
  const pairs: { a: number; b: number; similarity: number }[] = [];
  for (let a = 0; a < items.length; a++)
    for (let b = a + 1; b < items.length; b++) {
      if (items[a]!.source === items[b]!.source) continue;
      if (![...items[a]!.set].some((w) => items[b]!.set.has(w))) continue;
      const similarity = weightedCosine(items[a]!.set, items[b]!.set, weight);
      if (similarity >= 0.3) pairs.push({ a, b, similarity });
    }
  const counterparts = new Map(
    [...sentences].map(([source, list]) => [source, list.map((): string[] => [])]),
  );
  for (const { a, b } of pairs)
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const list = counterparts.get(items[x]!.source)![items[x]!.index]!;
      if (!list.includes(items[y]!.source)) list.push(items[y]!.source);
    }
  pairs.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  const group = items.map((_, n) => n);
  const find = (n: number): number => (group[n] === n ? n : find(group[n]!));
  const members = new Map(items.map((_, n) => [n, [n]]));
  for (const { a, b } of pairs) {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) continue;
    const sources = new Set(members.get(ra)!.map((n) => items[n]!.source));
    if (members.get(rb)!.some((n) => sources.has(items[n]!.source))) continue;
    group[rb] = ra;
    members.set(ra, [...members.get(ra)!, ...members.get(rb)!]);
    members.delete(rb);
  }
  const shared = [...members.values()]
    .filter((m) => m.length > 1)
    .sort((x, y) => Math.min(...x) - Math.min(...y))
    .map((m) => Object.fromEntries(m.map((n) => [items[n]!.source, items[n]!.index])));
  // As places of the outlets in the input, in order.
  const sources = [...sentences.keys()];
  return {
    counterparts: [...counterparts.values()].map((list) =>
      list.map((c) => c.map((source) => sources.indexOf(source)).sort((x, y) => x - y)),
    ),
    shared,
  };
}

describe("alignDetails", () => {
  it("pairs paraphrases across outlets and leaves the rest as only-here", () => {
    const sentences = words({
      a: ["Kim Jong Un met Mike Pompeo in Pyongyang on Wednesday.", "The weather was cold."],
      b: ["Pompeo meets Kim Jong Un in Pyongyang.", "Three detained Americans were released."],
    });
    const { counterparts, shared } = alignDetails(sentences, () => 1);
    expect(shared).toEqual([{ a: 0, b: 0 }]);
    // Outlets by their place in the input: a is 0, b is 1.
    expect(counterparts).toEqual([
      [[1], []],
      [[0], []],
    ]);
  });

  it("never puts two sentences of one outlet in a group, taking the most similar pair first", () => {
    const sentences = words({
      a: ["Kim met Trump in Singapore."],
      b: ["Kim met Trump in Singapore.", "Kim met Trump in Singapore on Tuesday."],
    });
    const { counterparts, shared } = alignDetails(sentences, () => 1);
    expect(shared).toEqual([{ a: 0, b: 0 }]);
    expect(counterparts).toEqual([[[1]], [[0], [0]]]);
  });

  it("gives what scoring every pair gives, ties and all", () => {
    const vocabulary = ["kim", "trump", "summit", "singapore", "missile", "talks", "moon", "seoul", "2018"];
    const sentence = fc
      .array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 6 })
      .map((w) => w.join(" "));
    const outlets = fc.dictionary(
      fc.constantFrom("ap", "kcna", "fox", "yonhap"),
      fc.array(sentence, { minLength: 1, maxLength: 6 }),
      { minKeys: 1 },
    );
    // Few weights, so that equal similarities (and their tie-break) are common.
    const weight = (w: string) => 1 + (w.length % 3);
    fc.assert(
      fc.property(outlets, (record) => {
        const sentences = words(record);
        expect(alignDetails(sentences, weight)).toEqual(alignByPairs(sentences, weight));
      }),
      { numRuns: 500 },
    );
  });

  it("computes a weighted cosine", () => {
    // {x, y} vs {x, z} with weights x = 2, y = z = 1: dot = 4, norms = sqrt(5) each, cosine = 4 / 5
    const w = (t: string) => (t === "x" ? 2 : 1);
    expect(weightedCosine(new Set(["x", "y"]), new Set(["x", "z"]), w)).toBeCloseTo(0.8, 10);
  });
});
