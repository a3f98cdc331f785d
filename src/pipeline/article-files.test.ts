import { describe, expect, it } from "vitest";
import type { Article } from "../schema/article.ts";
import type { Event } from "../schema/event.ts";
import {
  ARTICLE_FILE_BYTES,
  articleFileIndex,
  estimateArticleBytes,
  eventArticleFiles,
  splitArticlesByPeriod,
} from "./article-files.ts";
import { build } from "./build.ts";
import { memoryEffects } from "./memory-effects.ts";

function article(id: string, published: string, text = "Officials met."): Article {
  return {
    id,
    source: { id: "kcna", name: "KCNA" },
    title: `Article ${id}`,
    titleInferred: false,
    published,
    publishedBasis: "metadata",
    text,
    primaryEventId: "",
    file: `${id}.json`,
  };
}

const periods = (split: { period: string; articles: Article[] }[]) =>
  split.map((p) => [p.period, p.articles.map((a) => a.id)]);

/** Articles in the corpus's order (publication date, then id), as assemble-corpus lists them. */
function corpusOrder(articles: Article[]): Article[] {
  return [...articles].sort((a, b) =>
    a.published < b.published ? -1 : a.published > b.published ? 1 : a.id < b.id ? -1 : 1,
  );
}

describe("splitArticlesByPeriod", () => {
  it("keeps a small year in one file, named by the year, in the corpus's order", () => {
    const articles = corpusOrder([
      article("c", "2017-12-31"),
      article("a", "2018-01-03"),
      article("b", "2018-01-03T09:00:00Z"),
      article("d", "2018-06-12"),
    ]);
    expect(periods(splitArticlesByPeriod(articles))).toEqual([
      ["2017", ["c"]],
      ["2018", ["a", "b", "d"]],
    ]);
  });

  it("cuts a big year into months and a big month into runs of days, each file within the limit", () => {
    const text = "x".repeat(1000);
    // Every id below has eight characters, so every article has this size.
    const max = estimateArticleBytes(article("mar-01-a", "2018-03-01T12:00:00+09:00", text)) * 4;
    const articles = corpusOrder([
      // January: three articles, fits; March: eight over four days, cut into runs of days.
      ...["01", "02", "03"].map((d) => article(`jan-${d}-a`, `2018-01-${d}`, text)),
      ...["01", "02", "03", "04"].flatMap((d) => [
        article(`mar-${d}-a`, `2018-03-${d}`, text),
        article(`mar-${d}-b`, `2018-03-${d}T12:00:00+09:00`, text),
      ]),
      article("other-yr", "2019-05-05", text),
    ]);
    const split = splitArticlesByPeriod(articles, max);
    expect(split.map((p) => p.period)).toEqual(["2018-01", "2018-03-01", "2018-03-03", "2019"]);
    for (const p of split) {
      const bytes = p.articles.reduce((n, a) => n + estimateArticleBytes(a), 0);
      expect(bytes).toBeLessThanOrEqual(max);
    }
    // Every article in exactly one file, and the files in sequence give back the corpus's order.
    expect(split.flatMap((p) => p.articles)).toEqual(articles);
  });

  it("puts a day bigger than the limit alone in its file rather than splitting it", () => {
    const big = "x".repeat(5000);
    const articles = [
      article("a", "2018-04-01", big),
      article("b", "2018-04-01", big),
      article("c", "2018-04-02", "short"),
    ];
    const max = estimateArticleBytes(articles[0]!) + 10;
    expect(periods(splitArticlesByPeriod(articles, max))).toEqual([
      ["2018-04-01", ["a", "b"]],
      ["2018-04-02", ["c"]],
    ]);
  });

  it("gives the same files for the same articles, and estimates sizes close to the JSON's", () => {
    const articles = corpusOrder(
      Array.from({ length: 300 }, (_, i) =>
        article(
          `a${i}`,
          `2018-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
          "Words about a summit. ".repeat(50 + (i % 40)),
        ),
      ),
    );
    const first = splitArticlesByPeriod(articles, 40_000);
    expect(first.length).toBeGreaterThan(12);
    expect(splitArticlesByPeriod(articles, 40_000)).toEqual(first);
    for (const a of articles.slice(0, 20)) {
      const real = JSON.stringify(a).length;
      expect(estimateArticleBytes(a)).toBeGreaterThanOrEqual(real);
      expect(estimateArticleBytes(a)).toBeLessThan(real + 300);
    }
  });
});

describe("eventArticleFiles", () => {
  it("names the sorted, distinct files of the event's articles and quoted articles", () => {
    const fileOf = articleFileIndex([[{ id: "a" }, { id: "b" }], [{ id: "c" }], [{ id: "d" }]]);
    const e: Pick<Event, "articleIds" | "mentions"> = {
      articleIds: ["d", "a", "b"],
      mentions: [{ articleId: "c", sourceId: "s", quote: "q", start: 0, end: 1 }],
    };
    expect(eventArticleFiles(e, fileOf)).toEqual([0, 1, 2]);
    expect(eventArticleFiles({ articleIds: ["b", "a", "gone"], mentions: [] }, fileOf)).toEqual([0]);
  });
});

describe("the build's article files", () => {
  it("cuts a big corpus by time and points each event at the files holding its articles", async () => {
    // Two weeks of coverage of a few stories, long enough texts that the year takes several files.
    const filler =
      "Analysts in Seoul said the talks could take months to settle, and officials agreed. ".repeat(240);
    const stories = ["Panmunjom", "Singapore", "Hanoi", "Vladivostok"];
    const lines = Array.from({ length: 48 }, (_, i) => {
      const day = 1 + Math.floor(i / 2) * 3;
      const place = stories[i % stories.length]!;
      const published = `2018-${day > 28 ? "05" : "04"}-${String(day > 28 ? day - 28 : day).padStart(2, "0")}`;
      return JSON.stringify({
        title: `Kim Jong Un and Moon Jae-in meet in ${place} (${i})`,
        source: i % 2 ? "Yonhap" : "KCNA",
        published,
        body: `${place.toUpperCase()}, (KCNA) -- Kim Jong Un met Moon Jae-in in ${place} on ${published}, the leaders said. ${filler}`,
      });
    });
    const effects = memoryEffects({ "stories.jsonl": `${lines.join("\n")}\n` });
    await build(effects);
    const read = (name: string) => JSON.parse(effects.outputs.get(name)!);
    const manifest = read("manifest.json");
    const files: string[] = manifest.files.articles;
    expect(files.length).toBeGreaterThan(1);
    expect(files.every((f) => /^articles-2018-\d\d(-\d\d)?\.[0-9a-f]+\.json$/.test(f))).toBe(true);
    const byFile: Article[][] = files.map(read);
    for (const f of files) expect(effects.outputs.get(f)!.length).toBeLessThanOrEqual(ARTICLE_FILE_BYTES);
    // Every written article (near-duplicates are merged) in exactly one file.
    const ids = byFile.flat().map((a) => a.id);
    expect(ids).toHaveLength(manifest.articleCount);
    expect(new Set(ids).size).toBe(ids.length);

    const placeOf = new Map(byFile.flatMap((articles, i) => articles.map((a) => [a.id, i] as const)));
    const events: Event[] = manifest.files.events.flatMap(read);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      const expected = [...new Set([...e.articleIds, ...e.mentions.map((m) => m.articleId)])]
        .map((id) => placeOf.get(id)!)
        .sort((a, b) => a - b);
      expect(e.articleFiles).toEqual([...new Set(expected)]);
    }
  });
});
