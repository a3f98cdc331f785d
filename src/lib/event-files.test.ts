import { describe, expect, it } from "vitest";
import type { Event } from "../schema/event.ts";
import {
  estimateEventBytes,
  eventIdShard,
  eventIdShards,
  spanOf,
  splitEventsByPeriod,
  startsPerDay,
} from "./event-files.ts";
import { testEvent } from "./test-event.ts";

function event(id: string, start: string, quote = "Officials met.", end?: string): Event {
  return testEvent(id, start, { quote, ...(end ? { end } : {}) });
}

const periods = (split: { period: string; events: Event[] }[]) =>
  split.map((p) => [p.period, p.events.map((e) => e.id)]);

describe("splitEventsByPeriod", () => {
  it("keeps a small year in one file, in input order", () => {
    const events = [event("b", "2018-06-12"), event("a", "2018-01-03"), event("c", "2017-12-31")];
    expect(periods(splitEventsByPeriod(events, 10_000))).toEqual([
      ["2017", ["c"]],
      ["2018", ["b", "a"]],
    ]);
  });

  it("cuts a big year into months, and a big month into runs of whole days", () => {
    const quote = "x".repeat(400);
    const size = estimateEventBytes(event("x", "2018-01-01", quote));
    const events = [
      event("jan1", "2018-01-05", quote),
      event("jan2", "2018-01-20", quote),
      // March holds five events over three days: runs of at most two events' size.
      event("m1", "2018-03-01", quote),
      event("m2", "2018-03-01", quote),
      event("m3", "2018-03-02", quote),
      event("m4", "2018-03-09", quote),
      event("m5", "2018-03-09", quote),
      event("small", "2019-02-02", quote),
    ];
    // Room for two events (ids differ in length a little), not three.
    const split = splitEventsByPeriod(events, 2 * size + 50);
    expect(periods(split)).toEqual([
      ["2018-01", ["jan1", "jan2"]],
      ["2018-03-01", ["m1", "m2"]],
      ["2018-03-02", ["m3"]],
      ["2018-03-09", ["m4", "m5"]],
      ["2019", ["small"]],
    ]);
  });

  it("gives a day bigger than the limit a file of its own, never cutting the day", () => {
    const quote = "x".repeat(400);
    const size = estimateEventBytes(event("x", "2018-01-01", quote));
    const events = ["a", "b", "c"].map((id) => event(id, "2018-05-05", quote));
    expect(periods(splitEventsByPeriod([...events, event("d", "2018-05-06", quote)], size))).toEqual([
      ["2018-05-05", ["a", "b", "c"]],
      ["2018-05-06", ["d"]],
    ]);
  });

  it("is the same for the same events, whatever else is in other years", () => {
    const quote = "y".repeat(300);
    const base = Array.from({ length: 40 }, (_, i) =>
      event(`e${i}`, `2018-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, "0")}`, quote),
    );
    const a = splitEventsByPeriod(base, 5_000);
    const b = splitEventsByPeriod([...base, event("other", "2020-01-01", quote)], 5_000);
    expect(periods(b).slice(0, -1)).toEqual(periods(a));
  });
});

describe("estimateEventBytes", () => {
  it("is within a third of the event's JSON length", () => {
    for (const quote of ["short", "q".repeat(2_000)]) {
      const e = event("ev-3d470926160d", "2018-06-12", quote, "2018-06-14");
      const actual = JSON.stringify(e).length;
      expect(Math.abs(estimateEventBytes(e) - actual) / actual).toBeLessThan(1 / 3);
    }
  });
});

describe("spanOf and startsPerDay", () => {
  it("spans first start to last end, a range's end included", () => {
    const events = [
      event("a", "2018-03-02"),
      event("b", "2018-03-01", "q", "2018-04-30"),
      event("c", "2018-03-20"),
    ];
    expect(spanOf(events)).toEqual({ start: "2018-03-01", end: "2018-04-30", count: 3 });
  });

  it("counts starts per day, days in order", () => {
    const events = [event("a", "2018-03-02"), event("b", "2018-03-01"), event("c", "2018-03-02")];
    expect(Object.entries(startsPerDay(events))).toEqual([
      ["2018-03-01", 1],
      ["2018-03-02", 2],
    ]);
  });
});

describe("the id → file table", () => {
  it("hashes an id to the same shard every time, within the shard count", () => {
    const ids = Array.from({ length: 500 }, (_, i) => `ev-${i.toString(16).padStart(12, "0")}`);
    const shards = ids.map((id) => eventIdShard(id, 7));
    expect(shards).toEqual(ids.map((id) => eventIdShard(id, 7)));
    expect(Math.min(...shards)).toBe(0);
    expect(Math.max(...shards)).toBe(6);
    // Spread: no shard holds more than twice its share.
    for (let s = 0; s < 7; s++) expect(shards.filter((x) => x === s).length).toBeLessThan((2 * 500) / 7);
  });

  it("maps every id to its file's place, each in the shard its hash names", () => {
    const files = [
      Array.from({ length: 1_500 }, (_, i) => ({ id: `a${i}` })),
      [{ id: "__proto__" }, { id: "constructor" }],
      Array.from({ length: 700 }, (_, i) => ({ id: `c${i}` })),
    ];
    const shards = eventIdShards(files);
    expect(shards).toHaveLength(3);
    const found = new Map<string, number>();
    shards.forEach((shard, s) => {
      for (const [id, file] of shard) {
        expect(eventIdShard(id, shards.length)).toBe(s);
        found.set(id, file);
      }
    });
    expect(found.size).toBe(2_202);
    expect(found.get("a1499")).toBe(0);
    expect(found.get("__proto__")).toBe(1);
    expect(found.get("c0")).toBe(2);
  });

  it("is empty with one file: nothing to look up", () => {
    expect(eventIdShards([[{ id: "a" }]])).toEqual([]);
  });
});
