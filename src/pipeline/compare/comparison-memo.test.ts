import { describe, expect, it } from "vitest";
import type { Article } from "../../schema/article.ts";
import type { EntityMention } from "../../schema/entity.ts";
import type { Event } from "../../schema/event.ts";
import { memoryCache } from "../cache/memory-cache.ts";
import { openStageMemo } from "../cache/stage-memo.ts";
import type { LinkedEntity } from "../events/mention-list.ts";
import {
  type ComparisonMemo,
  loadComparisonMemo,
  memoizedComparisons,
  saveComparisonMemo,
} from "./comparison-memo.ts";
import type { CountSteps } from "./count-changes.ts";
import type { ArticleMentions } from "./mention-index.ts";

/** What one build compares: every part the memo reads, which a test changes between builds. */
interface World {
  articles: { id: string; source: string; title: string; published: string; text: string; primary: string }[];
  events: { id: string; articleIds: string[]; start: string; title: string }[];
  entities: { id: string; kind: string; name: string }[];
  /** Each article's mentions, with the place of the entity in `entities`. */
  mentions: Record<string, { start: number; end: number; text: string; entity: number }[]>;
  /** Outlets publishing around a day, by day; all of them on a day not listed. */
  active: Record<string, string[]>;
  shared: string[];
}

function world(): World {
  return {
    articles: [
      {
        id: "a1",
        source: "kcna",
        title: "Summit",
        published: "2018-04-27",
        text: "Kim met Moon.",
        primary: "e1",
      },
      {
        id: "a2",
        source: "yonhap",
        title: "Summit",
        published: "2018-04-27",
        text: "Moon met Kim.",
        primary: "e1",
      },
      {
        id: "a3",
        source: "kcna",
        title: "Singapore",
        published: "2018-06-12",
        text: "Kim met Trump.",
        primary: "e2",
      },
      {
        id: "a4",
        source: "yonhap",
        title: "Pyongyang",
        published: "2018-09-18",
        text: "Moon flew north.",
        primary: "e3",
      },
    ],
    events: [
      { id: "e1", articleIds: ["a1", "a2"], start: "2018-04-27", title: "Panmunjom summit" },
      { id: "e2", articleIds: ["a3"], start: "2018-06-12", title: "Singapore summit" },
      { id: "e3", articleIds: ["a4"], start: "2018-09-18", title: "Pyongyang summit" },
    ],
    entities: [
      { id: "kim", kind: "person", name: "Kim Jong Un" },
      { id: "moon", kind: "person", name: "Moon Jae-in" },
    ],
    mentions: {
      a1: [
        { start: 0, end: 3, text: "Kim", entity: 0 },
        { start: 8, end: 12, text: "Moon", entity: 1 },
      ],
      a4: [{ start: 0, end: 4, text: "Moon", entity: 1 }],
    },
    active: {},
    shared: ["12345", "6789", "kcna yonhap"],
  };
}

/** Steps whose bytes are `bytes`, touching the texts listed. */
function steps(bytes: number[], touched: string[] = []): CountSteps {
  return {
    bytes: () => Uint8Array.from(bytes),
    touches: (text) => touched.includes(text),
  };
}

const STEPS_A = [1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0];
const STEPS_B = [1, 0, 0, 0, 2, 0, 0, 0, 4, 0, 0, 0];

/**
 * One build's comparisons through the memo: each event's JSON (made with the build's label, so
 * that a kept one shows which build made it), and which events were made.
 */
function compareAll(w: World, memo: ComparisonMemo, countSteps: CountSteps, label: string) {
  const articles = new Map(
    w.articles.map((a) => [
      a.id,
      {
        id: a.id,
        source: { id: a.source, name: a.source.toUpperCase() },
        title: a.title,
        published: a.published,
        text: a.text,
        primaryEventId: a.primary,
      } as unknown as Article,
    ]),
  );
  const entities = w.entities.map((e) => ({ ...e, mentions: {} }) as unknown as LinkedEntity);
  const mentionsIn = (articleId: string): ArticleMentions => {
    const list = w.mentions[articleId] ?? [];
    const source = w.articles.find((a) => a.id === articleId)?.source ?? "";
    return {
      mentions: list.map(
        (m): EntityMention => ({ text: m.text, articleId, sourceId: source, start: m.start, end: m.end }),
      ),
      entities: Int32Array.from(list.map((m) => m.entity)),
    };
  };
  const made: string[] = [];
  const compare = memoizedComparisons({
    memo,
    steps: countSteps,
    articles,
    mentionsIn,
    entities,
    activeAround: (day) => w.active[day] ?? ["kcna", "yonhap"],
    shared: w.shared,
    make(event) {
      made.push(event.id);
      return JSON.stringify({ eventId: event.id, title: event.title, build: label });
    },
  });
  const json = new Map<string, string>();
  for (const e of w.events) {
    const event = { ...e, precision: "day", sourceIds: [], mentions: [] } as unknown as Event;
    json.set(e.id, compare(event));
  }
  return { made, json };
}

