import { describe, expect, it } from "vitest";
import type { Article } from "../../schema/article.ts";
import type { Entity, EntityMention } from "../../schema/entity.ts";
import { type LinkedEntity, mentionListOf } from "../events/mention-list.ts";
import { indexMentions, lastTextOf, namedSpans } from "./mention-index.ts";

const mention = (articleId: string, start: number, end: number, text: string): EntityMention => ({
  articleId,
  sourceId: "fox-news",
  start,
  end,
  text,
});

// One article table for all, as the linker makes it.
const articles = { ids: [], sourceIds: [] };
const entity = (id: string, kind: Entity["kind"], mentions: EntityMention[]): LinkedEntity => ({
  id,
  name: id,
  kind,
  mentions: mentionListOf(mentions, articles),
});

describe("indexMentions", () => {
  it("lists each article's mentions by start, the longer first, equal spans in the entities' order", () => {
    const kim = entity("person-kim", "person", [mention("a", 10, 13, "Kim"), mention("b", 0, 3, "Kim")]);
    const korea = entity("country-korea", "country", [
      mention("a", 0, 11, "North Korea"),
      mention("a", 10, 13, "Kim"),
    ]);
    const leader = entity("person-leader", "person", [mention("a", 0, 5, "North")]);
    const index = indexMentions([kim, korea, leader]);
    const a = index("a");
    expect(a.mentions.map((m) => [m.start, m.end])).toEqual([
      [0, 11],
      [0, 5],
      [10, 13],
      [10, 13],
    ]);
    // The two mentions at 10-13 keep the entities' order: Kim's, then Korea's.
    expect([...a.entities]).toEqual([1, 2, 0, 1]);
    expect(namedSpans(a, [kim, korea, leader]).map((s) => [s.entityId, s.kind])).toEqual([
      ["country-korea", "country"],
      ["person-leader", "person"],
      ["person-kim", "person"],
      ["country-korea", "country"],
    ]);
    expect([...index("b").entities]).toEqual([0]);
    expect(index("b").mentions).toEqual([mention("b", 0, 3, "Kim")]);
    expect(index("none")).toEqual({ mentions: [], entities: new Int32Array(0) });
  });
});

describe("lastTextOf", () => {
  it("reads each article's text by id, also after another", () => {
    const articles = new Map([
      ["a", { id: "a", text: "first" } as Article],
      ["b", { id: "b", text: "second" } as Article],
    ]);
    const text = lastTextOf(articles);
    expect([text("a"), text("a"), text("b"), text("a"), text("zzz")]).toEqual([
      "first",
      "first",
      "second",
      "first",
      "",
    ]);
  });
});
