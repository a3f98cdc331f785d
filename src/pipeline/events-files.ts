import type { z } from "zod";
import { eventIdShards, spanOf, splitEventsByPeriod, startsPerDay } from "../lib/event-files.ts";
import type { Event } from "../schema/event.ts";
import { eventsFile } from "../schema/event.ts";
import { type EventFileSpan, eventIdsFile, type Manifest } from "../schema/manifest.ts";

/** Writes one file under a stem and returns its content-hashed name (project-files.ts's `add`). */
type AddFile = (stem: string, schema: z.ZodType, data: unknown) => string;

/**
 * The events files (`events-2018`, `events-2018-06`, `events-2018-06-14`: see src/lib/event-files.ts)
 * and what the manifest says about them so that the browser fetches the visible window's file first:
 * each file's days and size, the events per day, and the id → file table for links to one event.
 */
export function projectEventFiles(
  events: readonly Event[],
  add: AddFile,
): {
  files: string[];
  eventIds: string[];
  manifest: Pick<Manifest, "eventSpans" | "eventStarts">;
} {
  const periods = splitEventsByPeriod(events);
  const spans: EventFileSpan[] = periods.map(({ period, events: inFile }) => ({
    file: add(`events-${period}`, eventsFile, inFile),
    ...spanOf(inFile),
  }));
  const eventIds = eventIdShards(periods.map((p) => p.events)).map((shard, i) =>
    add(`event-ids-${String(i).padStart(3, "0")}`, eventIdsFile, shard),
  );
  return {
    files: spans.map((s) => s.file),
    eventIds,
    manifest: { eventSpans: spans, eventStarts: startsPerDay(events) },
  };
}
