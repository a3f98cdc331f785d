import type { Report } from "../../schema/report.ts";

/** What became of the articles of one input file. */
export type FileOutcome = {
  file: string;
  written: number;
  rejected: number;
  merged: number;
  warnings: number;
};

/** The fields of a written article the report needs: where it came from. */
export type WrittenArticle = { file: string; line?: number | undefined };

const byFileThenLine = (a: WrittenArticle, b: WrittenArticle) =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0);

export function sortByPlace<T extends WrittenArticle>(rows: readonly T[]): T[] {
  return [...rows].sort(byFileThenLine);
}

/**
 * One row per input file the report or the articles mention, in file order, so a user can find any
 * file they put in and see what became of each article in it.
 */
export function outcomesByFile(report: Report, written: readonly WrittenArticle[]): FileOutcome[] {
  const rows = new Map<string, FileOutcome>();
  const row = (file: string) => {
    let found = rows.get(file);
    if (!found) {
      found = { file, written: 0, rejected: 0, merged: 0, warnings: 0 };
      rows.set(file, found);
    }
    return found;
  };
  for (const a of written) row(a.file).written++;
  for (const r of report.rejected) row(r.file).rejected++;
  for (const m of report.merged) row(m.file).merged++;
  for (const w of report.warnings) row(w.file).warnings++;
  return [...rows.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * Whether the numbers add up: every article read was written, rejected or merged, and the articles
 * files hold as many as were written. Returns what does not add up, in words, or nothing.
 */
export function accountingGaps(report: Report, writtenLoaded: number | undefined): string[] {
  const gaps: string[] = [];
  const accounted = report.written + report.rejected.length + report.merged.length;
  if (accounted !== report.read) {
    gaps.push(
      `${report.read} read, but ${report.written} written + ${report.rejected.length} rejected + ${report.merged.length} merged = ${accounted}`,
    );
  }
  if (writtenLoaded !== undefined && writtenLoaded !== report.written) {
    gaps.push(`the report says ${report.written} written, the articles files hold ${writtenLoaded}`);
  }
  return gaps;
}
