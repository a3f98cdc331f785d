/**
 * Placing an expression that names a calendar unit but not the year or week ("Thursday", "July 6",
 * "April", "the third quarter", "the spring") relative to the publication date, in the direction
 * the clause's tense gives. This is where news differs from chrono-node, which picks the nearest
 * occurrence forward: a report on Thursday's meeting published on Friday means yesterday.
 */
import {
  addDays,
  compareDays,
  type Day,
  daysBetween,
  quarterOf,
  type Season,
  seasonOf,
  seasonOrder,
  weekdayOf,
} from "./calendar.ts";
import type { Tense } from "./tense.ts";

/** "past"/"future" include the DCT itself; "before"/"after" (from "last"/"next") exclude it. */
export type Direction = Tense | "before" | "after";

/** weekday: 0 = Sunday … 6 = Saturday. Unknown tense counts as past: news mostly reports. */
export function resolveWeekday(dct: Day, weekday: number, direction: Direction): Day {
  const back = (weekdayOf(dct) - weekday + 7) % 7;
  const forward = (weekday - weekdayOf(dct) + 7) % 7;
  switch (direction) {
    case "future":
      return addDays(dct, forward);
    case "after":
      return addDays(dct, forward === 0 ? 7 : forward);
    case "before":
      return addDays(dct, back === 0 ? -7 : -back);
    default:
      return addDays(dct, -back);
  }
}

/**
 * The year of a day-month without one: the occurrence nearest the DCT on the side the tense says,
 * or the nearest on either side when the clause gives no tense (listings such as "payable Nov. 16").
 */
export function resolveMonthDay(dct: Day, month: number, day: number, direction: Direction): Day | null {
  const candidates: Day[] = [];
  for (const year of [dct.year - 1, dct.year, dct.year + 1]) {
    const candidate = { year, month, day };
    // 29 February exists only in leap years: skip the years where it does not.
    if (addDays(candidate, 0).day === day) candidates.push(candidate);
  }
  // The past tense of a report often belongs to its reporting verb, not to the date it names
  // ("the bid was extended to Nov. 16"), and style books write the current year's dates without a
  // year. So a past clause still takes a day up to two months ahead rather than one nearly a year back.
  if (direction === "past") {
    const ahead = candidates.find((c) => {
      const gap = daysBetween(dct, c);
      return gap > 0 && gap <= 62;
    });
    if (ahead) return ahead;
  }
  const keep = candidates.filter((c) => {
    const order = compareDays(c, dct);
    if (direction === "past") return order <= 0;
    if (direction === "before") return order < 0;
    if (direction === "future") return order >= 0;
    if (direction === "after") return order > 0;
    return true;
  });
  let best: Day | null = null;
  for (const c of keep) {
    if (!best || Math.abs(daysBetween(dct, c)) < Math.abs(daysBetween(dct, best))) best = c;
  }
  return best;
}

/**
 * The year of a month named alone: "in April" in a past-tense report is the latest April up to the
 * DCT's month, in a future one the next April from it, with no tense the nearest.
 * "last April"/"next April" exclude the DCT's own month.
 */
export function resolveMonth(dct: Day, month: number, direction: Direction): number {
  const diff = month - dct.month; // same year: negative means already past
  switch (direction) {
    case "past": {
      // As for days, a month up to two ahead is the coming one (see resolveMonthDay), across a
      // year end too: "January" in a November report.
      const ahead = (diff + 12) % 12;
      if (ahead >= 1 && ahead <= 2) return diff > 0 ? dct.year : dct.year + 1;
      return diff <= 0 ? dct.year : dct.year - 1;
    }
    case "before":
      return diff < 0 ? dct.year : dct.year - 1;
    case "future":
      return diff >= 0 ? dct.year : dct.year + 1;
    case "after":
      return diff > 0 ? dct.year : dct.year + 1;
    default:
      if (diff > 6) return dct.year - 1;
      if (diff < -6) return dct.year + 1;
      return dct.year;
  }
}

/**
 * The year of a quarter named without one. Past and unknown tense take the latest such quarter that
 * has begun by the DCT (a January report on "fourth-quarter profit" means the previous year).
 */
export function resolveQuarter(dct: Day, quarter: number, direction: Direction): number {
  const current = dct.year * 4 + quarterOf(dct.month) - 1;
  const sameYear = dct.year * 4 + quarter - 1;
  const candidates = [sameYear - 4, sameYear, sameYear + 4];
  // Results of a quarter are reported in the next one: a future-tense "third-quarter results"
  // written in October is the quarter just ended, so "future" starts from the previous quarter.
  let lowest = Number.NEGATIVE_INFINITY;
  let highest = Number.POSITIVE_INFINITY;
  if (direction === "future") lowest = current - 1;
  else if (direction === "after") lowest = current + 1;
  else if (direction === "before") highest = current - 1;
  else highest = current;
  const pick =
    direction === "future" || direction === "after"
      ? candidates.find((c) => c >= lowest)
      : [...candidates].reverse().find((c) => c <= highest);
  return Math.floor((pick ?? sameYear) / 4);
}

/** The latest quarter that has ended before the DCT: what earnings reports call "the quarter". */
export function latestCompletedQuarter(dct: Day): { year: number; quarter: number } {
  const current = quarterOf(dct.month);
  return current === 1 ? { year: dct.year - 1, quarter: 4 } : { year: dct.year, quarter: current - 1 };
}

/** Same as quarters, for halves of the year. */
export function resolveHalf(dct: Day, half: number, direction: Direction): number {
  const current = dct.month <= 6 ? 1 : 2;
  if (direction === "future" || direction === "after") return half >= current ? dct.year : dct.year + 1;
  return half <= current ? dct.year : dct.year - 1;
}

/**
 * The year of a season named without one. Seasons are ordered winter, spring, summer, fall within a
 * year (January's winter and December's share the year's name, as in TimeML's `1994-WI`).
 */
export function resolveSeason(dct: Day, season: Season, direction: Direction): number {
  const current = seasonOrder.indexOf(seasonOf(dct.month));
  const wanted = seasonOrder.indexOf(season);
  switch (direction) {
    case "past":
    case "unknown":
      return wanted <= current ? dct.year : dct.year - 1;
    case "before":
      return wanted < current ? dct.year : dct.year - 1;
    case "future":
      return wanted >= current ? dct.year : dct.year + 1;
    case "after":
      return wanted > current ? dct.year : dct.year + 1;
  }
}
