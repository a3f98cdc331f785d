import { describe, expect, it } from "vitest";
import type { Event } from "../../schema/event.ts";
import type { Source } from "../../schema/source.ts";
import { countByOutlet, resultSummary } from "./result-counts.ts";

const sources: Source[] = [
  { id: "kcna", name: "KCNA", kind: "state-media", articleCount: 3 },
  { id: "fox", name: "Fox News", kind: "broadcaster", articleCount: 3 },
  { id: "ap", name: "AP", kind: "wire", articleCount: 1 },
];
const event = (id: string, sourceIds: string[]) => ({ id, sourceIds }) as unknown as Event;
const events = [event("a", ["kcna", "fox", "fox"]), event("b", ["fox"]), event("c", ["kcna"])];

describe("countByOutlet", () => {
  it("counts each event once per outlet, in the corpus's outlet order, without empty outlets", () => {
    expect(countByOutlet(events, sources, [], [])).toEqual([
      { id: "kcna", name: "KCNA", count: 2 },
      { id: "fox", name: "Fox News", count: 2 },
    ]);
  });

  it("leaves out outlets hidden by the chips or not asked for by source:", () => {
    expect(countByOutlet(events, sources, ["fox"], []).map((o) => o.id)).toEqual(["fox"]);
    expect(countByOutlet(events, sources, [], ["kcna"]).map((o) => o.id)).toEqual(["kcna"]);
    expect(countByOutlet(events, sources, ["fox"], ["kcna"])).toEqual([]);
  });
});

describe("resultSummary", () => {
  it("starts with the number of events shown", () => {
    expect(
      resultSummary(3, [
        { id: "kcna", name: "KCNA", count: 1 },
        { id: "fox", name: "Fox News", count: 2 },
      ]),
    ).toBe("3 events · KCNA 1 · Fox News 2");
    expect(resultSummary(1, [])).toBe("1 event");
    expect(resultSummary(12345, [])).toBe("12,345 events");
  });
});
