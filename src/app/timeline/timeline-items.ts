import { type BucketUnit, bucketOf, chooseBucketUnit, coarserUnit } from "./buckets.ts";
import { type EventIndex, eventsBetween, type IndexedEvent, lowerBound } from "./event-index.ts";
import { SHOW_LABELS } from "./initial-window.ts";

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
  /** 1–4: how busy the bucket is next to the busiest in view, drawn as a darker tint. */
  level: number;
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
  /**
   * While events are still loading: every event's start day in the whole corpus (ascending, one per
   * event), over all lanes and per lane (the manifest's counts, `startDays` in data/start-days.ts).
   * Lanes too busy to label are then counted from these rather than from the events loaded so far,
   * so a zoomed-out lane shows its real density from the first draw.
   */
  expected?: ExpectedStarts;
};

export type ExpectedStarts = {
  all: readonly number[];
  lanes: ReadonlyMap<string, readonly number[]>;
};

/**
 * The corpus's start days (over all outlets, and per outlet when known) as the lanes count them:
 * one lane for all, or a lane per outlet the days cover (the others count what has loaded).
 */
export function expectedStarts(
  days: { all: readonly number[]; bySource?: ReadonlyMap<string, readonly number[]> },
  lanes: "outlets" | "single",
): ExpectedStarts {
  if (lanes === "single") return { all: days.all, lanes: new Map([[ALL_LANE, days.all]]) };
  return { all: days.all, lanes: days.bySource ?? new Map() };
}

/** A bucket is at least this wide on screen: room for a count. */
const MIN_BUCKET_PX = 48;
/** Zoomed in this far, a busy day's events are stacked rather than counted: there is no finer bucket. */
const STACK_BELOW_DAYS = 6;
/** A lane can show about one labelled event per this many pixels; busier lanes show counts. */
const PX_PER_LABEL = 110;
/** A range is drawn as such when it covers at least 1/MIN_RANGE_FRACTION of the window. */
const MIN_RANGE_FRACTION = 6;
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
  const nearCount = query.expected
    ? Math.max(near.length, startsBetween(query.expected.all, query.fromDay - margin, query.toDay + margin))
    : near.length;
  if (nearCount <= SHOW_LABELS || span <= STACK_BELOW_DAYS)
    return near.flatMap((entry) => lanesOf(entry, query.lanes).map((lane) => eventItem(entry, lane, query)));
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

/**
 * Lanes with more events in view than they can label become rows of counts, one per bucket; the
 * others show every event. A lane is one or the other, so counts and titles never jostle.
 */
function denseLanes(near: IndexedEvent[], query: ItemQuery): Set<string> {
  const capacity = Math.max(4, Math.floor(query.widthPx / PX_PER_LABEL));
  const inView = new Map<string, number>();
  for (const entry of near) {
    if (entry.endDay < query.fromDay || entry.startDay > query.toDay) continue;
    for (const lane of lanesOf(entry, query.lanes)) inView.set(lane, (inView.get(lane) ?? 0) + 1);
  }
  for (const [lane, starts] of query.expected?.lanes ?? []) {
    const expected = startsBetween(starts, query.fromDay, query.toDay);
    if (expected > (inView.get(lane) ?? 0)) inView.set(lane, expected);
  }
  return new Set([...inView].filter(([, count]) => count > capacity).map(([lane]) => lane));
}

/** How many of `starts` (ascending) fall in the days [fromDay, toDay]. */
function startsBetween(starts: readonly number[], fromDay: number, toDay: number): number {
  return lowerBound(starts, toDay + 1) - lowerBound(starts, fromDay);
}

type Bucket = {
  lane: string;
  start: number;
  end: number;
  entries: IndexedEvent[];
  /** The events of the whole corpus starting in it and near the window, loaded or not (`expected`). */
  expected: number;
};

function itemsFor(near: IndexedEvent[], unit: BucketUnit, query: ItemQuery): ItemSpec[] {
  const dense = denseLanes(near, query);
  const buckets = new Map<string, Bucket>();
  const bucketAt = (lane: string, day: number): Bucket => {
    const span = bucketOf(day, unit);
    const key = `${lane}|${span.start}`;
    let found = buckets.get(key);
    if (!found) {
      found = { lane, ...span, entries: [], expected: 0 };
      buckets.set(key, found);
    }
    return found;
  };
  for (const entry of near) {
    for (const lane of lanesOf(entry, query.lanes)) bucketAt(lane, entry.startDay).entries.push(entry);
  }
  // A busy lane's counts, while events are loading, come from the whole corpus's start days near the
  // window: what the loaded events will add up to once every file is in (never fewer than are loaded).
  if (query.expected) {
    const span = Math.max(1, query.toDay - query.fromDay);
    const margin = Math.ceil(span / 2);
    for (const lane of dense) {
      const starts = query.expected.lanes.get(lane);
      if (!starts) continue;
      const end = lowerBound(starts, query.toDay + margin + 1);
      for (let i = lowerBound(starts, query.fromDay - margin); i < end; i++)
        bucketAt(lane, starts[i] ?? 0).expected += 1;
    }
  }
  const items: ItemSpec[] = [];
  for (const bucket of buckets.values()) {
    const clustered = dense.has(bucket.lane);
    const rest: IndexedEvent[] = [];
    for (const entry of bucket.entries) {
      const pinned = entry.event.id === query.selectedId || entry.event.id === query.cursorId;
      if (!clustered || pinned) items.push(eventItem(entry, bucket.lane, query));
      else rest.push(entry);
    }
    // The pinned events are drawn on their own, so they are not in the count.
    const count = Math.max(rest.length, bucket.expected - (bucket.entries.length - rest.length));
    if (clustered && count > 0) {
      items.push({
        kind: "cluster",
        id: `c|${bucket.lane}|${unit}|${bucket.start}`,
        lane: bucket.lane,
        count,
        startDay: bucket.start,
        endDay: bucket.end,
        unit,
        level: 1,
        cursor: false,
      });
    }
  }
  const busiest = Math.max(1, ...items.map((i) => (i.kind === "cluster" ? i.count : 0)));
  for (const item of items)
    if (item.kind === "cluster") item.level = Math.max(1, Math.ceil((4 * item.count) / busiest));
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
    // A range too short to hold its title at this zoom is drawn as a point, title beside it.
    ...(entry.endDay - entry.startDay >= (query.toDay - query.fromDay) / MIN_RANGE_FRACTION
      ? { endDay: entry.endDay + 1 }
      : {}),
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
