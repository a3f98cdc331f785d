import type { EventSummary } from "../../schema/event.ts";
import { dayNumber } from "../format/days.ts";

export type IndexedEvent = {
  event: EventSummary;
  startDay: number;
  /** Last day of the event, included (equal to startDay for a one-day event). */
  endDay: number;
  /** Place in date order. */
  position: number;
};

/**
 * Events as day numbers in date order, so the timeline can find what lies in a window by binary
 * search instead of scanning 50,000 events on every pan.
 */
export type EventIndex = {
  entries: IndexedEvent[];
  starts: number[];
  byId: Map<string, IndexedEvent>;
  /** The longest event, in days: how far before a window an event can start and still reach into it. */
  maxSpan: number;
  firstDay: number;
  lastDay: number;
};

/** `events` must already be in date order (the corpus keeps them so). */
export function indexEvents(events: EventSummary[]): EventIndex {
  const entries = events.map((event, position) => {
    const startDay = dayNumber(event.start);
    const endDay = event.end ? Math.max(startDay, dayNumber(event.end)) : startDay;
    return { event, startDay, endDay, position };
  });
  let maxSpan = 0;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (const e of entries) {
    maxSpan = Math.max(maxSpan, e.endDay - e.startDay);
    lastDay = Math.max(lastDay, e.endDay);
  }
  return {
    entries,
    starts: entries.map((e) => e.startDay),
    byId: new Map(entries.map((e) => [e.event.id, e])),
    maxSpan,
    firstDay: entries[0]?.startDay ?? 0,
    lastDay: entries.length ? lastDay : 0,
  };
}

/** The first position whose start day is >= day. */
export function lowerBound(starts: readonly number[], day: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] ?? 0) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Events that overlap the days [fromDay, toDay], both included, in date order. */
export function eventsBetween(index: EventIndex, fromDay: number, toDay: number): IndexedEvent[] {
  const begin = lowerBound(index.starts, fromDay - index.maxSpan);
  const end = lowerBound(index.starts, toDay + 1);
  const found: IndexedEvent[] = [];
  for (let i = begin; i < end; i++) {
    const entry = index.entries[i];
    if (entry && entry.endDay >= fromDay) found.push(entry);
  }
  return found;
}
