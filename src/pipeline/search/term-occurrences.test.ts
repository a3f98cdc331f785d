import { describe, expect, it } from "vitest";
import { TermOccurrences } from "./term-occurrences.ts";

/** Documents as lists of terms, their positions the terms' places. */
const add = (into: TermOccurrences, docs: (string[] | undefined)[], numbers: (d: number) => number) => {
  for (const [d, terms] of docs.entries()) {
    if (!terms || numbers(d) < 0) continue;
    for (const [position, term] of terms.entries()) into.add(term, numbers(d), position);
  }
};

const takeAll = (occurrences: TermOccurrences) =>
  occurrences.terms().map((term) => {
    let encoded = "";
    const docs = occurrences.take(term, (text) => {
      encoded = text;
    });
    return [term, encoded, [...docs]];
  });

describe("TermOccurrences.append", () => {
  const head = [
    ["talks", "resume", "talks"],
    ["summit", "talks"],
  ];
  // Read beforehand as documents 0..4; 1 and 3 belong to no event and are left out.
  const tail = [
    ["summit", "geneva"],
    ["zebra", "talks"],
    ["talks", "talks", "summit"],
    ["zebra"],
    ["resume"],
  ];
  const numbering = new Int32Array([2, -1, 3, -1, 7]);

  it("gives the terms and postings of adding the documents one by one, the left-out ones not at all", () => {
    const direct = new TermOccurrences();
    add(direct, head, (d) => d);
    add(direct, tail, (d) => numbering[d]!);

    const read = new TermOccurrences();
    add(read, tail, (d) => d);
    const appended = new TermOccurrences();
    add(appended, head, (d) => d);
    appended.append(read, numbering);

    expect(appended.terms()).toEqual(direct.terms());
    // "zebra" is only in left-out documents: no term of the result.
    expect(appended.terms()).not.toContain("zebra");
    const expected = takeAll(direct);
    expect(takeAll(appended)).toEqual(expected);
    // talks: documents 0 and 1, then the read document 2 as 3 (its document 1, numbered -1, left out).
    expect(expected).toContainEqual(["talks", "0:0,2;1:1;2:0,1", [0, 1, 3]]);
  });

  it("takes a term only the appended documents have, and refuses a second append", () => {
    const read = new TermOccurrences();
    add(read, tail, (d) => d);
    const appended = new TermOccurrences();
    add(appended, head, (d) => d);
    appended.append(read, numbering);
    const docs = appended.take("geneva", () => undefined);
    expect([...docs]).toEqual([2]);
    expect(() => appended.take("zebra", () => undefined)).toThrow(/no occurrences/);
    expect(() => appended.append(new TermOccurrences(), numbering)).toThrow(/twice/);
  });
});
