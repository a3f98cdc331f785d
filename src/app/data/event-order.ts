import type { Event } from "../../schema/event.ts";

/** The corpus's date order: start, then end, then id, so the order never depends on the files. */
export function compareEvents(a: Event, b: Event): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  const aEnd = a.end ?? a.start;
  const bEnd = b.end ?? b.start;
  if (aEnd !== bEnd) return aEnd < bEnd ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Lists each in date order, merged into one. The pipeline's files hold separate runs of days, so in
 * the manifest's order they simply follow each other; files that overlap (edited by hand) are sorted.
 */
export function mergeInOrder(lists: readonly (readonly Event[])[]): Event[] {
  const merged: Event[] = [];
  for (const list of lists) for (const e of list) merged.push(e);
  for (let i = 1; i < merged.length; i++) {
    if (compareEvents(merged[i - 1] as Event, merged[i] as Event) > 0) return merged.sort(compareEvents);
  }
  return merged;
}
