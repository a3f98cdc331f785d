import { describe, expect, it } from "vitest";
import { spanOf, startsPerDay } from "../../lib/event-files.ts";
import { encodeSourceStarts } from "../../lib/source-starts.ts";
import type { EventSummary } from "../../schema/event.ts";
import type { Manifest } from "../../schema/manifest.ts";
import { dayNumber } from "../format/days.ts";
import { startDaysOf } from "./start-days.ts";

const ev = (id: string, start: string, sourceIds: string[]): EventSummary => ({
  id,
  title: id,
  start,
  precision: "day",
  sourceIds,
});
const events = [
  ev("a", "2018-01-01", ["kcna", "reuters"]),
  ev("b", "2018-01-01", ["kcna"]),
  ev("c", "2018-01-09", ["reuters"]),
  ev("d", "2018-03-02", ["kcna", "kcna"]),
  ev("e", "2018-03-02", []),
];

/** The manifest's counts as the pipeline writes them (events-files.ts), one events file. */
function manifestOf(list: EventSummary[]): Manifest {
  const eventStarts = startsPerDay(list);
  return {
    schemaVersion: "4.1",
    articleCount: 0,
    eventCount: list.length,
    sourceCount: 2,
    range: null,
    eventSpans: [{ file: "events-2018.json", ...spanOf(list) }],
    eventStarts,
    sourceStarts: encodeSourceStarts(list, Object.keys(eventStarts)),
    files: { articles: [], events: ["events-2018.json"], sources: "s.json", report: "r.json" },
  };
}
const days = (...list: string[]) => list.map(dayNumber);

describe("startDaysOf", () => {
  it("gives every event's start day, over all outlets and per outlet", () => {
    const starts = startDaysOf(manifestOf(events));
    expect(starts?.all).toEqual(days("2018-01-01", "2018-01-01", "2018-01-09", "2018-03-02", "2018-03-02"));
    expect(starts?.bySource).toEqual(
      new Map([
        ["kcna", days("2018-01-01", "2018-01-01", "2018-03-02")],
        ["reuters", days("2018-01-01", "2018-01-09")],
      ]),
    );
  });

  it("has no outlets' days in data without them, and none at all without counts per day", () => {
    const { sourceStarts: _, ...old } = manifestOf(events);
    expect(startDaysOf(old)).toEqual({ all: startDaysOf(manifestOf(events))?.all });
    const { eventStarts: __, ...older } = old;
    expect(startDaysOf(older)).toBeUndefined();
  });

  it("leaves out outlets' days that do not add up with the day counts (edited by hand)", () => {
    const manifest = manifestOf(events);
    // A place past the last day, and more KCNA events on the first day than start on it in all.
    for (const kcna of ["0,0,9", "0,0,0"]) {
      const edited = { ...manifest, sourceStarts: { ...manifest.sourceStarts, kcna } };
      const starts = startDaysOf(edited);
      expect(starts?.all).toHaveLength(events.length);
      expect(starts?.bySource).toBeUndefined();
    }
  });
});
