import * as chrono from "chrono-node";
import { toDay } from "../../lib/days.ts";
import { monthNumber } from "./dateline.ts";

/** News archives start after 1900; a date outside these years is a typo or a placeholder. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export type ParsedDate =
  | {
      ok: true;
      value: string /** both readings when the numerals allow day-first and month-first */;
      alternatives?: string[];
    }
  | { ok: false; reason: string };

/**
 * Reads an explicit date: ISO day or datetime, numeric (`10/05/2018`), or written out ("May 10, 2018").
 * Numeric dates are ambiguous between day-first and month-first; both readings are returned so the
 * caller can choose with other evidence (a dateline), instead of chrono-node's silent month-first.
 */
export function parseExplicitDate(raw: string): ParsedDate {
  const text = raw.trim();
  const iso = /^(\d{4,})-(\d{1,2})-(\d{1,2})(T.*)?$/.exec(text);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const range = checkYear(y, text);
    if (range) return range;
    const day = toDay(y, m, d);
    if (!day) return { ok: false, reason: `"${text}" is not a real calendar day` };
    if (iso[4]) {
      const time = new Date(text);
      if (Number.isNaN(time.getTime()))
        return { ok: false, reason: `"${text}" is not a valid date and time` };
      // Keep the outlet's own day and offset: converting to UTC could move a late story a day.
      const normalized = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : undefined;
      return { ok: true, value: normalized ?? day };
    }
    return { ok: true, value: day };
  }
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (numeric) {
    const [a, b, y] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    const range = checkYear(y, text);
    if (range) return range;
    const monthFirst = toDay(y, a, b);
    const dayFirst = toDay(y, b, a);
    const readings = [...new Set([monthFirst, dayFirst].filter((d): d is string => d !== undefined))];
    if (readings.length === 0) return { ok: false, reason: `"${text}" is not a real calendar day` };
    return readings.length === 1
      ? { ok: true, value: readings[0]! }
      : { ok: true, value: readings[0]!, alternatives: readings };
  }
  const written = parseWrittenDate(text);
  if (written) return written;
  return { ok: false, reason: `"${text.slice(0, 60)}" is not a date that can be read` };
}

/** "May 10, 2018", "10 May 2018", "Thursday, July 12, 2018": chrono-node reads these well. */
function parseWrittenDate(text: string): ParsedDate | undefined {
  // Check the day exists ourselves: chrono rolls "February 31" over into March.
  const explicit = /\b(\d{1,2})?\s*([A-Za-z]{3,9})\.?\s+(\d{1,2})?,?\s*(\d{4})\b/.exec(text);
  if (explicit) {
    const month = monthNumber(explicit[2]!);
    const day = Number(explicit[1] ?? explicit[3]);
    const year = Number(explicit[4]);
    if (month !== undefined && day) {
      const range = checkYear(year, text);
      if (range) return range;
      const value = toDay(year, month, day);
      return value ? { ok: true, value } : { ok: false, reason: `"${text}" is not a real calendar day` };
    }
  }
  const result = chrono.parse(text, new Date(Date.UTC(2000, 0, 1)))[0];
  if (
    !result?.start.isCertain("year") ||
    !result.start.isCertain("month") ||
    !result.start.isCertain("day")
  ) {
    return undefined;
  }
  const year = result.start.get("year")!;
  const range = checkYear(year, text);
  if (range) return range;
  const value = toDay(year, result.start.get("month")!, result.start.get("day")!);
  return value ? { ok: true, value } : undefined;
}

function checkYear(year: number, text: string): ParsedDate | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, reason: `"${text}" lies outside the years ${MIN_YEAR}–${MAX_YEAR}` };
  }
  return undefined;
}
