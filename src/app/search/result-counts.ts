import type { EventSummary } from "../../schema/event.ts";
import type { Source } from "../../schema/source.ts";

export interface OutletCount {
  id: string;
  name: string;
  count: number;
}

/**
 * How many of the shown events each outlet reported, in the corpus's outlet order, leaving out the
 * outlets hidden by the outlet chips (`shownSources`, empty = all) or not asked for by the query's
 * `source:` (`querySources`, empty = all): an event that KCNA and Fox News both reported counts for
 * Fox News only when Fox News is one of the outlets being looked at. Outlets with no event are left out.
 */
export function countByOutlet(
  events: readonly EventSummary[],
  sources: readonly Source[],
  shownSources: readonly string[],
  querySources: readonly string[],
): OutletCount[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    for (const id of new Set(event.sourceIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const shown = (id: string) =>
    (shownSources.length === 0 || shownSources.includes(id)) &&
    (querySources.length === 0 || querySources.includes(id.toLowerCase()));
  return sources
    .filter((s) => shown(s.id) && (counts.get(s.id) ?? 0) > 0)
    .map((s) => ({ id: s.id, name: s.name, count: counts.get(s.id) ?? 0 }));
}

/** "3 events · KCNA 1 · Fox News 2": the number shown first, as browser tests and readers expect. */
export function resultSummary(shown: number, outlets: readonly OutletCount[]): string {
  const head = `${shown.toLocaleString("en")} ${shown === 1 ? "event" : "events"}`;
  return [head, ...outlets.map((o) => `${o.name} ${o.count.toLocaleString("en")}`)].join(" · ");
}
