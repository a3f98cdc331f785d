import type { EventSummary } from "../../schema/event.ts";

type Dated = Pick<EventSummary, "id" | "start" | "end">;

/** The corpus's date order: start, then end, then id, so the order never depends on the files. */
export function compareEvents(a: Dated, b: Dated): number {
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
export function mergeInOrder<T extends Dated>(lists: readonly (readonly T[])[]): T[] {
  const merged: T[] = [];
  for (const list of lists) for (const e of list) merged.push(e);
  for (let i = 1; i < merged.length; i++) {
    if (compareEvents(merged[i - 1] as T, merged[i] as T) > 0) return merged.sort(compareEvents);
  }
  return merged;
}
