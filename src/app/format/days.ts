/**
 * Whole calendar days as integers (days since 1970-01-01), so the app can bucket, search and compare
 * event dates without a time zone ever shifting a day. Conversion to a `Date` for vis-timeline uses
 * local midnight, because vis-timeline draws its axis in the browser's local time.
 */

export { dayNumber, dayOf, dayParts, dayString } from "../../lib/days.ts";

const MS_PER_DAY = 86_400_000;

/** Local midnight of that day: where vis-timeline's axis shows the day starting. */
export function dayToLocalDate(dayNum: number): Date {
  const utc = new Date(dayNum * MS_PER_DAY);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

/** The local calendar day that a moment on the timeline falls in. */
export function localDateToDay(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / MS_PER_DAY);
}
