import { z } from "zod";
import { isoDay } from "./dates.ts";

export const eventPrecisions = ["day", "month", "year", "approximate"] as const;
export const eventPrecision = z.enum(eventPrecisions);
export type EventPrecision = z.infer<typeof eventPrecision>;

/** Where an article speaks of an event; `start`/`end` are UTF-16 offsets into the article's `text`. */
export const mention = z.object({
  articleId: z.string().min(1),
  sourceId: z.string().min(1),
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Mention = z.infer<typeof mention>;

/** One event on the calendar (contract §3). Fields after `mentions` extend the contract. */
export const event = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  start: isoDay,
  end: isoDay.optional(),
  precision: eventPrecision,
  sourceIds: z.array(z.string()),
  articleIds: z.array(z.string()),
  mentions: z.array(mention),
  /** A one-line neutral summary, for link previews and tooltips. */
  summary: z.string().optional(),
  /**
   * Ids into the `entities` file: people, organisations, countries and places taking part, most
   * named first (schema 4.3; sorted by id before).
   */
  entityIds: z.array(z.string()).optional(),
  /** How many of the event's mentions name each of `entityIds`, in its order (schema 4.3). */
  entityCounts: z.array(z.number().int().positive()).optional(),
  /**
   * Places in the manifest's `files.articles` of the files holding the event's articles, sorted and
   * distinct (schema 3.1): the detail fetches only these. Older data has none: fetch every file.
   */
  articleFiles: z.array(z.number().int().nonnegative()).optional(),
});
export type Event = z.infer<typeof event>;
export const eventsFile = z.array(event);

/**
 * What the timeline, the lanes, the list and the filter's results read of an event (schema 4.1): an
 * event without its mentions, articles, summary and entities. The manifest's `files.eventSummaries`
 * holds these, one file per file of `files.events`, so that the app draws every event without
 * downloading every quote; the full record is fetched when the event is opened.
 */
export const eventSummary = event.pick({
  id: true,
  title: true,
  start: true,
  end: true,
  precision: true,
  sourceIds: true,
});
export type EventSummary = z.infer<typeof eventSummary>;
export const eventSummariesFile = z.array(eventSummary);
