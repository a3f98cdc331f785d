import { describe, expect, it } from "vitest";
import type { Event } from "../../schema/event.ts";
import { dayNumber, dayString } from "../format/days.ts";
import { bucketOf } from "./buckets.ts";
import { eventsBetween, indexEvents } from "./event-index.ts";
import { initialWindow } from "./initial-window.ts";
import {
  buildTimelineItems,
  type ClusterItemSpec,
  diffItems,
  expectedStarts,
  type ItemSpec,
} from "./timeline-items.ts";

function event(id: string, start: string, sourceIds = ["kcna"], end?: string): Event {
  return {
    id,
    title: `Event ${id}`,
    start,
    ...(end ? { end } : {}),
    precision: "day",
    sourceIds,
    articleIds: [],
    mentions: [],
  };
}

/** n events, one per day from `first`, alternating between two outlets. */
function daily(n: number, first = "2018-01-01"): Event[] {
  const day0 = dayNumber(first);
  return Array.from({ length: n }, (_, i) => event(`e${i}`, dayString(day0 + i), [i % 2 ? "kcna" : "fox"]));
}

describe("buckets", () => {
  it("follow the calendar", () => {
    const day = dayNumber("2018-05-10"); // a Thursday
    expect(dayString(bucketOf(day, "week").start)).toBe("2018-05-07");
    expect(dayString(bucketOf(day, "month").start)).toBe("2018-05-01");
    expect(dayString(bucketOf(day, "month").end)).toBe("2018-06-01");
    expect(dayString(bucketOf(day, "quarter").start)).toBe("2018-04-01");
    expect(dayString(bucketOf(day, "decade").start)).toBe("2010-01-01");
  });
});

describe("event index", () => {
  it("finds events overlapping a window, long ones included", () => {
    const index = indexEvents([
      event("a", "2018-01-01", ["x"], "2018-03-01"),
      event("b", "2018-02-10"),
      event("c", "2018-04-01"),
    ]);
    const ids = eventsBetween(index, dayNumber("2018-02-01"), dayNumber("2018-02-28")).map((e) => e.event.id);
    expect(ids).toEqual(["a", "b"]);
  });
});

