import SearchableMap from "minisearch/SearchableMap";
import { describe, expect, it } from "vitest";
import { fuzzyOrdinals, prefixRange, termOrdinal } from "./vocabulary.ts";

/** A vocabulary with shared prefixes, a term that is a prefix of others, and letters beyond ASCII. */
const words = [
  "kim",
  "kimchi",
  "kims",
  "korea",
  "korean",
  "koreas",
  "kcna",
  "choson",
  "chosun",
  "chong",
  "cho",
  "missile",
  "missiles",
  "missle",
  "mission",
  "test",
  "tests",
  "testing",
  "tent",
  "text",
  "nuclear",
  "nucleus",
  "조선",
  "조선중앙통신",
  "金",
  "москва",
  "a",
  "ab",
  "abc",
  "b",
  "ba",
];
const terms = [...new Set(words)].sort();
const radix = SearchableMap.from(terms.map((t, i) => [t, i] as [string, number]));

describe("vocabulary lookups", () => {
  it("finds exact terms by binary search", () => {
    for (const [i, t] of terms.entries()) expect(termOrdinal(terms, t)).toBe(i);
    expect(termOrdinal(terms, "kimc")).toBeUndefined();
    expect(termOrdinal(terms, "zzz")).toBeUndefined();
    expect(termOrdinal([], "a")).toBeUndefined();
  });

  it("gives the contiguous range of a prefix, the term itself included", () => {
    const range = (p: string) => {
      const [from, to] = prefixRange(terms, p);
      return terms.slice(from, to);
    };
    expect(range("kim")).toEqual(["kim", "kimchi", "kims"]);
    expect(range("cho")).toEqual(["cho", "chong", "choson", "chosun"]);
    expect(range("조선")).toEqual(["조선", "조선중앙통신"]);
    expect(range("x")).toEqual([]);
    expect(range("")).toEqual(terms);
  });

  it("finds the same near misses as MiniSearch's radix tree, for every edit budget", () => {
    const queries = [...terms, "kin", "missel", "tset", "chosŏn", "nucler", "코리아", "ac", "bb", "", "abcd"];
    for (const q of queries) {
      for (const edits of [0, 1, 2, 3]) {
        const expected = [...radix.fuzzyGet(q, edits).values()].map(([o]) => o).sort((a, b) => a - b);
        expect(fuzzyOrdinals(terms, q, edits), `${q} within ${edits}`).toEqual(expected);
      }
      const [from, to] = prefixRange(terms, q);
      expect(Array.from({ length: to - from }, (_, i) => from + i)).toEqual(
        [...radix.atPrefix(q).values()].sort((a, b) => a - b),
      );
    }
    expect(fuzzyOrdinals(terms, "missle", 1).map((o) => terms[o])).toEqual(["missile", "missle"]);
    expect(fuzzyOrdinals([], "a", 1)).toEqual([]);
  });
});
