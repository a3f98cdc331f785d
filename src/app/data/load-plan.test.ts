import { describe, expect, it } from "vitest";
import { eventIdShards, spanOf, splitEventsByPeriod, startsPerDay } from "../../lib/event-files.ts";
import { seededRandom } from "../../lib/seeded-random.ts";
import { testEvent } from "../../lib/test-event.ts";
import type { Event } from "../../schema/event.ts";
import type { Manifest } from "../../schema/manifest.ts";
import { dayNumber, dayString } from "../format/days.ts";
import { indexEvents } from "../timeline/event-index.ts";
import { initialWindow } from "../timeline/initial-window.ts";
import { compareEvents } from "./event-order.ts";
import { type LinkedEvent, type OpeningRequest, planLoad, timelineFiles } from "./load-plan.ts";

function event(id: string, start: string, end?: string): Event {
  return testEvent(id, start, { quote: "q".repeat(300), ...(end ? { end } : {}) });
}

/**
 * A manifest as the pipeline wrote it before summaries (project-files.ts, events-files.ts; schema
 * 4.0), files of at most `maxBytes`: `withSummaries` adds what 4.1 adds.
 */
function manifestOf(events: Event[], maxBytes = 20_000): { manifest: Manifest; files: Event[][] } {
  const periods = splitEventsByPeriod(events, maxBytes);
  const names = periods.map((p) => `events-${p.period}.json`);
  const manifest: Manifest = {
    schemaVersion: "1.0",
    articleCount: 0,
    eventCount: events.length,
    sourceCount: 1,
    range: null,
    eventSpans: periods.map((p, i) => ({ file: names[i] ?? "", ...spanOf(p.events) })),
    eventStarts: startsPerDay(events),
    files: {
      articles: [],
      events: names,
      sources: "sources.json",
      report: "report.json",
      eventIds: eventIdShards(periods.map((p) => p.events)).map((_, i) => `event-ids-${i}.json`),
    },
  };
  return { manifest, files: periods.map((p) => p.events) };
}

/** Events over three years, some in bursts, a few lasting weeks. */
function corpus(count: number, seed: number): Event[] {
  const rand = seededRandom(seed);
  const first = dayNumber("2016-01-01");
  return Array.from({ length: count }, (_, i) => {
    const burst = rand() < 0.4;
    const day = burst ? first + 700 + Math.floor(rand() * 30) : first + Math.floor(rand() * 1095);
    const end = rand() < 0.05 ? dayString(day + 1 + Math.floor(rand() * 40)) : undefined;
    return event(`ev-${i}`, dayString(day), end);
  });
}

/** The same manifest with a summaries file beside each events file, as schema 4.1 lists them. */
function withSummaries(manifest: Manifest): Manifest {
  const eventSummaries = manifest.files.events.map((f) => f.replace(/^events-/, "event-summaries-"));
  return { ...manifest, files: { ...manifest.files, eventSummaries } };
}
const summaryOf = (file: string | undefined) => file?.replace(/^events-/, "event-summaries-");

const none: LinkedEvent = { status: "none" };
const noLink: OpeningRequest = { eventId: null, narrowed: false };
const overlaps = (span: { start: string; end: string }, from: number, to: number) =>
  dayNumber(span.end) >= from && dayNumber(span.start) <= to;

