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

  describe("a word mostly used inside a distinctive phrase", () => {
    // Reuters says "united states" 9 times, "united" and "states" only there; "north" 12 times, 10 of
    // them in "north korea"; "korea" 20 times, half of them in "south korea" (no phrase here).
    const phrases = {
      terms: ["united", "states", "united states", "north", "north korea", "korea", "sanctions"],
      prior: [4, 4, 4, 4, 4, 4, 4],
      bySource: {
        reuters: { total: 200, counts: [9, 9, 9, 12, 10, 20, 6] },
        kcna: { total: 200, counts: [1, 1, 1, 1, 1, 2, 1] },
      },
    };

    it("gives its place to the phrase, so the list does not say the same thing twice", () => {
      const all = distinctiveWords(phrases, ["reuters", "kcna"])
        .get("reuters")
        ?.map((w) => w.term);
      expect(all).toEqual(expect.arrayContaining(["united states", "north korea", "korea", "sanctions"]));
      expect(all).not.toContain("united");
      expect(all).not.toContain("states");
      expect(all).not.toContain("north");
      expect(all).toHaveLength(4);
    });

    it("brings the phrase into a short list in the word's place, ordered by the phrase's own score", () => {
      // Scored alone, "korea" (20 uses) and "north" lead; "north korea" is below the top two.
      const top = distinctiveWords(phrases, ["reuters", "kcna"], 2).get("reuters") ?? [];
      expect(top.map((w) => w.term)).toEqual(["korea", "north korea"]);
      expect(top[0]!.z).toBeGreaterThanOrEqual(top[1]!.z);
    });

    it("stays when used mostly on its own", () => {
      const alone = {
        ...phrases,
        bySource: { ...phrases.bySource, reuters: { total: 200, counts: [9, 9, 5, 12, 10, 20, 6] } },
      };
      // 5 of 9 uses of "united" are in the phrase: under two thirds.
      const all = distinctiveWords(alone, ["reuters", "kcna"])
        .get("reuters")
        ?.map((w) => w.term);
      expect(all).toContain("united");
      expect(all).toContain("united states");
    });
  });
});
