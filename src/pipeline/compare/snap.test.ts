import { describe, expect, it } from "vitest";
import { snapCount, snappedBackground, snapStep } from "./snap.ts";
import type { Background } from "./words.ts";

describe("snapCount", () => {
  it("leaves 0 at 0", () => {
    expect(snapCount(0)).toBe(0);
  });

  it("gives powers of two exactly", () => {
    expect(snapCount(1)).toBe(1);
    expect(snapCount(2)).toBe(2);
    expect(snapCount(4)).toBe(4);
    expect(snapCount(8)).toBe(8);
    expect(snapCount(1024)).toBe(1024);
  });

  it("rounds to an eighth of an octave: 3 is 2^(13/8), not 3", () => {
    expect(snapCount(3)).toBeCloseTo(2 ** (13 / 8), 12);
    expect(snapCount(3)).not.toBe(3);
  });

  it("is within 4.4% of the count, from 1 to 100,000", () => {
    let worst = 0;
    for (let n = 1; n <= 100_000; n++) {
      const ratio = snapCount(n) / n;
      worst = Math.max(worst, Math.abs(ratio - 1));
      // Half a step either way: 2^(±1/16).
      if (ratio > 2 ** (1 / 16) + 1e-12 || ratio < 2 ** (-1 / 16) - 1e-12) {
        expect.fail(`snapCount(${n}) = ${snapCount(n)}, ${ratio} times the count`);
      }
    }
    expect(worst).toBeLessThan(0.0444);
    // Not exact: most counts move to their step's value.
    expect(worst).toBeGreaterThan(0.03);
  });

  it("never decreases as the count grows", () => {
    let last = snapCount(0);
    for (let n = 1; n <= 100_000; n++) {
      const value = snapCount(n);
      if (value < last) expect.fail(`snapCount(${n}) = ${value} < snapCount(${n - 1}) = ${last}`);
      last = value;
    }
  });

  it("gives counts of the same step the same value, and counts of different steps different ones", () => {
    // A large count and the next share a step.
    expect(snapStep(1000)).toBe(snapStep(1001));
    expect(snapCount(1000)).toBe(snapCount(1001));
    // A run of large counts snaps to few values.
    const values = new Set<number>();
    for (let n = 10_000; n < 10_100; n++) values.add(snapCount(n));
    expect(values.size).toBe(1);
    // Small counts each have a step of their own.
    expect(new Set([1, 2, 3, 4, 5, 6, 7, 8].map(snapStep)).size).toBe(8);
    for (let n = 1; n <= 20_000; n++) {
      const same = snapStep(n) === snapStep(n + 1);
      if (same !== (snapCount(n) === snapCount(n + 1)))
        expect.fail(`steps of ${n} and ${n + 1} ${same ? "equal" : "differ"}, values do not agree`);
    }
  });

  it("counts steps of an eighth of an octave", () => {
    expect(snapStep(1)).toBe(0);
    expect(snapStep(2)).toBe(8);
    expect(snapStep(4)).toBe(16);
    expect(snapStep(3)).toBe(13);
  });
});

describe("snappedBackground", () => {
  const background: Background<string> = {
    counts: new Map([
      ["kim", 3],
      ["summit", 1000],
      ["talks", 8],
    ]),
    total: 100_003,
  };

  it("reads each count snapped, and a missing term as missing", () => {
    const snapped = snappedBackground(background);
    expect(snapped.counts.get("kim")).toBe(snapCount(3));
    expect(snapped.counts.get("kim")).not.toBe(3);
    expect(snapped.counts.get("summit")).toBe(snapCount(1000));
    expect(snapped.counts.get("talks")).toBe(8);
    expect(snapped.counts.get("trump")).toBeUndefined();
  });

  it("visits every term with its snapped count", () => {
    const seen: [string, number][] = [];
    snappedBackground(background).counts.forEach((count, term) => {
      seen.push([term, count]);
    });
    expect(seen.sort((a, b) => (a[0] < b[0] ? -1 : 1))).toEqual([
      ["kim", snapCount(3)],
      ["summit", snapCount(1000)],
      ["talks", 8],
    ]);
  });

  it("snaps the total", () => {
    const snapped = snappedBackground(background);
    expect(snapped.total).toBe(snapCount(100_003));
    expect(snapped.total).not.toBe(100_003);
    expect(snappedBackground({ counts: new Map<string, number>(), total: 0 }).total).toBe(0);
  });
});