describe("planLoad", () => {
  const events = corpus(2_000, 3);
  const { manifest } = manifestOf(events);
  const spans = manifest.eventSpans ?? [];

  it("opens on the window the explorer would pick from every event, decided from the manifest alone", () => {
    for (const seed of [1, 2, 5, 8]) {
      const all = corpus(400 + seed * 300, seed);
      const plan = planLoad(manifestOf(all).manifest, noLink, none);
      expect(plan.opening).toEqual(initialWindow(indexEvents([...all].sort(compareEvents))));
    }
    // A small corpus opens whole: its files all overlap the window.
    const small = corpus(200, 4);
    const plan = planLoad(manifestOf(small, 5_000).manifest, noLink, none);
    expect(plan.opening).toEqual(initialWindow(indexEvents([...small].sort(compareEvents))));
    expect(plan.first).toHaveLength(manifestOf(small, 5_000).manifest.files.events.length);
  });

  it("fetches first exactly the files overlapping the opening window, then the nearest others", () => {
    const plan = planLoad(manifest, noLink, none);
    const { fromDay, toDay } = plan.opening ?? { fromDay: 0, toDay: 0 };
    const expected = spans.filter((s) => overlaps(s, fromDay, toDay)).map((s) => s.file);
    expect(plan.first).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    // Half the events are in that window (a burst), and not many more are fetched with it.
    const fetched = spans.filter((s) => expected.includes(s.file)).reduce((n, s) => n + s.count, 0);
    const inWindow = events.filter((e) =>
      overlaps({ start: e.start, end: e.end ?? e.start }, fromDay, toDay),
    );
    expect(fetched).toBeLessThan(inWindow.length * 1.1);
    expect(fetched).toBeLessThan(events.length * 0.6);
    expect(plan.order.slice(0, expected.length)).toEqual(expected);
    expect([...plan.order].sort()).toEqual([...manifest.files.events].sort());
    // After the window's files, the rest by distance from it.
    const gap = (file: string) => {
      const s = spans.find((x) => x.file === file);
      return s ? Math.max(0, dayNumber(s.start) - toDay, fromDay - dayNumber(s.end)) : -1;
    };
    const gaps = plan.order.map(gap);
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
  });

  it("takes the URL's window as it is, filter or not", () => {
    const window = { fromDay: dayNumber("2016-03-01"), toDay: dayNumber("2016-03-20") };
    for (const narrowed of [false, true]) {
      const plan = planLoad(manifest, { window, eventId: null, narrowed }, none);
      expect(plan.first).toEqual(
        spans.filter((s) => overlaps(s, window.fromDay, window.toDay)).map((s) => s.file),
      );
    }
  });

  it("loads everything first when the manifest cannot decide the window", () => {
    const files = manifest.files.events;
    // Outlets or a filter in the URL, no window: the window comes from the events they leave.
    expect(planLoad(manifest, { eventId: null, narrowed: true }, none).first).toEqual(files);
    // Data built before the manifest had spans, or spans edited out of step with the files.
    const { eventSpans: _, ...old } = manifest;
    expect(planLoad(old, noLink, none).first).toEqual(files);
    const edited = { ...manifest, files: { ...manifest.files, events: files.slice(1) } };
    expect(planLoad(edited, noLink, none).first).toEqual(files.slice(1));
    const recounted = { ...manifest, eventStarts: { "2016-01-01": 1 } };
    expect(planLoad(recounted, noLink, none).first).toEqual(files);
  });

  it("finds a linked event's file through the id table, then opens on the window that shows it", () => {
    const target = events.find((e) => e.start < "2016-06-01") ?? events[0];
    if (!target) throw new Error("no event");
    const request = { eventId: target.id, narrowed: false };
    const file = manifest.files.events.findIndex((_, i) =>
      (manifestOf(events).files[i] ?? []).some((e) => e.id === target.id),
    );
    expect(planLoad(manifest, request, { status: "pending" }).first).toBeUndefined();
    const waiting = planLoad(manifest, request, { status: "found", file });
    expect(waiting.first).toBeUndefined();
    expect(waiting.wait).toBe(manifest.files.events[file]);

    const days = { startDay: dayNumber(target.start), endDay: dayNumber(target.end ?? target.start) };
    const plan = planLoad(manifest, request, { status: "found", file, days });
    const opening = planLoad(manifest, noLink, none).opening ?? { fromDay: 0, toDay: 0 };
    // The default window's width, moved to the event, as the timeline moves it.
    expect((plan.opening?.toDay ?? 0) - (plan.opening?.fromDay ?? 0)).toBe(opening.toDay - opening.fromDay);
    expect(plan.opening?.fromDay).toBeLessThanOrEqual(days.startDay);
    expect(plan.opening?.toDay).toBeGreaterThanOrEqual(days.endDay);
    expect(plan.first).toContain(manifest.files.events[file]);
    expect(plan.order[0]).toBe(manifest.files.events[file]);
    expect(plan.first).not.toContain(planLoad(manifest, noLink, none).first?.at(-1));
  });

  it("opens as without a link when the event is not in the data, and loads all when the table fails", () => {
    const request = { eventId: "no-such-event", narrowed: false };
    expect(planLoad(manifest, request, { status: "missing" }).first).toEqual(
      planLoad(manifest, noLink, none).first,
    );
    expect(planLoad(manifest, request, { status: "failed" }).first).toEqual(manifest.files.events);
    const withoutTable = { ...manifest, files: { ...manifest.files, eventIds: [] } };
    expect(planLoad(withoutTable, request, none).first).toEqual(manifest.files.events);
  });
});

