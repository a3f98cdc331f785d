import { describe, expect, it } from "vitest";
import type { Report } from "../../schema/report.ts";
import { accountingGaps, outcomesByFile, sortByPlace } from "./report-rows.ts";

const report: Report = {
  read: 6,
  written: 3,
  rejected: [
    { file: "lines.jsonl", line: 2, reason: "not valid JSON" },
    { file: "empty.txt", reason: "the file is empty" },
  ],
  merged: [{ file: "b.md", reason: "exact duplicate of a.md", duplicateOf: "a-1" }],
  warnings: [{ file: "lines.jsonl", line: 1, reason: "no outlet named" }],
};
const written = [{ file: "lines.jsonl", line: 3 }, { file: "a.md" }, { file: "lines.jsonl", line: 1 }];

describe("build report rows", () => {
  it("lists every file once, in order, with what became of its articles", () => {
    expect(outcomesByFile(report, written)).toEqual([
      { file: "a.md", written: 1, rejected: 0, merged: 0, warnings: 0 },
      { file: "b.md", written: 0, rejected: 0, merged: 1, warnings: 0 },
      { file: "empty.txt", written: 0, rejected: 1, merged: 0, warnings: 0 },
      { file: "lines.jsonl", written: 2, rejected: 1, merged: 0, warnings: 1 },
    ]);
  });

  it("sorts written articles by file, then line", () => {
    expect(sortByPlace(written)).toEqual([
      { file: "a.md" },
      { file: "lines.jsonl", line: 1 },
      { file: "lines.jsonl", line: 3 },
    ]);
  });

  it("finds nothing missing when read = written + rejected + merged", () => {
    expect(accountingGaps(report, 3)).toEqual([]);
    expect(accountingGaps(report, undefined)).toEqual([]);
  });

  it("says what does not add up", () => {
    expect(accountingGaps({ ...report, read: 7 }, 2)).toEqual([
      "7 read, but 3 written + 2 rejected + 1 merged = 6",
      "the report says 3 written, the articles files hold 2",
    ]);
  });
});
