import { type BucketUnit, bucketOf, chooseBucketUnit, coarserUnit } from "./buckets.ts";
import { type EventIndex, eventsBetween, type IndexedEvent } from "./event-index.ts";

/** The lane of the single-lane mode, and of events no outlet is credited with. */
export const ALL_LANE = "__all";
export const NO_OUTLET_LANE = "__none";

export type EventItemSpec = {
  kind: "event";
  id: string;
  lane: string;
  eventId: string;
  title: string;
  precision: string;
  coverage: number;
  startDay: number;
  /** First day after the event; set only for events spanning several days (drawn as ranges). */
  endDay?: number;
  selected: boolean;
  cursor: boolean;
};

export type ClusterItemSpec = {
  kind: "cluster";
  id: string;
  lane: string;
  count: number;
  startDay: number;
  endDay: number;
  unit: BucketUnit;
  /** A cluster holding the keyboard cursor is marked, so the cursor never disappears into a count. */
  cursor: boolean;
};

export type ItemSpec = EventItemSpec | ClusterItemSpec;

export type ItemQuery = {
  index: EventIndex;
  fromDay: number;
  toDay: number;
  widthPx: number;
  lanes: "outlets" | "single";
  /** Events drawn on their own even inside a cluster: the selection and the keyboard cursor. */
  selectedId: string | null;
  cursorId: string | null;
};

/** A bucket is at least this wide on screen, about one label. */
const MIN_BUCKET_PX = 120;
/** Up to this many events of one lane in one bucket are drawn; more become a cluster. */
const MAX_PER_BUCKET = 3;
/** vis-timeline lays out each item on its own: more than this and panning stutters. */
const MAX_ITEMS = 600;

/**
 * What the timeline draws for a window: the events in and near it (half a window either side, so a
 * short pan needs no new items), each lane's dense buckets folded into one cluster item with its
 * count. This replaces vis-timeline's own `cluster` option, which is quadratic in the items it holds.
 */
export function buildTimelineItems(query: ItemQuery): ItemSpec[] {
  const span = Math.max(1, query.toDay - query.fromDay);
  const margin = Math.ceil(span / 2);
  const near = eventsBetween(query.index, query.fromDay - margin, query.toDay + margin);
  let unit: BucketUnit = chooseBucketUnit(span, query.widthPx, MIN_BUCKET_PX);
  let items = itemsFor(near, unit, query);
  // Many lanes can still add up to too many items: widen the buckets until the count is bearable.
  for (let coarser = coarserUnit(unit); items.length > MAX_ITEMS && coarser; coarser = coarserUnit(unit)) {
    unit = coarser;
    items = itemsFor(near, unit, query);
  }
  return items;
}

function lanesOf(entry: IndexedEvent, mode: ItemQuery["lanes"]): string[] {
  if (mode === "single") return [ALL_LANE];
  return entry.event.sourceIds.length ? [...new Set(entry.event.sourceIds)] : [NO_OUTLET_LANE];
}

function itemsFor(near: IndexedEvent[], unit: BucketUnit, query: ItemQuery): ItemSpec[] {
  const buckets = new Map<string, { lane: string; start: number; end: number; entries: IndexedEvent[] }>();
  for (const entry of near) {
    const bucket = bucketOf(entry.startDay, unit);
    for (const lane of lanesOf(entry, query.lanes)) {
      const key = `${lane}|${bucket.start}`;
      const found = buckets.get(key);
      if (found) found.entries.push(entry);
      else buckets.set(key, { lane, ...bucket, entries: [entry] });
    }
  }
  const items: ItemSpec[] = [];
  for (const bucket of buckets.values()) {
    const clustered = bucket.entries.length > MAX_PER_BUCKET;
    const rest: IndexedEvent[] = [];
    for (const entry of bucket.entries) {
      const pinned = entry.event.id === query.selectedId || entry.event.id === query.cursorId;
      if (!clustered || pinned) items.push(eventItem(entry, bucket.lane, query));
      else rest.push(entry);
    }
    if (rest.length > 0) {
      items.push({
        kind: "cluster",
        id: `c|${bucket.lane}|${unit}|${bucket.start}`,
        lane: bucket.lane,
        count: rest.length,
        startDay: bucket.start,
        endDay: bucket.end,
        unit,
        cursor: false,
      });
    }
  }
  return items;
}

function eventItem(entry: IndexedEvent, lane: string, query: ItemQuery): EventItemSpec {
  const { event } = entry;
  return {
    kind: "event",
    id: `e|${lane}|${event.id}`,
    lane,
    eventId: event.id,
    title: event.title,
    precision: event.precision,
    coverage: new Set(event.sourceIds).size,
    startDay: entry.startDay,
    ...(entry.endDay > entry.startDay ? { endDay: entry.endDay + 1 } : {}),
    selected: event.id === query.selectedId,
    cursor: event.id === query.cursorId,
  };
}

/** Which items to add, update and remove to go from what the timeline holds to what it should. */
export function diffItems(
  current: Map<string, ItemSpec>,
  next: ItemSpec[],
): { add: ItemSpec[]; update: ItemSpec[]; remove: string[] } {
  const add: ItemSpec[] = [];
  const update: ItemSpec[] = [];
  const keep = new Set<string>();
  for (const item of next) {
    keep.add(item.id);
    const before = current.get(item.id);
    if (!before) add.push(item);
    else if (!sameItem(before, item)) update.push(item);
  }
  const remove = [...current.keys()].filter((id) => !keep.has(id));
  return { add, update, remove };
}

function sameItem(a: ItemSpec, b: ItemSpec): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof ItemSpec>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}