/** A build: the memo loaded from the cache, every event compared, the memo saved. */
async function build(cache: ReturnType<typeof memoryCache>, w: World, countSteps: CountSteps, label: string) {
  const memo = await loadComparisonMemo(cache);
  const result = compareAll(w, memo, countSteps, label);
  await saveComparisonMemo(cache, memo, countSteps.bytes());
  return { ...result, counts: { ...memo.counts } };
}

/** A cache holding a first build of `w` with steps A. */
async function firstBuilt(w = world()) {
  const cache = memoryCache("v1");
  const first = await build(cache, w, steps(STEPS_A), "1");
  return { cache, first };
}

describe("memoized comparisons", () => {
  it("makes every event in a first build, and none in a second build of the same corpus", async () => {
    const { cache, first } = await firstBuilt();
    expect(first.made).toEqual(["e1", "e2", "e3"]);
    expect(first.counts).toEqual({ kept: 0, made: 3 });
    const second = await build(cache, world(), steps(STEPS_A), "2");
    expect(second.made).toEqual([]);
    expect(second.counts).toEqual({ kept: 3, made: 0 });
    // The first build's JSON, as it was.
    expect(second.json).toEqual(first.json);
    expect(JSON.parse(second.json.get("e2")!)).toEqual({
      eventId: "e2",
      title: "Singapore summit",
      build: "1",
    });
  });

  it("makes every event anew without the last build's steps, whatever the entries hold", async () => {
    const { cache } = await firstBuilt();
    const memo = await loadComparisonMemo(cache);
    delete memo.steps;
    const again = compareAll(world(), memo, steps(STEPS_A), "2");
    expect(again.made).toEqual(["e1", "e2", "e3"]);
    expect(memo.counts).toEqual({ kept: 0, made: 3 });
  });

  it("makes anew an event whose article's text changed, and keeps the others", async () => {
    const { cache } = await firstBuilt();
    const w = world();
    w.articles[2]!.text = "Kim met Trump in Singapore.";
    const second = await build(cache, w, steps(STEPS_A), "2");
    expect(second.made).toEqual(["e2"]);
    expect(second.counts).toEqual({ kept: 2, made: 1 });
    expect(JSON.parse(second.json.get("e2")!).build).toBe("2");
    expect(JSON.parse(second.json.get("e1")!).build).toBe("1");
  });

  it("makes anew the events of an article whose title, day, outlet or event changed", async () => {
    const changes: [(w: World) => void, string[]][] = [
      [(w) => (w.articles[3]!.title = "Pyongyang visit"), ["e3"]],
      [(w) => (w.articles[3]!.published = "2018-09-19"), ["e3"]],
      [(w) => (w.articles[2]!.source = "yonhap"), ["e2"]],
      // a2 is still e1's, but no longer its own article.
      [(w) => (w.articles[1]!.primary = "e3"), ["e1"]],
      [(w) => (w.events[2]!.title = "Pyongyang talks"), ["e3"]],
    ];
    for (const [change, expected] of changes) {
      const { cache } = await firstBuilt();
      const w = world();
      change(w);
      expect((await build(cache, w, steps(STEPS_A), "2")).made).toEqual(expected);
    }
  });

  it("makes anew the events of an article whose entity changed its name, or whose mentions changed", async () => {
    {
      const { cache } = await firstBuilt();
      const w = world();
      w.entities[0]!.name = "Kim Jong-un";
      // Only a1 mentions Kim.
      expect((await build(cache, w, steps(STEPS_A), "2")).made).toEqual(["e1"]);
    }
    {
      const { cache } = await firstBuilt();
      const w = world();
      w.entities[1]!.kind = "organization";
      // a1 (e1) and a4 (e3) mention Moon.
      expect((await build(cache, w, steps(STEPS_A), "2")).made).toEqual(["e1", "e3"]);
    }
    {
      const { cache } = await firstBuilt();
      const w = world();
      w.mentions.a3 = [{ start: 0, end: 3, text: "Kim", entity: 0 }];
      expect((await build(cache, w, steps(STEPS_A), "2")).made).toEqual(["e2"]);
    }
  });

  it("makes every event anew when a shared part (a corpus total, the outlets' order) changed", async () => {
    for (const shared of [
      ["12346", "6789", "kcna yonhap"],
      ["12345", "6789", "yonhap kcna"],
    ]) {
      const { cache } = await firstBuilt();
      const w = world();
      w.shared = shared;
      const second = await build(cache, w, steps(STEPS_A), "2");
      expect(second.made).toEqual(["e1", "e2", "e3"]);
      expect(second.counts).toEqual({ kept: 0, made: 3 });
    }
  });

  it("makes anew an event whose day's publishing outlets changed", async () => {
    const { cache } = await firstBuilt();
    const w = world();
    w.active["2018-06-12"] = ["kcna"];
    expect((await build(cache, w, steps(STEPS_A), "2")).made).toEqual(["e2"]);
  });

  it("makes anew an event with an article the steps touch, though nothing else changed", async () => {
    const { cache } = await firstBuilt();
    const touching = steps(STEPS_B, ["Moon flew north."]);
    const second = await build(cache, world(), touching, "2");
    expect(second.made).toEqual(["e3"]);
    expect(second.counts).toEqual({ kept: 2, made: 1 });
    // The next build, with the same steps and nothing touched, keeps all three: e3 as made in build 2.
    const third = await build(cache, world(), steps(STEPS_B), "3");
    expect(third.made).toEqual([]);
    expect(JSON.parse(third.json.get("e3")!).build).toBe("2");
  });

  it("makes anew an event with a touched article even when the steps' bytes are the same", async () => {
    const { cache } = await firstBuilt();
    const second = await build(cache, world(), steps(STEPS_A, ["Moon met Kim."]), "2");
    expect(second.made).toEqual(["e1"]);
  });

  it("does not trust entries whose steps were not stored beside them (a build stopped between the writes)", async () => {
    const { cache } = await firstBuilt();
    const before = new Map(cache.entries);
    const second = await build(cache, world(), steps(STEPS_B), "2");
    expect(second.made).toEqual([]);
    // The steps entry is the one whose bytes are the steps: put build 1's back, as if build 2
    // had stopped after writing its comparisons.
    const stepsKeys = [...cache.entries.keys()].filter((k) =>
      Buffer.from(cache.entries.get(k)!).equals(Buffer.from(STEPS_B)),
    );
    expect(stepsKeys).toHaveLength(1);
    const stepsKey = stepsKeys[0]!;
    expect(Buffer.from(before.get(stepsKey)!).equals(Buffer.from(STEPS_A))).toBe(true);
    cache.entries.set(stepsKey, before.get(stepsKey)!);
    // Build 3 reads steps A beside entries checked against B: every event is made anew.
    const third = await build(cache, world(), steps(STEPS_B), "3");
    expect(third.made).toEqual(["e1", "e2", "e3"]);
    expect(third.counts).toEqual({ kept: 0, made: 3 });
    // Both written whole again, the next build keeps them all.
    const fourth = await build(cache, world(), steps(STEPS_B), "4");
    expect(fourth.made).toEqual([]);
    expect(JSON.parse(fourth.json.get("e1")!).build).toBe("3");
  });

  it("keeps only what the last build asked for", async () => {
    const { cache } = await firstBuilt();
    const w = world();
    const some = { ...w, events: w.events.slice(0, 1) };
    expect((await build(cache, some, steps(STEPS_A), "2")).made).toEqual([]);
    expect((await build(cache, world(), steps(STEPS_A), "3")).made).toEqual(["e2", "e3"]);
  });
});

