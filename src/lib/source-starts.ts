import type { Event } from "../schema/event.ts";

/**
 * The manifest's `sourceStarts`: for each outlet, the days its events start on, so that the app can
 * count every lane's events before their files arrive. Days are places in the manifest's
 * `eventStarts` (its days in order), and each outlet's are written as gaps, one per event, in date
 * order: `"0,0,3"` is two events on the first day and one on the fourth. That is a few bytes per
 * event and outlet, where a day → count object per outlet would be fifteen.
 *
 * An event counts once per outlet however many of its articles that outlet wrote, as the lanes draw
 * it; events credited to no outlet are left out (the app's lane of those counts what has loaded).
 */
export function encodeSourceStarts(
  events: readonly Pick<Event, "start" | "sourceIds">[],
  days: readonly string[],
): Record<string, string> {
  const placeOf = new Map(days.map((day, i) => [day, i]));
  const places = new Map<string, number[]>();
  for (const e of events) {
    const place = placeOf.get(e.start);
    if (place === undefined) throw new Error(`event start ${e.start} is not one of the days`);
    for (const id of new Set(e.sourceIds)) {
      const list = places.get(id);
      if (list) list.push(place);
      else places.set(id, [place]);
    }
  }
  const out: Record<string, string> = {};
  for (const id of [...places.keys()].sort()) {
    const sorted = (places.get(id) ?? []).sort((a, b) => a - b);
    out[id] = sorted.map((place, i) => place - (i === 0 ? 0 : (sorted[i - 1] ?? 0))).join(",");
  }
  return out;
}

/** One outlet's entry read back: the place in `eventStarts`'s days of each of its events, in order. */
export function sourceStartPlaces(encoded: string): number[] {
  const places: number[] = [];
  let place = 0;
  for (const gap of encoded.split(",")) {
    place += Number(gap);
    places.push(place);
  }
  return places;
}
