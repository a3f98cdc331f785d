import { describe, expect, it } from "vitest";
import { linkingDigest, linkingOrder, packLinking, unpackLinking } from "./linking-memo.ts";
import { type ArticleTable, mentionListOf, mentionsOf } from "./mention-list.ts";

const table: ArticleTable = { ids: ["b", "a"], sourceIds: ["ap", "kcna"] };
const entity = (
  id: string,
  name: string,
  mentions: { articleId: string; start: number; text: string }[],
) => ({
  id,
  name,
  kind: "person" as const,
  mentions: mentionListOf(
    mentions.map((m) => ({
      ...m,
      sourceId: m.articleId === "b" ? "ap" : "kcna",
      end: m.start + m.text.length,
      form: "name" as const,
    })),
    table,
  ),
  aliases: [...new Set(mentions.map((m) => m.text))].sort(),
  titles: ["Chairman"],
});

describe("the linking memo", () => {
  const linking = {
    entities: [
      entity("person-kim-jong-un", "Kim Jong Un", [
        { articleId: "b", start: 0, text: "Kim Jong Un" },
        { articleId: "a", start: 40, text: "Chairman Kim" },
      ]),
      entity("person-moon-jae-in", "Moon Jae-in", [{ articleId: "a", start: 3, text: "Moon" }]),
    ],
    ids: [
      ["person-kim-jong-un", ""],
      ["person-moon-jae-in", "person-kim-jong-un"],
    ],
    dropped: [[], [2]],
  };

  it("gives back the entities, their mentions and each article's ids, from bytes anywhere in a buffer", () => {
    const bytes = packLinking(linking);
    // As the memo hands it out: a view at an odd place in a larger buffer.
    const larger = Buffer.alloc(bytes.byteLength + 7);
    larger.set(bytes, 3);
    const back = unpackLinking(larger.subarray(3, 3 + bytes.byteLength), table);
    expect(back.ids).toEqual(linking.ids);
    expect(back.dropped).toEqual(linking.dropped);
    expect(back.entities.map((e) => Object.keys(e))).toEqual(linking.entities.map((e) => Object.keys(e)));
    expect(back.entities.map((e) => mentionsOf(e.mentions))).toEqual(
      linking.entities.map((e) => mentionsOf(e.mentions)),
    );
    expect(back.entities[0]!.mentions.articles).toBe(table);
    expect(back.entities[1]!.mentions.articles).toBe(table);
  });

  it("refuses bytes whose mentions do not fit their entities", () => {
    const bytes = packLinking(linking);
    expect(() => unpackLinking(bytes.subarray(0, bytes.byteLength - 4), table)).toThrow(/does not match/);
  });

  it("reads the articles in the order of their names, ids breaking ties, and digests that order", () => {
    expect(linkingOrder(["c", "a", "b", "a"])).toEqual([1, 3, 2, 0]);
    const one = linkingDigest([
      { sourceId: "ap", names: "x" },
      { sourceId: "kcna", names: "y" },
    ]);
    expect(
      linkingDigest([
        { sourceId: "kcna", names: "y" },
        { sourceId: "ap", names: "x" },
      ]),
    ).not.toBe(one);
    expect(
      linkingDigest([
        { sourceId: "ap", names: "x" },
        { sourceId: "kcna", names: "z" },
      ]),
    ).not.toBe(one);
  });
});
