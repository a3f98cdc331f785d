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
    : entities.filter((e) => wanted.has(e.id)).map((entity) => ({ entity, count: Number.NaN }));
  const least = event.mentions.length >= 3 ? 2 : 1;
  const main = named.some((n) => !(n.count < least)) ? named.filter((n) => !(n.count < least)) : named;
  const asides = named.filter((n) => !main.includes(n)).map((n) => n.entity);
  return {
    participants: main.filter((n) => n.entity.kind !== "place").map((n) => n.entity),
    places: main.filter((n) => n.entity.kind === "place").map((n) => n.entity),
    asides,
  };
}
