import { describe, expect, it } from "vitest";
import { openStageMemo } from "../cache/stage-memo.ts";
import { countFrequencies } from "./document-frequencies.ts";

const terms: Record<string, string[]> = {
  a: ["summit", "kim", "trump"],
  b: ["summit", "singapor"],
  c: ["missil", "launch", "kim"],
  c2: ["missil", "test"],
};
const sorted = (m: Map<string, number>) => [...m].sort(([x], [y]) => (x < y ? -1 : 1));

/** A build over these articles through the memo left by the last one; `fresh`: those whose findings are made anew. */
function build(stored: Uint8Array | undefined, articles: string[], fresh: string[]) {
  const memo = openStageMemo(stored, { deflate: false });
  const count = countFrequencies(memo);
  for (const id of articles) count.add(id, fresh.includes(id) || !count.known(id) ? terms[id] : undefined);
  const frequencies = count.finish();
  return { frequencies, stored: memo.pack() ?? stored!, read: memo };
}

describe("document frequencies through the findings' memo", () => {
  const scratch = (articles: string[]) => {
    const count = countFrequencies(undefined);
    for (const id of articles) count.add(id, terms[id]);
    return sorted(count.finish());
  };

  it("counts in how many articles each term occurs", () => {
    expect(scratch(["a", "b", "c"])).toEqual([
      ["kim", 2],
      ["launch", 1],
      ["missil", 1],
      ["singapor", 1],
      ["summit", 2],
      ["trump", 1],
    ]);
  });

  it("brings the last build's table to this build's articles, as counted from nothing", () => {
    const first = build(undefined, ["a", "b", "c"], ["a", "b", "c"]);
    expect(sorted(first.frequencies)).toEqual(scratch(["a", "b", "c"]));
    // c edited into c2 (another digest), b gone: only their terms are read.
    const second = build(first.stored, ["a", "c2"], ["c2"]);
    expect(sorted(second.frequencies)).toEqual(scratch(["a", "c2"]));
    // Nothing changed: the same table again.
    const third = build(second.stored, ["a", "c2"], []);
    expect(sorted(third.frequencies)).toEqual(scratch(["a", "c2"]));
    // An article back that the last build did not have: its terms are given, as its findings are made.
    expect(sorted(build(third.stored, ["a", "b", "c2"], ["b"]).frequencies)).toEqual(
      scratch(["a", "b", "c2"]),
    );
  });

  it("knows which articles' terms it holds, so that the others' are given", () => {
    const first = build(undefined, ["a", "b"], ["a", "b"]);
    const memo = openStageMemo(first.stored, { deflate: false });
    const count = countFrequencies(memo);
    expect(count.known("a")).toBe(true);
    expect(count.known("c")).toBe(false);
  });
});
