import { z } from "zod";
import { isoDay } from "./dates.ts";

/** A data file name relative to the manifest: no folders, no way out of the data directory. */
const dataFileName = z.string().regex(/^[A-Za-z0-9._-]+\.json$/, "expected a plain .json file name");

/** One events file's days (its events' first start to last end, both included) and how many it holds. */
export const eventFileSpan = z.object({
  file: dataFileName,
  start: isoDay,
  end: isoDay,
  count: z.number().int().nonnegative(),
});
export type EventFileSpan = z.infer<typeof eventFileSpan>;

export const manifest = z.object({
  schemaVersion: z.string(),
  articleCount: z.number().int().nonnegative(),
  eventCount: z.number().int().nonnegative(),
  sourceCount: z.number().int().nonnegative(),
  /** The span of the events (or of the articles when there are no events); null on an empty corpus. */
  range: z.object({ start: isoDay, end: isoDay }).nullable(),
  /**
   * Schema 4.2, extends contract §3: the first and last day an article of the corpus was published,
   * what the corpus covers; `range` also reaches back to the history the articles recall (a 2018
   * corpus has events dated 1953). Absent in older data and on an empty corpus.
   */
  published: z.object({ start: isoDay, end: isoDay }).optional(),
  /**
   * Extends contract §3, so that the app can draw the visible window before the other events files
   * arrive: each file of `files.events`, in the same order, with its days and its number of events.
   * Absent from data built before it existed; the app then loads every events file before drawing.
   */
  eventSpans: z.array(eventFileSpan).optional(),
  /** How many events start on each day, days in order (days without one left out): the opening window. */
  eventStarts: z.record(isoDay, z.number().int().positive()).optional(),
  /**
   * Each outlet's events by start day, so that every lane's counts are right before its events arrive
   * (schema 4.1; src/lib/source-starts.ts reads and writes it): per outlet id, one entry per event it
   * reported, in date order, each the number of `eventStarts` days after the previous entry's day (the
   * first: after the first day), comma-separated. `"0,0,3"`: two events on the first day of
   * `eventStarts`, one on its fourth. Absent in older data: lanes count the events loaded so far.
   */
  sourceStarts: z.record(z.string().min(1), z.string().regex(/^\d+(,\d+)*$/)).optional(),
  files: z.object({
    articles: z.array(dataFileName),
    events: z.array(dataFileName),
    /**
     * Schema 4.1: the same events as `files.events`, file for file (the same place names the same
     * period), with only what the timeline and the list show (`eventSummary` in event.ts). Absent in
     * older data: the app then draws from the full files.
     */
    eventSummaries: z.array(dataFileName).optional(),
    sources: dataFileName,
    entities: dataFileName.optional(),
    /** Every mention of every entity, in files of some tens of thousands (see `entitySummary.mentionsFile`). */
    entityMentions: z.array(dataFileName).optional(),
    comparisons: z.array(dataFileName).optional(),
    search: z.array(dataFileName).optional(),
    report: dataFileName,
    /**
     * The id → events file table in shards (`src/lib/event-files.ts` says which shard holds an id),
     * so that a link to one event loads that event's file first. Absent with a single events file.
     */
    eventIds: z.array(dataFileName).optional(),
  }),
});
export type Manifest = z.infer<typeof manifest>;

/** A shard of the id → events file table: `[event id, place of its file in files.events]`. */
export const eventIdsFile = z.array(z.tuple([z.string().min(1), z.number().int().nonnegative()]));
export type EventIdsFile = z.infer<typeof eventIdsFile>;
