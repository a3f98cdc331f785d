import type { CorpusComparison } from "../../schema/comparison.ts";
import type { EventSummary } from "../../schema/event.ts";

export type SharedPerson = {
  entityId: string;
  name: string;
  bySource: Map<string, CorpusComparison["outlets"][number]["naming"][number]>;
};

/** Events that exactly one of the chosen outlets covered, per outlet. */
export function coveredByOnlyOne(events: EventSummary[], chosen: string[]): Map<string, EventSummary[]> {
  const out = new Map(chosen.map((id) => [id, [] as EventSummary[]]));
  const set = new Set(chosen);
  for (const event of events) {
    const covering = [...new Set(event.sourceIds)].filter((id) => set.has(id));
    if (covering.length === 1) out.get(covering[0]!)!.push(event);
  }
  return out;
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
