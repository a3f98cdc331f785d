import { describe, expect, it } from "vitest";
import type { EntityMention } from "../../schema/entity.ts";
import { mentionAt, mentionListOf, mentionsOf, spanOfMention } from "./mention-list.ts";

const mention = (n: number): EntityMention => ({
  text: ["Kim Jong Un", "the respected Supreme Leader", "Kim"][n % 3]!,
  articleId: `article-${Math.floor(n / 4)}`,
  sourceId: n % 8 < 4 ? "kcna" : "fox-news",
  start: 10 * n,
  end: 10 * n + 3 + (n % 3),
  ...(n % 5 ? { form: (["name", "description", "surname"] as const)[n % 3] } : {}),
});

describe("a packed mention list", () => {
  it("gives back every mention as it was put in, past many growths of its room", () => {
    const mentions = Array.from({ length: 1000 }, (_, n) => mention(n));
    const list = mentionListOf(mentions);
    expect(list.count).toBe(1000);
    expect(mentionsOf(list)).toEqual(mentions);
    expect(mentionAt(list, 7)).toEqual(mentions[7]);
    expect(spanOfMention(list, 7)).toEqual({ start: 70, end: 74 });
    // Trimmed to its mentions, with each surface form and article stored once.
    expect(list.data.length).toBe(1000 * 5);
    expect(list.texts).toEqual(["Kim Jong Un", "the respected Supreme Leader", "Kim"]);
    expect(list.articles.ids).toHaveLength(250);
  });

  it("leaves `form` out of a mention that had none, and holds an empty list", () => {
    expect(mentionAt(mentionListOf([mention(0)]), 0)).not.toHaveProperty("form");
    expect(mentionsOf(mentionListOf([]))).toEqual([]);
  });
});
