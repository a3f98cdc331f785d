import { describe, expect, it } from "vitest";
import { MAX_DAY_EXTENT } from "./cluster.ts";
import type { EventMention } from "./find-mentions.ts";
import { mention } from "./fixture-article.ts";
import { defaultWeights, groupMentions } from "./group-mentions.ts";

const keysOf = (groups: EventMention[][]) => groups.map((g) => g.map((m) => m.key).sort());

describe("groupMentions", () => {
  it("joins two events in the second pass when a later report bridges their wording", () => {
    // In date order a and b share nothing, so the greedy pass splits them; c shares half of each.
    const a = mention("a", ["envoy", "dinner", "pyongyang"]);
    const b = mention("b", ["nuclear", "talk", "willing"]);
    const c = mention("c", ["envoy", "pyongyang", "nuclear", "talk"]);
    const unrelated = mention("d", ["storm", "flood", "coast"]);
    expect(keysOf(groupMentions([a, b, c, unrelated], () => 1))).toEqual([["a", "b", "c"], ["d"]]);
  });

  it("weighs each member alike: a long report does not pull a short one away from its story", () => {
    const long = mention("a", [...Array(30).keys()].map((n) => `w${n}`).concat(["summit", "beijing"]));
    const short1 = mention("b", ["summit", "beijing", "xi"]);
    const short2 = mention("c", ["summit", "beijing", "xi", "banquet"]);
    expect(keysOf(groupMentions([long, short1, short2], () => 1))).toEqual([["a", "b", "c"]]);
  });

  it("weighs every event of a crowded day as a candidate, however many there are", () => {
    // A hundred unrelated events of one day, then a report in the wording of the ninetieth: it is
    // found among all the day's events, not only the first few gathered. The second pass, which
    // would join the two events anyway, is left out.
    const day = [...Array(100).keys()].map((n) => {
      const id = String(n).padStart(3, "0");
      return mention(`e${id}`, [`first${id}`, `second${id}`, `third${id}`]);
    });
    const late = mention("z", ["first090", "second090", "third090"]);
    const groups = keysOf(
      groupMentions([late, ...day], () => 1, { ...defaultWeights, mergeThreshold: Infinity }),
    );
    expect(groups).toHaveLength(100);
    expect(groups).toContainEqual(["e090", "z"]);
  });

  it("keeps days more than one apart apart, whatever the wording", () => {
    const a = mention("a", ["plenum", "party"]);
    const b = mention("b", ["plenum", "party"], { date: { start: "2018-03-08", precision: "day" } });
    expect(keysOf(groupMentions([a, b], () => 1))).toEqual([["a"], ["b"]]);
  });

  it("puts a mention that recalls the same earlier moment with the one it joins", () => {
    const date = { start: "2018-07-06", end: "2018-07-10", precision: "approximate" as const };
    const first = mention("x:1", ["slam", "regrettable", "talk"], { date, primary: false });
    const second = mention("x:2", ["ministry", "statement", "gangster"], {
      date,
      primary: false,
      joins: "x:1",
    });
    expect(keysOf(groupMentions([second, first], () => 1))).toEqual([["x:1", "x:2"]]);
  });

  it("does not chain daily reports of the same wording into an event longer than a few days", () => {
    // Each day is within a day of the one before, so without a bound on the event's days all ten chain.
    const days = [...Array(10).keys()].map((n) =>
      mention(`d${n}`, ["talks", "border", "envoy"], {
        date: { start: `2018-03-${String(10 + n).padStart(2, "0")}`, precision: "day" },
      }),
    );
    const groups = groupMentions(days, () => 1);
    expect(groups.length).toBeGreaterThan(1);
    for (const g of groups) {
      const sorted = g.map((m) => m.date.start).sort();
      const span = (Date.parse(sorted.at(-1)!) - Date.parse(sorted[0]!)) / 86_400_000;
      expect(span).toBeLessThanOrEqual(MAX_DAY_EXTENT);
    }
  });

  it("counts only the wording beyond what unrelated stories of the corpus share", () => {
    // Forty unrelated leads, weeks apart, all carrying the same boilerplate: two of them a day
    // apart that share only that boilerplate are not one event.
    const boiler = ["analyst", "divided", "patience", "official", "dispute", "settle"];
    const far = [...Array(40).keys()].map((n) =>
      mention(`f${String(n).padStart(2, "0")}`, [...boiler, `story${n}`, `place${n}`], {
        date: {
          start: `2019-${String(1 + (n % 12)).padStart(2, "0")}-${String(1 + 7 * Math.floor(n / 12)).padStart(2, "0")}`,
          precision: "day",
        },
      }),
    );
    const a = mention("x", [...boiler, "signs", "fisheries", "oslo"]);
    const b = mention("y", [...boiler, "criticizes", "tariffs", "lima"], {
      date: { start: "2018-03-06", precision: "day" },
    });
    const groups = keysOf(groupMentions([...far, a, b], () => 1));
    expect(groups).toContainEqual(["x"]);
    expect(groups).toContainEqual(["y"]);
  });
});
