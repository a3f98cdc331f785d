import type { EventIndex } from "./event-index.ts";

export type DayWindow = { fromDay: number; toDay: number };

/** Up to this many events, every title is drawn, so the last one needs room after its date. */
export const SHOW_LABELS = 24;
/** Up to this many events, the whole corpus is shown at once. */
const SMALL_CORPUS = 300;
/** A large corpus opens on this many days: vis-timeline paints a few months of events quickly. */
const STRETCH_DAYS = 90;
/** "Recent": the stretch is sought in the last year of the corpus. */
const RECENT_DAYS = 365;

/**
 * Where the events start, as counts per day: all the opening window needs, so that it can be picked
 * from the manifest's counts before any events file has arrived, or from the loaded events.
 */
export type StartCounts = {
  /** Days with at least one event starting, ascending. */
  days: number[];
  /** Events starting on each of `days`. */
  counts: number[];
  total: number;
  /** The first start day and the last day any event reaches (its end, or its start). */
  firstDay: number;
  lastDay: number;
};

export function startCountsOf(index: EventIndex): StartCounts {
  const days: number[] = [];
  const counts: number[] = [];
  for (const day of index.starts) {
    if (days[days.length - 1] === day) counts[counts.length - 1] = (counts[counts.length - 1] ?? 0) + 1;
    else {
      days.push(day);
      counts.push(1);
    }
  }
  return { days, counts, total: index.starts.length, firstDay: index.firstDay, lastDay: index.lastDay };
}

/**
 * The window the timeline opens on when the URL does not give one: the whole corpus when small, the
 * densest recent stretch when large. Days are included at both ends.
 */
export function initialWindow(index: EventIndex): DayWindow {
  return openingWindow(startCountsOf(index));
}

/** `initialWindow` from counts per day: the same window as from the events themselves. */
export function openingWindow({ days, counts, total, firstDay, lastDay }: StartCounts): DayWindow {
  if (total <= SMALL_CORPUS || lastDay - firstDay <= STRETCH_DAYS)
    return padded(firstDay, lastDay, total <= SMALL_CORPUS);
  // "Recent" counts back from where nearly all events have started, not from the last one: a stray
  // far date ("by 2030" in a 2018 story) would otherwise open the timeline on an empty future.
  const earliest = Math.max(firstDay, mostlyStartedBy(days, counts, total) - RECENT_DAYS);
  // Slide a STRETCH_DAYS window over the start days, ending on each in turn; ties go to the later,
  // more recent stretch.
  let best = { count: -1, from: lastDay - STRETCH_DAYS + 1 };
  let lo = 0;
  let inWindow = 0;
  for (let hi = 0; hi < days.length; hi++) {
    const end = days[hi] ?? 0;
    inWindow += counts[hi] ?? 0;
    while ((days[lo] ?? 0) <= end - STRETCH_DAYS) inWindow -= counts[lo++] ?? 0;
    const from = end - STRETCH_DAYS + 1;
    if (from + STRETCH_DAYS - 1 < earliest) continue;
    if (inWindow >= best.count) best = { count: inWindow, from };
  }
  return { fromDay: best.from, toDay: best.from + STRETCH_DAYS - 1 };
}

/** Share of events that must have started by the day "recent" is counted back from. */
const MOSTLY = 0.98;

function mostlyStartedBy(days: number[], counts: number[], total: number): number {
  let seen = 0;
  for (let i = 0; i < days.length; i++) {
    seen += counts[i] ?? 0;
    if (seen >= total * MOSTLY) return days[i] ?? 0;
  }
  return days[days.length - 1] ?? 0;
}

/**
 * Room either side so the first and last events are not cut by the edge; with few events, much more
 * on the right, where the last event's title runs after its date.
 */
export function padded(fromDay: number, toDay: number, labels: boolean): DayWindow {
  const span = Math.max(1, toDay - fromDay);
  const right = labels ? Math.max(10, Math.ceil(span * 0.8)) : Math.max(2, Math.ceil(span * 0.03));
  return { fromDay: fromDay - Math.max(2, Math.ceil(span * 0.03)), toDay: toDay + right };
}

/** The window, moved at the same width so that its middle is the event's, unless the event is in it already. */
export function windowShowing(w: DayWindow, event: { startDay: number; endDay: number }): DayWindow {
  if (event.endDay >= w.fromDay && event.startDay <= w.toDay) return w;
  const fromDay = Math.round((event.startDay + event.endDay) / 2 - (w.toDay - w.fromDay) / 2);
  return { fromDay, toDay: fromDay + (w.toDay - w.fromDay) };
}
