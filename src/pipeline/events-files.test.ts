import { describe, expect, it } from "vitest";
import { eventIdShard } from "../lib/event-files.ts";
import { sourceStartPlaces } from "../lib/source-starts.ts";
import { testEvent } from "../lib/test-event.ts";
import type { Event } from "../schema/event.ts";
import { eventIdsFile, manifest as manifestSchema } from "../schema/manifest.ts";
import { projectEventFiles } from "./events-files.ts";

function event(id: string, start: string, end?: string): Event {
  return testEvent(id, start, {
    quote: `Officials said the ${id} went ahead. `.repeat(40),
    ...(end ? { end } : {}),
  });
}

/** An in-memory `add`, as project-files.ts hands it over: names by stem, keeps the parsed content. */
function memoryAdd() {
  const written = new Map<string, unknown>();
  const add = (stem: string, schema: { parse: (d: unknown) => unknown }, data: unknown) => {
    const name = `${stem}.json`;
    written.set(name, JSON.parse(JSON.stringify(schema.parse(data))));
    return name;
  };
  return { written, add };
}

describe("projectEventFiles", () => {
  // 2017: a few events (one file); 2018: 1,500 events of ~1.6 KB each, far more than one file holds.
  const events = [
    event("old-1", "2017-03-02"),
    event("old-2", "2017-11-30", "2018-01-05"),
    ...Array.from({ length: 1_500 }, (_, i) =>
      event(
        `e${i}`,
        `2018-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
      ),
    ),
  ];

  it("writes the events in files of a year, a month or a run of days, each listed with its span", () => {
    const { written, add } = memoryAdd();
    const out = projectEventFiles(events, add);
    expect(out.files[0]).toBe("events-2017.json");
    expect(out.files.some((f) => /^events-2018-\d\d\.json$/.test(f))).toBe(true);
    expect(out.files.every((f) => /^events-(2017|2018-\d\d(-\d\d)?)\.json$/.test(f))).toBe(true);
    expect(out.manifest.eventSpans?.map((s) => s.file)).toEqual(out.files);
    expect(out.manifest.eventSpans?.[0]).toEqual({
      file: "events-2017.json",
      start: "2017-03-02",
      end: "2018-01-05",
      count: 2,
    });
    // Every event once, in the file its span says.
    const all = out.files.flatMap((f) => written.get(f) as Event[]);
    expect(all.map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
    for (const span of out.manifest.eventSpans ?? []) {
      const inFile = written.get(span.file) as Event[];
      expect(inFile).toHaveLength(span.count);
      for (const e of inFile) expect(e.start >= span.start && (e.end ?? e.start) <= span.end).toBe(true);
    }
    const starts = Object.values(out.manifest.eventStarts ?? {});
    expect(starts.reduce((a, b) => a + b, 0)).toBe(events.length);
  });

  it("writes the id → file table, each id in the shard its hash names, pointing at its file", () => {
    const { written, add } = memoryAdd();
    const out = projectEventFiles(events, add);
    expect(out.eventIds.length).toBe(2);
    const fileOf = new Map<string, number>();
    out.eventIds.forEach((name, shard) => {
      for (const [id, file] of eventIdsFile.parse(written.get(name))) {
        expect(eventIdShard(id, out.eventIds.length)).toBe(shard);
        fileOf.set(id, file);
      }
    });
    for (const e of events) {
      const file = out.files[fileOf.get(e.id) ?? -1] ?? "";
      expect((written.get(file) as Event[]).some((x) => x.id === e.id)).toBe(true);
    }
  });

  it("gives a manifest the shared schema accepts, and the same files for the same events", () => {
    const first = memoryAdd();
    const out = projectEventFiles(events, first.add);
    const manifest = {
      schemaVersion: "1.0",
      articleCount: 0,
      eventCount: events.length,
      sourceCount: 1,
      range: null,
      ...out.manifest,
      files: {
        articles: [],
        events: out.files,
        eventSummaries: out.summaries,
        sources: "s.json",
        report: "r.json",
        eventIds: out.eventIds,
      },
    };
    expect(manifestSchema.safeParse(manifest).success).toBe(true);
    const again = memoryAdd();
    projectEventFiles(events, again.add);
    expect([...again.written]).toEqual([...first.written]);
  });

  it("writes one file and no id table for a small corpus", () => {
    const { add } = memoryAdd();
    const out = projectEventFiles([event("a", "2018-05-01"), event("b", "2018-06-01")], add);
    expect(out.files).toEqual(["events-2018.json"]);
    expect(out.summaries).toEqual(["event-summaries-2018.json"]);
    expect(out.eventIds).toEqual([]);
  });

  it("writes beside each events file its summaries: the same events, in the same order, without mentions", () => {
    const { written, add } = memoryAdd();
    const withEnd = [...events, { ...event("long", "2018-04-02", "2018-04-20"), summary: "A long one." }];
    const out = projectEventFiles(withEnd, add);
    expect(out.summaries).toHaveLength(out.files.length);
    out.files.forEach((file, i) => {
      const summaryFile = out.summaries[i] ?? "";
      // The same period's name, so a reader can tell which is which.
      expect(summaryFile.replace("event-summaries-", "events-")).toBe(file);
      const full = written.get(file) as Event[];
      const summaries = written.get(summaryFile) as Record<string, unknown>[];
      expect(summaries).toEqual(
        full.map((e) => ({
          id: e.id,
          title: e.title,
          start: e.start,
          ...(e.end ? { end: e.end } : {}),
          precision: e.precision,
          sourceIds: e.sourceIds,
        })),
      );
    });
    const long = out.summaries
      .flatMap((f) => written.get(f) as Record<string, unknown>[])
      .find((e) => e.id === "long");
    expect(Object.keys(long ?? {})).toEqual(["id", "title", "start", "end", "precision", "sourceIds"]);
    // A summary is a small part of its event: here 1.6 KB of quotes each.
    const size = (files: string[]) => files.reduce((n, f) => n + JSON.stringify(written.get(f)).length, 0);
    expect(size(out.summaries)).toBeLessThan(size(out.files) / 10);
  });

  it("counts each outlet's events per day in the manifest, one entry per event and outlet", () => {
    const { add } = memoryAdd();
    const mixed = events.map((e, i) => ({
      ...e,
      sourceIds: i % 3 === 0 ? ["kcna", "reuters"] : i % 3 === 1 ? ["reuters"] : ["kcna", "kcna"],
    }));
    const out = projectEventFiles(mixed, add);
    const days = Object.keys(out.manifest.eventStarts ?? {});
    const starts = out.manifest.sourceStarts ?? {};
    expect(Object.keys(starts)).toEqual(["kcna", "reuters"]);
    for (const id of ["kcna", "reuters"]) {
      const counted = new Map<string, number>();
      for (const place of sourceStartPlaces(starts[id] ?? "")) {
        const day = days[place] ?? "?";
        counted.set(day, (counted.get(day) ?? 0) + 1);
      }
      const expected = new Map<string, number>();
      for (const e of mixed.filter((x) => x.sourceIds.includes(id)))
        expected.set(e.start, (expected.get(e.start) ?? 0) + 1);
      expect(counted).toEqual(expected);
    }
  });
});
