import type { Event } from "../schema/event.ts";
import { splitByPeriod } from "./period-files.ts";

/**
 * How the events are cut into files, so that the browser can fetch the visible window's events
 * before the rest. Used by the pipeline and by the browser tests' corpus generator, so that tests
 * and the bench load the same kind of files the pipeline writes.
 *
 * A file is one calendar year of event starts, cut finer when big (src/lib/period-files.ts).
 */

/** Above this many bytes (estimated, raw JSON) a period is cut finer: about 25 KB over the wire. */
export const EVENT_FILE_BYTES = 256 * 1024;
/** Events per shard of the id → file table: a link to one event loads one shard of a few KB. */
export const EVENT_IDS_PER_SHARD = 1000;

/** A file's period: `2018`, `2018-06`, or `2018-06-14` for the run of days starting then. */
export type EventPeriod<T> = { period: string; events: T[] };

type Sized = Pick<Event, "start" | "title" | "summary" | "sourceIds" | "articleIds" | "entityIds"> & {
  mentions: readonly { articleId: string; sourceId: string; quote: string }[];
};

/**
 * Roughly the bytes of the event's JSON, without writing it: the choice of cuts needs only the order
 * of magnitude, and the build writes every event once already.
 */
export function estimateEventBytes(e: Sized): number {
  let bytes = 120 + e.title.length + (e.summary?.length ?? 0);
  for (const id of e.sourceIds) bytes += id.length + 3;
  for (const id of e.articleIds) bytes += id.length + 3;
  for (const id of e.entityIds ?? []) bytes += id.length + 3;
  for (const m of e.mentions) bytes += 70 + m.articleId.length + m.sourceId.length + m.quote.length;
  return bytes;
}

/**
 * The events grouped into files, periods in date order (src/lib/period-files.ts). Within a year or a
 * month the events keep their input order, so a year small enough for one file is written exactly as
 * before the cuts existed; a run of days holds its days in date order.
 */
export function splitEventsByPeriod<T extends Sized>(
  events: readonly T[],
  maxBytes = EVENT_FILE_BYTES,
): EventPeriod<T>[] {
  return splitByPeriod(events, (e) => e.start, estimateEventBytes, maxBytes).map(({ period, items }) => ({
    period,
    events: items,
  }));
}

/** The days a file's events cover (first start to last end, both included) and how many it holds. */
export function spanOf(events: readonly Pick<Event, "start" | "end">[]): {
  start: string;
  end: string;
  count: number;
} {
  let start = events[0]?.start ?? "";
  let end = start;
  for (const e of events) {
    if (e.start < start) start = e.start;
    const last = e.end && e.end > e.start ? e.end : e.start;
    if (last > end) end = last;
  }
  return { start, end, count: events.length };
}

/** How many events start on each day, days in order: enough to pick a window and count what is in it. */
export function startsPerDay(events: readonly Pick<Event, "start">[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.start, (counts.get(e.start) ?? 0) + 1);
  return Object.fromEntries([...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * The shard of the id → file table that holds an event's id: FNV-1a over the id's UTF-16 code units,
 * the same in Node and in the browser, for ids of any shape.
 */
export function eventIdShard(id: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % Math.max(1, shards);
}

/**
 * The id → file table, cut into shards: each lists `[id, file]` for the ids that hash to it, `file`
 * being the place of the event's file in the manifest's `files.events` (pairs rather than an object,
 * so that no id can be mistaken for an object's own key). Empty with one file or none: nothing to look up.
 */
export function eventIdShards(files: readonly (readonly Pick<Event, "id">[])[]): [string, number][][] {
  if (files.length <= 1) return [];
  const count = files.reduce((n, f) => n + f.length, 0);
  const shards = Array.from({ length: Math.ceil(count / EVENT_IDS_PER_SHARD) }, (): [string, number][] => []);
  files.forEach((events, file) => {
    for (const { id } of events) shards[eventIdShard(id, shards.length)]?.push([id, file]);
  });
  return shards;
}
