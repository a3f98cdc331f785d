import { describe, expect, it } from "vitest";
import { eventIdShard } from "../lib/event-files.ts";
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
      files: { articles: [], events: out.files, sources: "s.json", report: "r.json", eventIds: out.eventIds },
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
    expect(out.eventIds).toEqual([]);
  });
});
