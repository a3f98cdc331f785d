import { addDays, daysBetween, toDay } from "../../lib/days.ts";
import type { EventPrecision } from "../../schema/event.ts";

/** When a mention says its event happened: a day, a span (week, month, year) or an approximate range. */
export interface EventDate {
  start: string;
  /** Last day of the span, when it is longer than a day. */
  end?: string;
  precision: EventPrecision;
}

/**
 * The calendar span of a TIMEX3 date value, or undefined when the value does not place an event
 * (PAST_REF, seasons, decades): "2018-07-12" a day, "2018-W28" a week (approximate), "2018-07" a
 * month, "2018" a year.
 */
export function dateOfTimexValue(value: string): EventDate | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const day = toDay(Number(m[1]), Number(m[2]), Number(m[3]));
    return day ? { start: day, precision: "day" } : undefined;
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const start = isoWeekMonday(Number(m[1]), Number(m[2]));
    return { start, end: addDays(start, 6), precision: "approximate" };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const start = toDay(Number(m[1]), Number(m[2]), 1);
    if (!start) return undefined;
    const next =
      Number(m[2]) === 12 ? toDay(Number(m[1]) + 1, 1, 1)! : toDay(Number(m[1]), Number(m[2]) + 1, 1)!;
    return { start, end: addDays(next, -1), precision: "month" };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, precision: "year" };
  return undefined;
}

function isoWeekMonday(year: number, week: number): string {
  const jan4 = toDay(year, 1, 4)!;
  const weekday = (new Date(`${jan4}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(jan4, -weekday + (week - 1) * 7);
}

/** Last day a date covers. */
export function lastDay(date: EventDate): string {
  return date.end ?? date.start;
}

/** Length of a span in days (1 for a day). */
export function spanDays(date: EventDate): number {
  return daysBetween(date.start, lastDay(date)) + 1;
}
