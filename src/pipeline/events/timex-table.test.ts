import { describe, expect, it } from "vitest";
import type { Timex } from "../../schema/article.ts";
import { findTimexes } from "../time/find-timexes.ts";
import { createTimexTable } from "./timex-table.ts";

const text = "Talks resumed on Friday, July 6, 2018. A summit is planned for next month.";

describe("createTimexTable", () => {
  it("gives back each article's time expressions as found, in their order", () => {
    const table = createTimexTable();
    const found = findTimexes(text, "2018-07-08");
    expect(found.length).toBeGreaterThan(1);
    table.add("a", text, found);
    table.add("b", "Nothing dated here.", []);
    expect(table.of("a", text)).toEqual(found);
    expect(table.of("b", "Nothing dated here.")).toEqual([]);
    expect(table.of("missing", text)).toEqual([]);
  });

  it("keeps a text that is not the article's text at its offsets, and shares repeated values", () => {
    const table = createTimexTable();
    const odd: Timex = { start: 0, end: 5, text: "Tuesday", value: "2018-07-03" };
    const plain: Timex = { start: 17, end: 23, text: "Friday", value: "2018-07-06" };
    table.add("a", text, [odd, plain]);
    table.add("c", text, [{ ...plain }]);
    expect(table.of("a", text)).toEqual([odd, plain]);
    expect(table.of("c", text)).toEqual([plain]);
  });

  it("grows past its first room without losing what it held", () => {
    const table = createTimexTable();
    const many: Timex[] = Array.from({ length: 700 }, (_, i) => ({
      start: i,
      end: i + 1,
      text: String(i % 10),
      value: `2018-01-${String((i % 28) + 1).padStart(2, "0")}`,
    }));
    const digits = "0123456789".repeat(71);
    for (const id of ["x", "y", "z"]) table.add(id, digits, many);
    for (const id of ["x", "y", "z"]) expect(table.of(id, digits)).toEqual(many);
  });

  it("an article added again keeps the later expressions", () => {
    const table = createTimexTable();
    table.add("a", text, findTimexes(text, "2018-07-08"));
    table.add("a", text, []);
    expect(table.of("a", text)).toEqual([]);
  });
});
