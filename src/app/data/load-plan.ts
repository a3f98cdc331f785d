import type { Manifest } from "../../schema/manifest.ts";
import { dayNumber } from "../format/days.ts";
import {
  type DayWindow,
  openingWindow,
  type StartCounts,
  windowShowing,
} from "../timeline/initial-window.ts";

/**
 * The files the timeline is drawn from: the summaries (schema 4.1), one per events file and in the
 * same order, so that a place in one list names the same period in the other; or, for data without
 * them (or whose lists do not line up: edited by hand), the full events files, as before.
 */
export type TimelineFiles = { kind: "summaries" | "events"; files: string[] };

export function timelineFiles(manifest: Manifest): TimelineFiles {
  const { events, eventSummaries } = manifest.files;
  return eventSummaries && eventSummaries.length === events.length
    ? { kind: "summaries", files: eventSummaries }
    : { kind: "events", files: events };
}

/** What the page was opened on, as far as the choice of the first events files goes. */
export type OpeningRequest = {
  /** The URL's window, when it gives a sound one. */
  window?: DayWindow;
  /** The linked event. */
  eventId: string | null;
  /**
   * Outlets or a full-text filter in the URL: without a window in the URL, the opening window is then
   * picked from the events they leave, which the manifest's counts cannot tell.
   */
  narrowed: boolean;
};

/** Where the linked event is, as far as it is known yet. */
export type LinkedEvent =
  | { status: "none" }
  | { status: "pending" }
  /** The id → file table could not be read: the event is found by loading everything. */
  | { status: "failed" }
  /** No such event in this data. */
  | { status: "missing" }
  /** In this file (its place in `files.events`, and in `files.eventSummaries`); `days` once known. */
  | { status: "found"; file: number; days?: { startDay: number; endDay: number } };

export type LoadPlan = {
  /** Whether the files named here are summaries or full events files (`timelineFiles`). */
  kind: TimelineFiles["kind"];
  /**
   * The files the first draw needs, or undefined while the linked event's file is still being looked
   * up or loaded (`wait`: that file, or none while the table's shard loads).
   */
  first?: string[];
  wait?: string;
  /** Every file the timeline draws from, the first ones, then the others nearest the opening window first. */
  order: string[];
  /** The opening window when the manifest decided it (otherwise the explorer picks it from the events). */
  opening?: DayWindow;
};

/**
 * Which of the timeline's files (`timelineFiles`: summaries, else full events files) to fetch before
 * the first draw: those overlapping the window the page opens on, decided from the manifest alone as
 * the explorer would decide it from all the events: the URL's window, else the densest recent stretch
 * of the manifest's counts per day; moved to show the linked event, whose file the id → file table
 * names. When that cannot be known (data built before the manifest held spans, a filter in the URL
 * without a window), every file is needed first, as before.
 */
export function planLoad(manifest: Manifest, request: OpeningRequest, linked: LinkedEvent): LoadPlan {
  const { kind, files } = timelineFiles(manifest);
  const all: LoadPlan = { kind, first: files, order: files };
  const spans = spansOf(manifest);
  if (!spans || files.length <= 1) return all;
  let window = request.window;
  if (!window) {
    const counts = startCountsOf(manifest, spans);
    if (request.narrowed || !counts) return all;
    window = openingWindow(counts);
  }
  let eventFile: number | undefined;
  if (request.eventId) {
    if (!manifest.files.eventIds?.length || linked.status === "failed") return all;
    if (linked.status === "none" || linked.status === "pending") return { kind, order: files };
    if (linked.status === "found") {
      eventFile = linked.file;
      if (!linked.days) return { kind, order: files, wait: files[linked.file] };
      window = windowShowing(window, linked.days);
    }
  }
  const opening = window;
  const distance = spans.map((s, i) =>
    i === eventFile ? -1 : Math.max(0, s.startDay - opening.toDay, opening.fromDay - s.endDay),
  );
  const order = files
    .map((file, i) => ({ file, i }))
    .sort((a, b) => (distance[a.i] ?? 0) - (distance[b.i] ?? 0) || a.i - b.i)
    .map(({ file }) => file);
  return { kind, first: files.filter((_, i) => (distance[i] ?? 1) <= 0), order, opening };
}

type DaySpan = { startDay: number; endDay: number; count: number };

/** The manifest's spans as days, when they describe exactly the files it lists (hand-edited data may not). */
function spansOf(manifest: Manifest): DaySpan[] | undefined {
  const { eventSpans } = manifest;
  const files = manifest.files.events;
  if (!eventSpans || eventSpans.length !== files.length || eventSpans.some((s, i) => s.file !== files[i]))
    return undefined;
  return eventSpans.map((s) => ({ startDay: dayNumber(s.start), endDay: dayNumber(s.end), count: s.count }));
}

/** The manifest's counts per day, as the opening window reads them; undefined if they disagree with the spans. */
export function startCountsOf(manifest: Manifest, spans = spansOf(manifest)): StartCounts | undefined {
  if (!manifest.eventStarts || !spans?.length) return undefined;
  const days: number[] = [];
  const counts: number[] = [];
  let total = 0;
  for (const [day, count] of Object.entries(manifest.eventStarts)) {
    const n = dayNumber(day);
    if (days.length && n <= (days[days.length - 1] ?? n)) return undefined;
    days.push(n);
    counts.push(count);
    total += count;
  }
  if (total !== spans.reduce((sum, s) => sum + s.count, 0) || days.length === 0) return undefined;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (const s of spans) lastDay = Math.max(lastDay, s.endDay);
  return { days, counts, total, firstDay: days[0] ?? 0, lastDay };
}
