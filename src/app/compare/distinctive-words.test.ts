import { describe, expect, it } from "vitest";
import { distinctiveWords } from "./distinctive-words.ts";

describe("distinctiveWords", () => {
  const words = {
    terms: ["despot", "summit", "supreme leader"],
    prior: [2, 2, 2],
    bySource: {
      fox: { total: 50, counts: [3, 4, 0] },
      kcna: { total: 50, counts: [0, 4, 5] },
      reuters: { total: 50, counts: [0, 8, 0] },
    },
  };

  it("scores each chosen outlet against the other chosen ones", () => {
    const scored = distinctiveWords(words, ["fox", "kcna"]);
    // despot for fox against kcna, a = 2, a_0 = 1000: delta = ln(5 * 1048 / (2 * 1045)) = 0.919160,
    // sd = sqrt(1 / 5 + 1 / 2) = 0.836660, z = 1.098607 (the pipeline's log-odds test has the same case)
    expect(scored.get("fox")?.map((w) => w.term)).toEqual(["despot"]);
    expect(scored.get("fox")?.[0]?.z).toBeCloseTo(1.098607, 4);
    expect(scored.get("kcna")?.map((w) => w.term)).toEqual(["supreme leader"]);
  });

  it("changes with the outlets chosen", () => {
    // Against Reuters, which says "summit" twice as often, Fox's "summit" is not distinctive.
    const scored = distinctiveWords(words, ["fox", "reuters"]);
    expect(scored.get("fox")?.map((w) => w.term)).toEqual(["despot"]);
    expect(scored.get("reuters")?.map((w) => w.term)).toEqual(["summit"]);
  });
});
