/** Calendar-day arithmetic on `YYYY-MM-DD` strings, in UTC so that no time zone shifts a day. */

export function toDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function dayToDate(day: string): Date {
  const [y, m, d] = day.slice(0, 10).split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  // Day numbers for ordinary years: event grouping steps through days millions of times, and a
  // Date per step dominated it. Years below 1000 keep the Date path: Date.UTC reads 0–99 as 19xx,
  // which this function has always done and the arithmetic would not.
  if (day.charCodeAt(0) !== 48 /* "0" */ && day.charCodeAt(4) === 45 /* "-" */)
    return dayString(dayNumber(day) + days);
  const date = dayToDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return dateToDay(date);
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
export function weekdayOf(day: string): number {
  return dayToDate(day).getUTCDay();
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` day, by arithmetic alone (Howard Hinnant's days-from-civil):
 * event grouping compares dates millions of times, and building a Date each time dominated it.
 */
export function dayNumber(day: string): number {
  let n = DAY_NUMBERS.get(day);
  if (n === undefined) {
    n = civilDayNumber(day);
    // A corpus names some thousands of distinct days; the bound only guards against pathological input.
    if (DAY_NUMBERS.size < MEMO_LIMIT) DAY_NUMBERS.set(day, n);
  }
  return n;
}

const MEMO_LIMIT = 200_000;
const DAY_NUMBERS = new Map<string, number>();
const DAY_STRINGS = new Map<number, string>();

function civilDayNumber(day: string): number {
  let y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The `YYYY-MM-DD` day of a day number (days since 1970-01-01). */
export function dayString(dayNum: number): string {
  let s = DAY_STRINGS.get(dayNum);
  if (s === undefined) {
    s = new Date(dayNum * 86_400_000).toISOString().slice(0, 10);
    if (DAY_STRINGS.size < MEMO_LIMIT) DAY_STRINGS.set(dayNum, s);
  }
  return s;
}

/** Year, month (1–12) and day of a day number. */
export function dayParts(dayNum: number): CalendarDay {
  const utc = new Date(dayNum * 86_400_000);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** The day number of a year, month (1–12) and day. */
export function dayOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * The same arithmetic on `{ year, month, day }` parts, for code that builds dates from pieces
 * (the time-expression normaliser). Years below 100 stay literal here, unlike `toDay`.
 */
export interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian rules for every year, including those below 100. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}

export function isValidCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Reads the first ten characters (`YYYY-MM-DD`, optionally followed by a time); null if not a real day. */
export function parseCalendarDay(text: string): CalendarDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidCalendarDay(day.year, day.month, day.day) ? day : null;
}

function calendarDayToDate(d: CalendarDay): Date {
  const date = new Date(Date.UTC(2000, d.month - 1, d.day));
  // setUTCFullYear keeps years below 100 literal instead of mapping them to 19xx.
  date.setUTCFullYear(d.year);
  return date;
}

function dateToCalendarDay(date: Date): CalendarDay {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addCalendarDays(d: CalendarDay, n: number): CalendarDay {
  const date = calendarDayToDate(d);
  date.setUTCDate(date.getUTCDate() + n);
  return dateToCalendarDay(date);
}

/** Moves by whole months, clamping the day (31 March minus one month is 28/29 February). */
export function addCalendarMonths(d: CalendarDay, n: number): CalendarDay {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
export function calendarWeekday(d: CalendarDay): number {
  return calendarDayToDate(d).getUTCDay();
}

/** Negative when a is before b, 0 when the same day. */
export function compareCalendarDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function calendarDaysBetween(from: CalendarDay, to: CalendarDay): number {
  return Math.round((calendarDayToDate(to).getTime() - calendarDayToDate(from).getTime()) / 86_400_000);
}

/** ISO 8601 week: weeks start on Monday and week 1 holds the year's first Thursday. */
export function isoWeekOf(d: CalendarDay): { year: number; week: number } {
  const shift = (calendarWeekday(d) + 6) % 7; // Monday = 0
  const thursday = addCalendarDays(d, 3 - shift);
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(calendarDaysBetween(jan1, thursday) / 7) + 1 };
}

/** `YYYY-MM-DD`, the year padded to four digits. */
export function formatCalendarDay(d: CalendarDay): string {
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}