describe("comparison memo in the cache", () => {
  it("is empty when the cache holds none", async () => {
    const memo = await loadComparisonMemo(memoryCache("v1"));
    expect(memo.steps).toBeUndefined();
    expect(memo.entries.getText("anything")).toBeUndefined();
    expect(memo.counts).toEqual({ kept: 0, made: 0 });
  });

  it("gives back the entries and the steps it saved", async () => {
    const cache = memoryCache("v1");
    const memo: ComparisonMemo = {
      entries: openStageMemo(undefined, { deflate: false }),
      counts: { kept: 0, made: 0 },
    };
    memo.entries.setText("d1", '{"eventId":"e1"}');
    await saveComparisonMemo(cache, memo, Uint8Array.from(STEPS_A));
    expect(cache.entries.size).toBe(2);
    const loaded = await loadComparisonMemo(cache);
    expect(loaded.steps && [...loaded.steps]).toEqual(STEPS_A);
    expect(loaded.entries.getText("d1")).toBe('{"eventId":"e1"}');
    expect(loaded.entries.getText("d2")).toBeUndefined();
    expect(loaded.counts).toEqual({ kept: 0, made: 0 });
    // The comparisons' JSON is stored as it is, not deflated.
    const stored = [...cache.entries.values()].map((v) => Buffer.from(v).toString("latin1"));
    expect(stored.some((s) => s.includes('{"eventId":"e1"}'))).toBe(true);
  });

  it("writes nothing without this build's steps", async () => {
    const cache = memoryCache("v1");
    const memo = await loadComparisonMemo(cache);
    memo.entries.setText("d1", "{}");
    await saveComparisonMemo(cache, memo, undefined);
    expect(cache.entries.size).toBe(0);
  });

  it("writes nothing again when the entries and steps are what it holds", async () => {
    const cache = memoryCache("v1");
    const first = await loadComparisonMemo(cache);
    first.entries.setText("d1", "{}");
    await saveComparisonMemo(cache, first, Uint8Array.from(STEPS_A));
    const writes: string[] = [];
    const watched = {
      ...cache,
      async set(key: string) {
        writes.push(key);
      },
    };
    const second = await loadComparisonMemo(cache);
    expect(second.entries.getText("d1")).toBe("{}");
    await saveComparisonMemo(watched, second, Uint8Array.from(STEPS_A));
    expect(writes).toEqual([]);
    // New steps are written, and only they.
    const third = await loadComparisonMemo(cache);
    third.entries.getText("d1");
    await saveComparisonMemo(watched, third, Uint8Array.from(STEPS_B));
    expect(writes).toHaveLength(1);
  });
});
