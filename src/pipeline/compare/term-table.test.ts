import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BIGRAM, bigramKey, TermTable } from "./term-table.ts";

const entries = (table: TermTable) => {
  const out: [number, number][] = [];
  table.forEach((count, key) => {
    out.push([key, count]);
  });
  return out.sort((a, b) => a[0] - b[0]);
};

describe("TermTable", () => {
  it("counts like a Map, through growth and pruning of singletons", () => {
    const key = fc.oneof(
      fc.integer({ min: 0, max: 40 }),
      fc
        .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }))
        .map(([a, b]) => bigramKey(a, b)),
    );
    const step = fc.oneof(
      fc.record({ add: key, n: fc.integer({ min: 1, max: 3 }) }),
      fc.constant({ prune: true as const }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 300 }), (steps) => {
        const table = new TermTable(2);
        const map = new Map<number, number>();
        for (const s of steps) {
          if ("prune" in s) {
            table.pruneSingletons();
            for (const [k, n] of map) if (n === 1) map.delete(k);
          } else {
            table.add(s.add, s.n);
            map.set(s.add, (map.get(s.add) ?? 0) + s.n);
          }
          expect(table.size).toBe(map.size);
        }
        expect(entries(table)).toEqual([...map].sort((a, b) => a[0] - b[0]));
        for (const [k, n] of map) expect(table.get(k)).toBe(n);
        expect(table.get(bigramKey(99, 99))).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it("keeps unigram and bigram numbers apart", () => {
    expect(bigramKey(0, 0)).toBe(BIGRAM);
    expect(bigramKey(BIGRAM - 2, BIGRAM - 1)).toBeLessThan(Number.MAX_SAFE_INTEGER);
    const table = new TermTable();
    table.add(7);
    table.add(bigramKey(0, 7));
    table.add(bigramKey(7, 0));
    expect(entries(table)).toEqual([
      [7, 1],
      [bigramKey(0, 7), 1],
      [bigramKey(7, 0), 1],
    ]);
  });
});
