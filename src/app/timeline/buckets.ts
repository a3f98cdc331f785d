import { dayOf, dayParts } from "../format/days.ts";

/**
 * Calendar buckets for counting events when a window holds more than can be labelled. Buckets
 * follow the calendar (weeks, months, quarters...) so that a cluster reads as "March 2019", not as
 * an arbitrary 30-day slice.
 */
export const bucketUnits = ["day", "week", "month", "quarter", "year", "decade"] as const;
export type BucketUnit = (typeof bucketUnits)[number];

const approxDays: Record<BucketUnit, number> = {
  day: 1,
  week: 7,
  month: 30.4,
  quarter: 91.3,
  year: 365.25,
  decade: 3652.5,
};

/**
 * The smallest unit whose buckets are at least `minPx` wide at this zoom, but never so large that the
 * window holds fewer than `minBuckets` of them: zooming to a cluster's bucket must always split it
 * into smaller ones, or the cluster could never be opened.
 */
export function chooseBucketUnit(
  spanDays: number,
  widthPx: number,
  minPx: number,
  minBuckets = 4,
): BucketUnit {
  const daysPerPx = spanDays / Math.max(1, widthPx);
  const wideEnough = bucketUnits.findIndex((unit) => approxDays[unit] / daysPerPx >= minPx);
  const fineEnough = bucketUnits.findLastIndex((unit) => approxDays[unit] <= spanDays / minBuckets);
  return (
    bucketUnits[Math.max(0, Math.min(wideEnough === -1 ? bucketUnits.length - 1 : wideEnough, fineEnough))] ??
    "day"
  );
}

export function coarserUnit(unit: BucketUnit): BucketUnit | undefined {
  return bucketUnits[bucketUnits.indexOf(unit) + 1];
}

/** The bucket holding `day`: its first day and the first day after it. */
export function bucketOf(day: number, unit: BucketUnit): { start: number; end: number } {
  switch (unit) {
    case "day":
      return { start: day, end: day + 1 };
    case "week": {
      // Day 0 (1970-01-01) was a Thursday; weeks start on Monday.
      const start = day - ((((day + 3) % 7) + 7) % 7);
      return { start, end: start + 7 };
    }
    default: {
      const { year, month } = dayParts(day);
      if (unit === "month") return { start: dayOf(year, month, 1), end: dayOf(year, month + 1, 1) };
      if (unit === "quarter") {
        const first = month - ((month - 1) % 3);
        return { start: dayOf(year, first, 1), end: dayOf(year, first + 3, 1) };
      }
      const first = unit === "year" ? year : year - (((year % 10) + 10) % 10);
      const length = unit === "year" ? 1 : 10;
      return { start: dayOf(first, 1, 1), end: dayOf(first + length, 1, 1) };
    }
  }
}
