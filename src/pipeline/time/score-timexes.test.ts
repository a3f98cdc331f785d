import { describe, expect, it } from "vitest";
import { addCounts, countMatches, emptyCounts, extractionScore, valueScore } from "./score-timexes.ts";

const span = (start: number, end: number, value: string) => ({ start, end, value });

describe("countMatches", () => {
  it("credits an overlapping span for extraction and an identical value for normalisation", () => {
    const gold = [span(0, 10, "2018-07-12"), span(20, 30, "2018")];
    const found = [span(5, 12, "2018-07-12"), span(25, 28, "2017"), span(40, 45, "PAST_REF")];
    expect(countMatches(found, gold)).toEqual({ found: 3, gold: 2, overlapping: 2, sameValue: 1 });
  });

  it("pairs spans one to one so one gold span is not credited twice", () => {
    const gold = [span(0, 20, "2018-W28")];
    const found = [span(0, 5, "2018-W28"), span(10, 15, "2018-W28")];
    expect(countMatches(found, gold)).toEqual({ found: 2, gold: 1, overlapping: 1, sameValue: 1 });
  });

  it("prefers the overlapping gold span with the same value", () => {
    const gold = [span(0, 5, "2018"), span(6, 12, "2018-07")];
    const found = [span(3, 10, "2018-07")];
    expect(countMatches(found, gold).sameValue).toBe(1);
  });

  it("does not count touching spans as overlapping", () => {
    expect(countMatches([span(0, 5, "2018")], [span(5, 9, "2018")]).overlapping).toBe(0);
  });
});

describe("scores", () => {
  it("computes precision, recall and F1 from summed counts", () => {
    const total = addCounts(emptyCounts, { found: 4, gold: 5, overlapping: 4, sameValue: 2 });
    expect(extractionScore(total)).toEqual({ precision: 1, recall: 0.8, f1: (2 * 0.8) / 1.8 });
    expect(valueScore(total)).toEqual({ precision: 0.5, recall: 0.4, f1: (2 * 0.5 * 0.4) / 0.9 });
  });

  it("gives zeros rather than NaN when nothing was found", () => {
    expect(valueScore({ found: 0, gold: 3, overlapping: 0, sameValue: 0 })).toEqual({
      precision: 0,
      recall: 0,
      f1: 0,
    });
  });
});
