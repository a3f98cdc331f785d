import { describe, expect, it } from "vitest";
import { openStageMemo, type StageMemo } from "../cache/stage-memo.ts";
import { eventDigest, eventMemo } from "./event-memo.ts";
import type { EventMention } from "./find-mentions.ts";
import { toEvent } from "./to-event.ts";

const mention = (articleId: string, start: number, terms: string[], entityIds: string[]): EventMention => ({
  key: `${articleId}:${String(start).padStart(6, "0")}`,
  articleId,
  sourceId: articleId === "a" ? "ap" : "kcna",
  start,
  end: start + 20,
  quote: `Quote of ${articleId} at ${start}.`,
  date: { start: "2018-06-12", precision: "day" },
  entityIds,
  title: `Summit talk ${articleId}`,
  terms,
  primary: start === 0,
});

const group = [
  mention("a", 0, ["summit", "kim", "trump"], ["person-kim-jong-un"]),
  mention("b", 40, ["summit", "singapor"], ["person-kim-jong-un", "place-singapore"]),
];
const frequencies = new Map([
  ["summit", 2],
  ["kim", 1],
  ["trump", 1],
  ["singapor", 1],
]);
const findings = new Map([
  ["a", "digest-a"],
  ["b", "digest-b"],
]);
const named = () => true;
const event = toEvent(group, new Map([["person-kim-jong-un", "Kim Jong Un"]]));

/** A build: the memo as the last one left it, this build's inputs; what it kept, and the memo it leaves. */
function rebuild(
  stored: Uint8Array | undefined,
  inputs: {
    total?: number;
    frequencies?: Map<string, number>;
    findings?: Map<string, string>;
    named?: (id: string) => boolean;
  } = {},
) {
  const memo: StageMemo = openStageMemo(stored, { deflate: false });
  const events = eventMemo(
    memo,
    inputs.total ?? 3,
    inputs.frequencies ?? frequencies,
    inputs.findings ?? findings,
    inputs.named ?? named,
  );
  const kept = events.kept(group);
  if (!kept) events.keep(group, event);
  return { kept, stored: memo.pack() ?? stored };
}

describe("the events' memo", () => {
  const first = rebuild(undefined);

  it("keeps nothing the first time, and gives the event back when nothing it was made from changed", () => {
    expect(first.kept).toBeUndefined();
    const again = rebuild(first.stored);
    expect(again.kept).toEqual(event);
  });

  it("makes the event anew when a word of its mentions weighs differently", () => {
    const moved = new Map(frequencies).set("singapor", 2);
    expect(rebuild(first.stored, { frequencies: moved }).kept).toBeUndefined();
    // A word none of its mentions has does not matter.
    const other = new Map(frequencies).set("pyongyang", 4);
    expect(rebuild(first.stored, { frequencies: other }).kept).toEqual(event);
    // Nor does a word gone that none had; one that was there does.
    expect(rebuild(first.stored, { frequencies: new Map(frequencies).set("moon", 1) }).kept).toEqual(event);
    const gone = new Map(frequencies);
    gone.delete("trump");
    expect(rebuild(first.stored, { frequencies: gone }).kept).toBeUndefined();
  });

  it("makes every event anew when the number of articles changed (every word's weight moved)", () => {
    expect(rebuild(first.stored, { total: 4 }).kept).toBeUndefined();
  });

  it("makes the event anew when an article's findings or the corpus's names changed", () => {
    expect(rebuild(first.stored, { findings: new Map(findings).set("b", "digest-b2") }).kept).toBeUndefined();
    expect(rebuild(first.stored, { named: (id) => id !== "place-singapore" }).kept).toBeUndefined();
    // An article without a findings digest (no memo of its findings) is never taken as known.
    const missing = new Map(findings);
    missing.delete("a");
    const { kept, stored } = rebuild(first.stored, { findings: missing });
    expect(kept).toBeUndefined();
    expect(rebuild(stored, { findings: missing }).kept).toBeUndefined();
  });

  it("reads its mentions in their order: the same mentions in another order are another group", () => {
    const memo = openStageMemo(first.stored, { deflate: false });
    const events = eventMemo(memo, 3, frequencies, findings, named);
    expect(events.kept([group[1]!, group[0]!])).toBeUndefined();
    expect(events.kept(group)).toEqual(event);
  });

  it("knows an event by the digest of its JSON, kept or made, and nothing else for a group it never saw", () => {
    const memo = openStageMemo(first.stored, { deflate: false });
    const events = eventMemo(memo, 3, frequencies, findings, named);
    expect(events.madeFrom(group)).toBeUndefined();
    expect(events.kept(group)).toEqual(event);
    expect(events.madeFrom(group)).toBe(eventDigest(event));
    // Made anew (a word moved): known by the digest of what was made, which is another event.
    const moved = eventMemo(
      openStageMemo(first.stored, { deflate: false }),
      3,
      new Map(frequencies).set("kim", 2),
      findings,
      named,
    );
    const other = { ...event, title: "Another title" };
    expect(moved.kept(group)).toBeUndefined();
    moved.keep(group, other);
    expect(moved.madeFrom(group)).toBe(eventDigest(other));
    expect(eventDigest(other)).not.toBe(eventDigest(event));
  });
});
