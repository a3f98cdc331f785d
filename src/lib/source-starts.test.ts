import { describe, expect, it } from "vitest";
import { encodeSourceStarts, sourceStartPlaces } from "./source-starts.ts";

const days = ["2018-01-01", "2018-01-05", "2018-02-10", "2018-03-01"];

describe("sourceStarts", () => {
  it("writes each outlet's events as gaps between places in the days, one entry per event", () => {
    const encoded = encodeSourceStarts(
      [
        { start: "2018-03-01", sourceIds: ["kcna"] },
        { start: "2018-01-01", sourceIds: ["kcna", "reuters"] },
        { start: "2018-01-01", sourceIds: ["kcna", "kcna"] },
        { start: "2018-02-10", sourceIds: ["reuters"] },
        { start: "2018-01-05", sourceIds: [] },
      ],
      days,
    );
    // Outlets in id order; an outlet named twice by one event counts it once; no outlet, no entry.
    expect(encoded).toEqual({ kcna: "0,0,3", reuters: "0,2" });
    expect(Object.keys(encoded)).toEqual(["kcna", "reuters"]);
    expect(sourceStartPlaces(encoded.kcna ?? "")).toEqual([0, 0, 3]);
    expect(sourceStartPlaces(encoded.reuters ?? "")).toEqual([0, 2]);
  });

  it("reads back what it wrote for many events, whatever their order", () => {
    const events = Array.from({ length: 500 }, (_, i) => ({
      start: days[(i * 7) % days.length] ?? "",
      sourceIds: i % 3 === 0 ? ["a", "b"] : ["a"],
    }));
    const encoded = encodeSourceStarts(events, days);
    const expected = (id: string) =>
      events
        .filter((e) => e.sourceIds.includes(id))
        .map((e) => days.indexOf(e.start))
        .sort((x, y) => x - y);
    expect(sourceStartPlaces(encoded.a ?? "")).toEqual(expected("a"));
    expect(sourceStartPlaces(encoded.b ?? "")).toEqual(expected("b"));
  });

  it("refuses an event whose day the list does not have (the manifest would not hang together)", () => {
    expect(() => encodeSourceStarts([{ start: "2019-01-01", sourceIds: ["kcna"] }], days)).toThrow();
  });
});
