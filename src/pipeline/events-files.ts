import type { z } from "zod";
import { eventIdShards, spanOf, splitEventsByPeriod, startsPerDay } from "../lib/event-files.ts";
import { encodeSourceStarts } from "../lib/source-starts.ts";
import type { Event, EventSummary } from "../schema/event.ts";
import { eventSummariesFile, eventsFile } from "../schema/event.ts";
import { type EventFileSpan, eventIdsFile, type Manifest } from "../schema/manifest.ts";
import { type AddingFiles, addKnowing, type KnownFiles } from "./known-file-steps.ts";
import { runSteps } from "./run-steps.ts";

/** Writes one file under a stem and returns its content-hashed name (project-files.ts's `add`). */
type AddFile = (stem: string, schema: z.ZodType, data: unknown) => string;

/**
 * The events files (`events-2018`, `events-2018-06`, `events-2018-06-14`: see src/lib/event-files.ts),
 * beside each its summaries file (`event-summaries-2018`...: the same events without their mentions,
 * which is all the timeline draws), and what the manifest says about them so that the browser fetches
 * the visible window's file first: each file's days and size, the events per day and per outlet and
 * day, and the id → file table for links to one event.
 */
export function projectEventFiles(events: readonly Event[], add: AddFile): EventFileNames {
  return runSteps(projectEventFileSteps(events, add, () => undefined));
}

export interface EventFileNames {
  files: string[];
  /** One per file of `files`, in the same order. */
  summaries: string[];
  eventIds: string[];
  manifest: Pick<Manifest, "eventSpans" | "eventStarts" | "sourceStarts">;
}

/**
 * The same, a period at a time: each step yields `flush()` so that the caller writes its files and
 * lets their text go before the next are made. At 100,000 articles the events files are some 140 MB
 * of JSON, all made at once before.
 */
export function* projectEventFileSteps<Flushed>(
  events: readonly Event[],
  add: AddFile,
  flush: () => Flushed,
  /** The last build's events and summaries files, known by their events (see `addKnowing`). */
  knowing?: { files: AddingFiles; known: KnownFiles<Event> },
): Generator<Flushed, EventFileNames, undefined> {
  const periods = splitEventsByPeriod(events);
  const summaries: string[] = [];
  const spans: EventFileSpan[] = [];
  const addFile = (stem: string, schema: z.ZodType, inFile: readonly Event[], data: () => unknown) =>
    knowing
      ? addKnowing(knowing.files, knowing.known, stem, schema, inFile, data)
      : add(stem, schema, data());
  for (const { period, events: inFile } of periods) {
    summaries.push(
      addFile(`event-summaries-${period}`, eventSummariesFile, inFile, () => inFile.map(projectEventSummary)),
    );
    spans.push({ file: addFile(`events-${period}`, eventsFile, inFile, () => inFile), ...spanOf(inFile) });
    yield flush();
  }
  const eventIds: string[] = [];
  for (const [i, shard] of eventIdShards(periods.map((p) => p.events)).entries()) {
    eventIds.push(add(`event-ids-${String(i).padStart(3, "0")}`, eventIdsFile, shard));
    yield flush();
  }
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
