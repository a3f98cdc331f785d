/**
 * Calendar arithmetic on plain UTC days, so that normalisation never depends on the machine's
 * time zone or clock. TIMEX3 values are built here from their parts.
 */

export interface Day {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** Reads the first ten characters of a DCT (`YYYY-MM-DD`, optionally followed by a time). */
export function parseDct(dct: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(dct);
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(day.year, day.month, day.day) ? day : null;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtc(d: Day): Date {
  const date = new Date(Date.UTC(2000, d.month - 1, d.day));
  // setUTCFullYear keeps years below 100 literal instead of mapping them to 19xx.
  date.setUTCFullYear(d.year);
  return date;
}

function fromUtc(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  const date = toUtc(d);
  date.setUTCDate(date.getUTCDate() + n);
  return fromUtc(date);
}

/** Moves by whole months, clamping the day (31 March minus one month is 28/29 February). */
export function addMonths(d: Day, n: number): Day {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** 0 = Sunday … 6 = Saturday, as in `Date.getUTCDay`. */
export function weekdayOf(d: Day): number {
  return toUtc(d).getUTCDay();
}

/** Negative when a is before b, 0 when the same day. */
export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

/** ISO 8601 week: weeks start on Monday and week 1 holds the year's first Thursday. */
export function isoWeek(d: Day): { year: number; week: number } {
  const shift = (weekdayOf(d) + 6) % 7; // Monday = 0
  const thursday = addDays(d, 3 - shift);
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

export type Season = "SP" | "SU" | "FA" | "WI";

/** Meteorological seasons; December belongs to the winter named after its own year. */
export function seasonOf(month: number): Season {
  if (month >= 3 && month <= 5) return "SP";
  if (month >= 6 && month <= 8) return "SU";
  if (month >= 9 && month <= 11) return "FA";
  return "WI";
}

export const seasonOrder: readonly Season[] = ["WI", "SP", "SU", "FA"];

export const formatDay = (d: Day): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export const formatMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;
export const formatYear = (year: number): string => pad(year, 4);
export const formatWeek = (w: { year: number; week: number }): string => `${pad(w.year, 4)}-W${pad(w.week)}`;
export const formatQuarter = (year: number, quarter: number): string => `${pad(year, 4)}-Q${quarter}`;
export const formatHalf = (year: number, half: number): string => `${pad(year, 4)}-H${half}`;
export const formatSeason = (year: number, season: Season): string => `${pad(year, 4)}-${season}`;
/** A decade value is the year without its last digit: the 1990s are `199`. */
export const formatDecade = (firstYear: number): string => pad(Math.floor(firstYear / 10), 3);
/** A century value is the year without its last two digits: the 20th century (1900s) is `19`. */
export const formatCentury = (firstYear: number): string => pad(Math.floor(firstYear / 100), 2);