describe("timeline items", () => {
  const base = { widthPx: 1000, lanes: "outlets" as const, selectedId: null, cursorId: null };

  it("draws each event in each of its outlets' lanes when the window is sparse", () => {
    const index = indexEvents([event("a", "2018-05-10", ["kcna", "fox"]), event("b", "2018-07-12", ["fox"])]);
    const items = buildTimelineItems({
      ...base,
      index,
      fromDay: dayNumber("2018-05-01"),
      toDay: dayNumber("2018-07-31"),
    });
    expect(items.map((i) => i.id).sort()).toEqual(["e|fox|a", "e|fox|b", "e|kcna|a"]);
    expect(items.find((i) => i.id === "e|kcna|a")).toMatchObject({ coverage: 2 });
  });

  it("folds dense buckets into clusters whose counts add up, keeping the selection apart", () => {
    const index = indexEvents(daily(1000));
    const fromDay = dayNumber("2018-01-01");
    const toDay = dayNumber("2020-12-31");
    const items = buildTimelineItems({ ...base, index, fromDay, toDay, selectedId: "e500" });
    const clusters = items.filter((i) => i.kind === "cluster");
    expect(clusters.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(600);
    const shown = items.reduce((n, i) => n + (i.kind === "cluster" ? i.count : 1), 0);
    expect(shown).toBe(1000);
    expect(items.some((i) => i.kind === "event" && i.eventId === "e500" && i.selected)).toBe(true);
  });

  it("opens clusters when zoomed in", () => {
    const index = indexEvents(daily(2000));
    const fromDay = dayNumber("2018-03-01");
    const items = buildTimelineItems({ ...base, index, fromDay, toDay: fromDay + 6 });
    expect(items.every((i) => i.kind === "event")).toBe(true);
  });

  it("splits a cluster into smaller ones when zoomed to its period", () => {
    // Ten events a day in one lane: every zoom level has clusters, each finer than the last.
    const day0 = dayNumber("2018-01-01");
    const dense = Array.from({ length: 3650 }, (_, i) =>
      event(`d${i}`, dayString(day0 + Math.floor(i / 10))),
    );
    const index = indexEvents(dense);
    let window = { fromDay: day0, toDay: day0 + 364 };
    for (let zoom = 0; zoom < 6; zoom++) {
      const items = buildTimelineItems({ ...base, index, ...window });
      const cluster = items.find((i) => i.kind === "cluster" && i.startDay >= window.fromDay);
      if (cluster?.kind !== "cluster") break;
      const next = { fromDay: cluster.startDay, toDay: cluster.endDay - 1 };
      expect(next.toDay - next.fromDay).toBeLessThan(window.toDay - window.fromDay);
      window = next;
    }
    // In the end a day's events are drawn one by one.
    expect(buildTimelineItems({ ...base, index, ...window }).every((i) => i.kind === "event")).toBe(true);
  });

  it("puts everything in one lane in single-lane mode", () => {
    const index = indexEvents([event("a", "2018-05-10", ["kcna", "fox"])]);
    const items = buildTimelineItems({
      ...base,
      lanes: "single",
      index,
      fromDay: dayNumber("2018-05-01"),
      toDay: dayNumber("2018-05-31"),
    });
    expect(items.map((i) => i.id)).toEqual(["e|__all|a"]);
  });

  describe("while events are loading, with the corpus's start days", () => {
    // Two years of events, one a day, alternating between two outlets; a month of them loaded.
    const all = daily(730);
    const loaded = all.filter((e) => e.start >= "2018-06-01" && e.start < "2018-07-01");
    const startsOf = (events: Event[]) => events.map((e) => dayNumber(e.start));
    const expected = {
      all: startsOf(all),
      lanes: new Map([
        ["kcna", startsOf(all.filter((e) => e.sourceIds.includes("kcna")))],
        ["fox", startsOf(all.filter((e) => e.sourceIds.includes("fox")))],
      ]),
    };
    const window = { fromDay: dayNumber("2018-01-01"), toDay: dayNumber("2019-12-31") };
    const clustersOf = (items: ItemSpec[]) =>
      items
        .filter((i): i is ClusterItemSpec => i.kind === "cluster")
        .map((c) => [c.id, c.count])
        .sort();

    it("counts every lane's clusters as they will be once every file is in", () => {
      const whole = buildTimelineItems({ ...base, index: indexEvents(all), ...window });
      const early = buildTimelineItems({ ...base, index: indexEvents(loaded), ...window, expected });
      expect(clustersOf(early)).toEqual(clustersOf(whole));
      expect(early.reduce((n, i) => n + (i.kind === "cluster" ? i.count : 1), 0)).toBe(730);
      // Without them, only the loaded month is counted: what this replaces.
      const without = buildTimelineItems({ ...base, index: indexEvents(loaded), ...window });
      expect(without.reduce((n, i) => n + (i.kind === "cluster" ? i.count : 1), 0)).toBe(loaded.length);
    });

    it("keeps the selected event apart and out of its cluster's count", () => {
      const selectedId = loaded[3]?.id ?? "";
      const whole = buildTimelineItems({ ...base, index: indexEvents(all), ...window, selectedId });
      const early = buildTimelineItems({
        ...base,
        index: indexEvents(loaded),
        ...window,
        selectedId,
        expected,
      });
      expect(clustersOf(early)).toEqual(clustersOf(whole));
      expect(early.some((i) => i.kind === "event" && i.eventId === selectedId && i.selected)).toBe(true);
    });

    it("counts the single lane from all start days", () => {
      const single = { ...base, lanes: "single" as const, ...window };
      const whole = buildTimelineItems({ ...single, index: indexEvents(all) });
      const early = buildTimelineItems({
        ...single,
        index: indexEvents(loaded),
        expected: expectedStarts({ all: expected.all, bySource: expected.lanes }, "single"),
      });
      expect(clustersOf(early)).toEqual(clustersOf(whole));
    });

    it("draws loaded events one by one where the window is sparse, and lanes without counts as loaded", () => {
      // A week in view: every event is labelled, whatever is still to come.
      const week = { fromDay: dayNumber("2018-06-04"), toDay: dayNumber("2018-06-10") };
      const items = buildTimelineItems({ ...base, index: indexEvents(loaded), ...week, expected });
      expect(items.every((i) => i.kind === "event")).toBe(true);
      // An outlet the counts do not cover (data without them) is counted from what has loaded.
      const foxOnly = expectedStarts(
        { all: expected.all, bySource: new Map([["fox", expected.lanes.get("fox") ?? []]]) },
        "outlets",
      );
      const early = buildTimelineItems({ ...base, index: indexEvents(loaded), ...window, expected: foxOnly });
      const kcnaCount = early
        .filter((i) => i.lane === "kcna")
        .reduce((n, i) => n + (i.kind === "cluster" ? i.count : 1), 0);
      expect(kcnaCount).toBe(loaded.filter((e) => e.sourceIds.includes("kcna")).length);
    });
  });

  it("diffs by id and content", () => {
    const a: ClusterItemSpec = {
      kind: "cluster",
      id: "c1",
      lane: "x",
      count: 4,
      startDay: 0,
      endDay: 7,
      unit: "week",
      level: 1,
      cursor: false,
    };
    const b: ItemSpec = { ...a, id: "c2" };
    const diff = diffItems(
      new Map([
        ["c1", a],
        ["c2", b],
      ]),
      [
        { ...a, count: 5 },
        { ...a, id: "c3" },
      ],
    );
    expect(diff.update.map((i) => i.id)).toEqual(["c1"]);
    expect(diff.add.map((i) => i.id)).toEqual(["c3"]);
    expect(diff.remove).toEqual(["c2"]);
  });
});

describe("initial window", () => {
  it("shows a small corpus whole, with room at the edges", () => {
    const index = indexEvents([event("a", "2018-05-10"), event("b", "2018-07-12")]);
    const { fromDay, toDay } = initialWindow(index);
    expect(fromDay).toBeLessThan(dayNumber("2018-05-10"));
    expect(toDay).toBeGreaterThan(dayNumber("2018-07-12"));
  });

  it("opens a large corpus on its densest recent stretch", () => {
    const spread = daily(1000, "2015-01-01").filter((_, i) => i % 3 === 0);
    const burst = Array.from({ length: 400 }, (_, i) =>
      event(`b${i}`, dayString(dayNumber("2017-06-01") + (i % 20))),
    );
    const all = [...spread, ...burst].sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));
    const { fromDay, toDay } = initialWindow(indexEvents(all));
    expect(fromDay).toBeLessThanOrEqual(dayNumber("2017-06-01"));
    expect(toDay).toBeGreaterThanOrEqual(dayNumber("2017-06-20"));
  });

  it("is not drawn to a stray far-off date", () => {
    // 600 events over 2018 and one dated 2030 ("by 2030" in a story): 2018 is what the corpus is about.
    const year = daily(365, "2018-01-01");
    const more = daily(240, "2018-09-01").map((e, i) => ({ ...e, id: `m${i}` }));
    const all = [...year, ...more, event("far", "2030-01-01")].sort((x, y) =>
      x.start < y.start ? -1 : x.start > y.start ? 1 : x.id < y.id ? -1 : 1,
    );
    const { fromDay, toDay } = initialWindow(indexEvents(all));
    expect(toDay).toBeLessThan(dayNumber("2019-06-01"));
    expect(fromDay).toBeGreaterThanOrEqual(dayNumber("2018-01-01"));
  });
});
