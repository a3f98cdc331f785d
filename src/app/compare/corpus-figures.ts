import { type CorpusComparison, chartMonthOf } from "../../schema/comparison.ts";
import type { EventSummary } from "../../schema/event.ts";

export type SharedPerson = {
  entityId: string;
  name: string;
  bySource: Map<string, CorpusComparison["outlets"][number]["naming"][number]>;
};

/**
 * Events that exactly one of the chosen outlets covered, per outlet: first those of the chart's
 * `months` (the news of the collection's time), then the history its articles recall, each part in
 * the order given. KCNA's list in date order opened on 1868 and the Korean War, and its news of 2018
 * came after three hundred of those.
 */
export function coveredByOnlyOne(
  events: EventSummary[],
  chosen: string[],
  months: readonly string[] = [],
): Map<string, EventSummary[]> {
  const news = new Map(chosen.map((id) => [id, [] as EventSummary[]]));
  const history = new Map(chosen.map((id) => [id, [] as EventSummary[]]));
  const set = new Set(chosen);
  const drawn = new Set(months);
  for (const event of events) {
    const covering = [...new Set(event.sourceIds)].filter((id) => set.has(id));
    if (covering.length !== 1) continue;
    const inTime = drawn.size === 0 || drawn.has(chartMonthOf(event));
    (inTime ? news : history).get(covering[0]!)!.push(event);
  }
  return new Map(chosen.map((id) => [id, [...news.get(id)!, ...history.get(id)!]]));
}

/** People (and organisations) that at least two chosen outlets name, most named by all first. */
export function sharedPeople(data: CorpusComparison, chosen: string[], limit = 10): SharedPerson[] {
  const byEntity = new Map<string, SharedPerson>();
  for (const outlet of data.outlets) {
    if (!chosen.includes(outlet.sourceId)) continue;
    for (const entry of outlet.naming) {
      let person = byEntity.get(entry.entityId);
      if (!person) {
        person = { entityId: entry.entityId, name: entry.name, bySource: new Map() };
        byEntity.set(entry.entityId, person);
      }
      person.bySource.set(outlet.sourceId, entry);
    }
  }
  const score = (p: SharedPerson) => Math.min(...[...p.bySource.values()].map((e) => e.count));
  const kindRank = (p: SharedPerson) => ([...p.bySource.values()][0]?.kind === "person" ? 0 : 1);
  return [...byEntity.values()]
    .filter((p) => p.bySource.size >= 2)
    .sort((a, b) => kindRank(a) - kindRank(b) || score(b) - score(a) || (a.name < b.name ? -1 : 1))
    .slice(0, limit);
}
