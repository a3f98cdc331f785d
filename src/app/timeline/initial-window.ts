import type { EventIndex } from "./event-index.ts";

/** Up to this many events, every title is drawn, so the last one needs room after its date. */
export const SHOW_LABELS = 24;
/** Up to this many events, the whole corpus is shown at once. */
const SMALL_CORPUS = 300;
/** A large corpus opens on this many days: vis-timeline paints a few months of events quickly. */
const STRETCH_DAYS = 90;
/** "Recent": the stretch is sought in the last year of the corpus. */
const RECENT_DAYS = 365;

/**
 * The window the timeline opens on when the URL does not give one: the whole corpus when small, the
 * densest recent stretch when large. Days are included at both ends.
 */
export function initialWindow(index: EventIndex): { fromDay: number; toDay: number } {
  const { firstDay, lastDay, starts } = index;
  if (starts.length <= SMALL_CORPUS || lastDay - firstDay <= STRETCH_DAYS)
    return padded(firstDay, lastDay, starts.length <= SMALL_CORPUS);
  const earliest = Math.max(firstDay, lastDay - RECENT_DAYS);
  // Slide a STRETCH_DAYS window over the start days; ties go to the later, more recent stretch.
  let best = { count: -1, from: lastDay - STRETCH_DAYS + 1 };
  let lo = 0;
  for (let hi = 0; hi < starts.length; hi++) {
    const end = starts[hi] ?? 0;
    while ((starts[lo] ?? 0) <= end - STRETCH_DAYS) lo++;
    const from = end - STRETCH_DAYS + 1;
    if (from + STRETCH_DAYS - 1 < earliest) continue;
    const count = hi - lo + 1;
    if (count >= best.count) best = { count, from };
  }
  return { fromDay: best.from, toDay: best.from + STRETCH_DAYS - 1 };
}

/**
 * Room either side so the first and last events are not cut by the edge; with few events, much more
 * on the right, where the last event's title runs after its date.
 */
export function padded(fromDay: number, toDay: number, labels: boolean): { fromDay: number; toDay: number } {
  const span = Math.max(1, toDay - fromDay);
  const right = labels ? Math.max(10, Math.ceil(span * 0.8)) : Math.max(2, Math.ceil(span * 0.03));
  return { fromDay: fromDay - Math.max(2, Math.ceil(span * 0.03)), toDay: toDay + right };
}