describe("planLoad with summaries files", () => {
  const events = corpus(2_000, 3);
  const old = manifestOf(events).manifest;
  const manifest = withSummaries(old);

  it("loads the summaries, never the full events files, for the same places as the full files before", () => {
    const request = { window: { fromDay: dayNumber("2018-01-01"), toDay: dayNumber("2018-02-15") } };
    for (const r of [noLink, { ...noLink, ...request }]) {
      const before = planLoad(old, r, none);
      const plan = planLoad(manifest, r, none);
      expect(plan.kind).toBe("summaries");
      expect(before.kind).toBe("events");
      expect(plan.opening).toEqual(before.opening);
      expect(plan.first).toEqual(before.first?.map(summaryOf));
      expect(plan.order).toEqual(before.order.map(summaryOf));
      expect(plan.first?.length).toBeGreaterThan(0);
      expect(plan.first?.length).toBeLessThan(manifest.files.events.length);
      for (const file of plan.order) expect(manifest.files.events).not.toContain(file);
    }
  });

  it("looks a linked event's days up in its summaries file", () => {
    const target = events.find((e) => e.start < "2016-06-01") ?? events[0];
    if (!target) throw new Error("no event");
    const files = manifestOf(events).files;
    const file = files.findIndex((inFile) => inFile.some((e) => e.id === target.id));
    const request = { eventId: target.id, narrowed: false };
    expect(planLoad(manifest, request, { status: "found", file }).wait).toBe(
      manifest.files.eventSummaries?.[file],
    );
    const days = { startDay: dayNumber(target.start), endDay: dayNumber(target.end ?? target.start) };
    const plan = planLoad(manifest, request, { status: "found", file, days });
    expect(plan.order[0]).toBe(manifest.files.eventSummaries?.[file]);
    expect(plan.first).toEqual(planLoad(old, request, { status: "found", file, days }).first?.map(summaryOf));
  });

  it("falls back to the full files when the summaries are missing or do not line up with them", () => {
    expect(timelineFiles(old)).toEqual({ kind: "events", files: old.files.events });
    expect(timelineFiles(manifest)).toEqual({ kind: "summaries", files: manifest.files.eventSummaries });
    const short = {
      ...manifest,
      files: { ...manifest.files, eventSummaries: manifest.files.eventSummaries?.slice(1) ?? [] },
    };
    expect(timelineFiles(short).kind).toBe("events");
    expect(planLoad(short, noLink, none).order).toEqual(planLoad(old, noLink, none).order);
    // Loading everything first (no spans) loads every summaries file, still not the full ones.
    const { eventSpans: _, ...noSpans } = manifest;
    expect(planLoad(noSpans, noLink, none)).toEqual({
      kind: "summaries",
      first: manifest.files.eventSummaries,
      order: manifest.files.eventSummaries,
    });
  });
});
