import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALPHA_0, logOddsZ } from "../../schema/comparison.ts";
import { type Background, priorOf, scoreAgainst, strongest } from "./words.ts";

describe("logOddsZ (Monroe, Colaresi and Quinn 2008)", () => {
  it("matches a hand calculation", () => {
    // y_i = 10 of n_i = 100, y_j = 2 of n_j = 100, prior a_w = 1, a_0 = 10:
    // d_i = ln((10 + 1) / (100 + 10 - 10 - 1)) = ln(11 / 99)  = -2.197225
    // d_j = ln((2 + 1)  / (100 + 10 - 2 - 1))  = ln(3 / 107)  = 1.098612 - 4.672829 = -3.574217
    // delta = d_i - d_j = 1.376992
    // var   = 1 / 11 + 1 / 3 = 0.424242, sd = 0.651339
    // z     = 1.376992 / 0.651339 = 2.11409
    expect(logOddsZ(10, 100, 2, 100, 1, 10)).toBeCloseTo(2.11409, 4);
  });

  it("is antisymmetric and zero for equal rates", () => {
    expect(logOddsZ(2, 100, 10, 100, 1, 10)).toBeCloseTo(-2.11409, 4);
    expect(logOddsZ(5, 100, 5, 100, 1, 10)).toBe(0);
  });

  it("shrinks rare counts: one use against none is weaker than ten against none", () => {
    // 1 of 100 vs 0 of 100, a = 0.5, a_0 = 10:
    // d_i = ln(1.5 / 108.5) = -4.281313, d_j = ln(0.5 / 109.5) = -5.389072, delta = 1.107759
    // sd = sqrt(1 / 1.5 + 1 / 0.5) = 1.632993, z = 0.678361
    expect(logOddsZ(1, 100, 0, 100, 0.5, 10)).toBeCloseTo(0.678361, 4);
    expect(logOddsZ(10, 100, 0, 100, 0.5, 10)).toBeGreaterThan(2);
  });
});

describe("priorOf and scoreAgainst", () => {
  const background: Background = {
    counts: new Map([
      ["despot", 40],
      ["summit", 400],
    ]),
    total: 20_000,
  };

  it("scales the corpus share of a term to ALPHA_0 tokens", () => {
    // 40 of 20,000 corpus tokens: 1000 * 40 / 20000 = 2
    expect(priorOf("despot", background)).toBe((ALPHA_0 * 40) / 20_000);
    expect(priorOf("despot", background)).toBe(2);
    // unseen in the background: counted once, 1000 / 20000 = 0.05
    expect(priorOf("zzz", background)).toBe(0.05);
  });

  it("ranks a term one outlet uses and the other does not above a shared one", () => {
    const mine = new Map([
      ["despot", 3],
      ["summit", 4],
    ]);
    const theirs = new Map([["summit", 4]]);
    const scored = scoreAgainst(mine, 50, (t) => theirs.get(t) ?? 0, 50, background);
    expect(scored.map((s) => s.term)).toEqual(["despot", "summit"]);
    // despot: a = 2, a_0 = 1000: d_i = ln(5 / 1045), d_j = ln(2 / 1048), delta = ln(5 * 1048 / (2 * 1045)) = 0.919160
    // sd = sqrt(1 / 5 + 1 / 2) = 0.836660, z = 1.098607
    expect(scored[0]?.z).toBeCloseTo(1.098607, 4);
    expect(scored[1]?.z).toBe(0);
  });
});

describe("strongest", () => {
  it("is the head of scoreAgainst's order, ties broken by the term", () => {
    const terms = ["despot", "summit", "kim", "trump", "talks", "moon", "seoul", "missile"];
    const counts = fc.dictionary(fc.constantFrom(...terms), fc.integer({ min: 1, max: 4 }));
    fc.assert(
      fc.property(counts, counts, fc.integer({ min: 0, max: 9 }), (mineRecord, theirsRecord, limit) => {
        const mine = new Map(Object.entries(mineRecord));
        const theirs = (t: string) => theirsRecord[t] ?? 0;
        const background: Background = { counts: new Map([["summit", 5]]), total: 100 };
        expect(strongest(mine, 20, theirs, 20, background, limit)).toEqual(
          scoreAgainst(mine, 20, theirs, 20, background).slice(0, limit),
        );
        // Keeping to positive scores leaves the positive terms of that head.
        expect(strongest(mine, 20, theirs, 20, background, limit, undefined, true)).toEqual(
          scoreAgainst(mine, 20, theirs, 20, background)
            .slice(0, limit)
            .filter((s) => s.z > 0),
        );
      }),
      { numRuns: 1000 },
    );
  });
});
