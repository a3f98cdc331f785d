import { describe, expect, it } from "vitest";
import type { Article } from "../../schema/article.ts";
import { openStageMemo } from "../cache/stage-memo.ts";
import { outletMemo } from "./comparison-memo.ts";
import { type ArticleSpeakers, speakersOf } from "./corpus-aggregates.ts";
import type { FoundQuote } from "./quotes.ts";

const quote = (start: number, speaker: string | null, speakerEntityId?: string): FoundQuote => ({
  start,
  end: start + 10,
  text: `words at ${start}`,
  speaker,
  ...(speakerEntityId ? { speakerEntityId } : {}),
});

const article = (id: string) => ({ id, source: { id: "kcna", name: "KCNA" } }) as Article;

const QUOTES: Record<string, FoundQuote[]> = {
  a1: [
    quote(0, "Pompeo", "person-mike-pompeo"),
    quote(50, null),
    quote(90, "the ministry"),
    quote(120, "Mike Pompeo", "person-mike-pompeo"),
  ],
  a2: [quote(5, "The Ministry"), quote(40, "Kim", "person-kim-jong-un")],
  a3: [],
  a4: [quote(7, "Kim Jong Un", "person-kim-jong-un"), quote(30, "Kim Jong Un", "person-kim-jong-un")],
};
const articles = Object.keys(QUOTES).map(article);

describe("an outlet's speakers", () => {
  it("count each speaker's quotes over the articles, first quoted first, the first quote the example", () => {
    expect(speakersOf(articles, (id) => QUOTES[id]!)).toEqual([
      {
        speaker: "Kim",
        count: 3,
        example: {
          articleId: "a2",
          start: 40,
          text: "words at 40",
          speaker: "Kim",
          speakerEntityId: "person-kim-jong-un",
        },
      },
      {
        speaker: "Pompeo",
        count: 2,
        example: {
          articleId: "a1",
          start: 0,
          text: "words at 0",
          speaker: "Pompeo",
          speakerEntityId: "person-mike-pompeo",
        },
      },
      // Unresolved speakers count together by their wording, whatever its case.
      {
        speaker: "the ministry",
        count: 2,
        example: { articleId: "a1", start: 90, text: "words at 90", speaker: "the ministry" },
      },
    ]);
  });

  it("are read from each article's kept speakers, and an article's are kept as found", () => {
    const kept = new Map<string, ArticleSpeakers>();
    const memo = {
      get: (id: string) => kept.get(id),
      set: (id: string, speakers: ArticleSpeakers) => void kept.set(id, speakers),
    };
    const found = speakersOf(articles, (id) => QUOTES[id]!, memo);
    expect([...kept.keys()]).toEqual(["a1", "a2", "a3", "a4"]);
    expect(kept.get("a3")).toEqual([]);
    // A second reading takes every article's from the memo, finding no quote again.
    expect(
      speakersOf(
        articles,
        () => {
          throw new Error("quotes read again");
        },
        memo,
      ),
    ).toEqual(found);
    // What the memo holds is what counts: an article kept with other speakers changes the table.
    kept.set("a3", [
      { key: "x", speaker: "X", count: 5, example: { articleId: "a3", start: 1, text: "t", speaker: "X" } },
    ]);
    expect(speakersOf(articles, (id) => QUOTES[id]!, memo)[0]).toMatchObject({ speaker: "X", count: 5 });
  });

  it("are kept from build to build by what each article was made from, and only while asked for", () => {
    const byArticle = new Map(articles.map((a) => [a.id, [a]]));
    const keys = new Map([
      ["a1", "k1"],
      ["a2", "k2"],
      ["a3", "k3"],
    ]);
    const first = openStageMemo();
    const speakers = outletMemo(first, byArticle, keys).articleSpeakers!;
    const a1: ArticleSpeakers = [
      {
        key: "person-mike-pompeo",
        speaker: "Pompeo",
        count: 2,
        example: { articleId: "a1", start: 0, text: "t", speaker: "Pompeo" },
      },
    ];
    speakers.set("a1", a1);
    speakers.set("a2", []);
    speakers.set("a3", []);
    // No linked key, nothing kept.
    speakers.set("a4", a1);
    expect(speakers.get("a4")).toBeUndefined();
    // Entries about articles, not results: the outlets' counts leave them out.
    expect(first.counts).toEqual({ kept: 0, made: 0 });
    // An outlet whose only article is a3 (`byArticle` gives each article an outlet of its own).
    const reading = { naming: [], speakers: [] };
    outletMemo(first, byArticle, keys).set("a3", reading);

    const second = openStageMemo(first.pack());
    const again = outletMemo(second, byArticle, new Map([...keys, ["a2", "k2-edited"]])).articleSpeakers!;
    expect(again.get("a1")).toEqual(a1);
    // Edited, the article's speakers are not known.
    expect(again.get("a2")).toBeUndefined();
    // Neither read nor kept in this build, a3's entry is not in the next.
    const third = openStageMemo(second.pack());
    const last = outletMemo(third, byArticle, keys).articleSpeakers!;
    expect(last.get("a1")).toEqual(a1);
    expect(last.get("a3")).toBeUndefined();

    // Its outlet's reading taken from the memo, an article's entry lives on without being read.
    const fourth = openStageMemo(first.pack());
    expect(outletMemo(fourth, byArticle, keys).get("a3")).toEqual(reading);
    expect(outletMemo(openStageMemo(fourth.pack()), byArticle, keys).articleSpeakers!.get("a3")).toEqual([]);
  });
});
