import type { EntitySummary } from "../../schema/entity.ts";
import type { Event } from "../../schema/event.ts";

/** What the event's detail says of who took part and where, from its entities. */
export interface EventEntities {
  /** People, organisations and countries, most named first. */
  participants: EntitySummary[];
  /** Places, most named first. */
  places: EntitySummary[];
  /** Names only one of the event's many reports gives: an aside, shown apart on request. */
  asides: EntitySummary[];
}

/**
 * Sorts the event's entities into participants, places and asides. In an event of three or more
 * mentions, a name only one of them gives is an aside ("across the Pacific" in one report of the
 * Singapore summit is not where it took place), unless every name is. Data without `entityCounts`
 * (schema before 4.3) has no asides, and keeps the entities file's order.
 */
export function eventEntities(
  event: Pick<Event, "entityIds" | "entityCounts" | "mentions">,
  entities: readonly EntitySummary[],
): EventEntities {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const ids = event.entityIds ?? [];
  const wanted = new Set(ids);
  const counts = event.entityCounts?.length === ids.length ? event.entityCounts : undefined;
  const named = counts
    ? ids.flatMap((id, i) => {
        const entity = byId.get(id);
        return entity ? [{ entity, count: counts[i]! }] : [];
      })
    : entities.filter((e) => wanted.has(e.id)).map((entity) => ({ entity, count: 1 }));
  const least = counts && event.mentions.length >= 3 ? 2 : 1;
  const minor = named.filter((n) => n.count < least);
  // When every name is given once, none is an aside: there would be nothing else to show.
  const asides = minor.length < named.length ? minor : [];
  const main = named.filter((n) => !asides.includes(n)).map((n) => n.entity);
  return {
    participants: main.filter((e) => e.kind !== "place"),
    places: main.filter((e) => e.kind === "place"),
    asides: asides.map((n) => n.entity),
  };
}
