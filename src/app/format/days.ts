/**
 * Whole calendar days as integers (days since 1970-01-01), so the app can bucket, search and compare
 * event dates without a time zone ever shifting a day. Conversion to a `Date` for vis-timeline uses
 * local midnight, because vis-timeline draws its axis in the browser's local time.
 */

const MS_PER_DAY = 86_400_000;

export function dayNumber(day: string): number {
  const [y, m, d] = day.slice(0, 10).split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function dayString(dayNum: number): string {
  return new Date(dayNum * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Local midnight of that day: where vis-timeline's axis shows the day starting. */
export function dayToLocalDate(dayNum: number): Date {
  const utc = new Date(dayNum * MS_PER_DAY);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

/** The local calendar day that a moment on the timeline falls in. */
export function localDateToDay(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / MS_PER_DAY);
}

/** Year, month (1–12) and day of a day number. */
export function dayParts(dayNum: number): { year: number; month: number; day: number } {
  const utc = new Date(dayNum * MS_PER_DAY);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

export function dayOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}
