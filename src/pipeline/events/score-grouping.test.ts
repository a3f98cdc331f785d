import { describe, expect, it } from "vitest";
import { bcubed, sameDaySharedPerson } from "./score-grouping.ts";

describe("bcubed", () => {
  it("is perfect on the gold grouping and penalises a merge in precision only", () => {
    const gold = new Map([
      ["a", "1"],
      ["b", "1"],
      ["c", "2"],
    ]);
    expect(bcubed(gold, gold)).toEqual({ precision: 1, recall: 1, f1: 1 });
    const merged = bcubed(
      new Map([
        ["a", "x"],
        ["b", "x"],
        ["c", "x"],
      ]),
      gold,
    );
    expect(merged.recall).toBe(1);
    expect(merged.precision).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3);
  });
});

describe("sameDaySharedPerson", () => {
  it("joins items of one day sharing a person, transitively, and never across days", () => {
    const groups = sameDaySharedPerson([
      { id: "a", day: "2021-01-01", people: ["p"] },
      { id: "b", day: "2021-01-01", people: ["p", "q"] },
      { id: "c", day: "2021-01-01", people: ["q"] },
      { id: "d", day: "2021-01-02", people: ["p"] },
    ]);
    expect(groups.get("a")).toBe(groups.get("c"));
    expect(groups.get("d")).not.toBe(groups.get("a"));
  });
});
