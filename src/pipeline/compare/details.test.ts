import { describe, expect, it } from "vitest";
import { alignDetails, weightedCosine } from "./details.ts";

describe("alignDetails", () => {
  it("pairs paraphrases across outlets and leaves the rest as only-here", () => {
    const sentences = new Map([
      ["a", ["Kim Jong Un met Mike Pompeo in Pyongyang on Wednesday.", "The weather was cold."]],
      ["b", ["Pompeo meets Kim Jong Un in Pyongyang.", "Three detained Americans were released."]],
    ]);
    const { counterparts, shared } = alignDetails(sentences, () => 1);
    expect(shared).toEqual([{ a: 0, b: 0 }]);
    expect(counterparts.get("a")).toEqual([["b"], []]);
    expect(counterparts.get("b")).toEqual([["a"], []]);
  });

  it("computes a weighted cosine", () => {
    // {x, y} vs {x, z} with weights x = 2, y = z = 1: dot = 4, norms = sqrt(5) each, cosine = 4 / 5
    const w = (t: string) => (t === "x" ? 2 : 1);
    expect(weightedCosine(new Set(["x", "y"]), new Set(["x", "z"]), w)).toBeCloseTo(0.8, 10);
  });
});
