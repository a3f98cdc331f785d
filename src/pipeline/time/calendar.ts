/**
 * Calendar arithmetic on plain UTC days, so that normalisation never depends on the machine's
 * time zone or clock. The day arithmetic is the shared one in `src/lib/days.ts`, under the names
 * the rules use; the TIMEX3 values (quarters, seasons, weeks, decades) are built here.
 */
import {
  addCalendarDays,
  addCalendarMonths,
  type CalendarDay,
  calendarDaysBetween,
  calendarWeekday,
  compareCalendarDays,
  daysInMonth,
  formatCalendarDay,
  isoWeekOf,
  isValidCalendarDay,
  parseCalendarDay,
} from "../../lib/days.ts";

export type Day = CalendarDay;

export {
  addCalendarDays as addDays,
  addCalendarMonths as addMonths,
  calendarDaysBetween as daysBetween,
  calendarWeekday as weekdayOf,
  compareCalendarDays as compareDays,
  daysInMonth,
  formatCalendarDay as formatDay,
  isoWeekOf as isoWeek,
  isValidCalendarDay as isValidDay,
  parseCalendarDay as parseDct,
};

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

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
