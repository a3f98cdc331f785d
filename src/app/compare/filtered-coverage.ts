import { chartMonthOf } from "../../schema/comparison.ts";
import type { EventSummary } from "../../schema/event.ts";

export interface Coverage {
  eventCount: number;
  /** Events per month, aligned with the corpus comparison's `months`. */
  monthly: number[];
}

/**
 * Each chosen outlet's coverage counted over the given events only (the ones the full-text filter
 * leaves), in the shape of the pipeline's corpus figures so the same table and chart can show them.
 * Events outside `months` (history that articles recall, see the pipeline's corpus months) are
 * counted in the total only.
 */
export function coverageOf(
  events: readonly EventSummary[],
  months: readonly string[],
  chosen: readonly string[],
) {
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const out = new Map<string, Coverage>(
    chosen.map((id) => [id, { eventCount: 0, monthly: months.map(() => 0) }]),
  );
  for (const event of events) {
    const month = monthIndex.get(chartMonthOf(event));
    for (const id of new Set(event.sourceIds)) {
      const coverage = out.get(id);
      if (!coverage) continue;
      coverage.eventCount += 1;
      if (month !== undefined) coverage.monthly[month]! += 1;
    }
  }
  return out;
}

/** How many of the events a chosen outlet covered fall outside the chart's months. */
export function eventsOutside(
  events: readonly EventSummary[],
  months: readonly string[],
  chosen: readonly string[],
): number {
  const drawn = new Set(months);
  const picked = new Set(chosen);
  let count = 0;
  for (const event of events)
    if (!drawn.has(chartMonthOf(event)) && event.sourceIds.some((id) => picked.has(id))) count++;
  return count;
}
