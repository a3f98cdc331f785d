import type { z } from "zod";
import { eventIdShards, spanOf, splitEventsByPeriod, startsPerDay } from "../lib/event-files.ts";
import { encodeSourceStarts } from "../lib/source-starts.ts";
import type { Event, EventSummary } from "../schema/event.ts";
import { eventSummariesFile, eventsFile } from "../schema/event.ts";
import { type EventFileSpan, eventIdsFile, type Manifest } from "../schema/manifest.ts";

/** Writes one file under a stem and returns its content-hashed name (project-files.ts's `add`). */
type AddFile = (stem: string, schema: z.ZodType, data: unknown) => string;

/**
 * The events files (`events-2018`, `events-2018-06`, `events-2018-06-14`: see src/lib/event-files.ts),
 * beside each its summaries file (`event-summaries-2018`...: the same events without their mentions,
 * which is all the timeline draws), and what the manifest says about them so that the browser fetches
 * the visible window's file first: each file's days and size, the events per day and per outlet and
 * day, and the id → file table for links to one event.
 */
export function projectEventFiles(
  events: readonly Event[],
  add: AddFile,
): {
  files: string[];
  /** One per file of `files`, in the same order. */
  summaries: string[];
  eventIds: string[];
  manifest: Pick<Manifest, "eventSpans" | "eventStarts" | "sourceStarts">;
} {
  const periods = splitEventsByPeriod(events);
  const summaries: string[] = [];
  const spans: EventFileSpan[] = periods.map(({ period, events: inFile }) => {
    summaries.push(add(`event-summaries-${period}`, eventSummariesFile, inFile.map(projectEventSummary)));
    return { file: add(`events-${period}`, eventsFile, inFile), ...spanOf(inFile) };
  });
  const eventIds = eventIdShards(periods.map((p) => p.events)).map((shard, i) =>
    add(`event-ids-${String(i).padStart(3, "0")}`, eventIdsFile, shard),
  );
  const eventStarts = startsPerDay(events);
  const sourceStarts = encodeSourceStarts(events, Object.keys(eventStarts));
  return {
    files: spans.map((s) => s.file),
    summaries,
    eventIds,
    manifest: {
      eventSpans: spans,
      eventStarts,
      ...(Object.keys(sourceStarts).length ? { sourceStarts } : {}),
    },
  };
}

/** An event as the timeline, the lanes, the list and the filter's results read it. */
export function projectEventSummary(e: Event): EventSummary {
  return {
    id: e.id,
    title: e.title,
    start: e.start,
    ...(e.end !== undefined ? { end: e.end } : {}),
    precision: e.precision,
    sourceIds: e.sourceIds,
  };
}
