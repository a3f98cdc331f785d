import { describe, expect, it } from "vitest";
import { editsFor, isEmptyQuery, parsePeriod, parseQuery } from "./parse-query.ts";

describe("parseQuery", () => {
  it("takes words, all required, folded by the shared normaliser", () => {
    const { query, problems } = parseQuery("Chosŏn KCNA’s ");
    expect(problems).toEqual([]);
    expect(query.words).toEqual([
      { term: "choson", prefix: false, maxEdits: 1 },
      { term: "kcna", prefix: false, maxEdits: 1 },
    ]);
  });

  it("treats only the last word as a prefix while it is being typed", () => {
    expect(parseQuery("kim pomp").query.words.map((w) => w.prefix)).toEqual([false, true]);
    expect(parseQuery("kim pomp ").query.words.map((w) => w.prefix)).toEqual([false, false]);
  });

  it("scales the typos forgiven with the word's length", () => {
    expect(editsFor("kim")).toBe(0);
    expect(editsFor("missle")).toBe(1);
    expect(editsFor("imperialists")).toBe(2);
    expect(parseQuery("sanctons").query.words[0]?.maxEdits).toBe(2);
  });

  it("keeps quoted phrases whole and in order, straight or curly quotes", () => {
    expect(parseQuery('"Supreme Leader" kim').query).toMatchObject({
      phrases: [["supreme", "leader"]],
      words: [{ term: "kim" }],
    });
    expect(parseQuery("“missile launch”").query.phrases).toEqual([["missile", "launch"]]);
  });

  it("reads an unclosed quote as a phrase still being typed", () => {
    expect(parseQuery('"supreme lea').query.phrases).toEqual([["supreme", "lea"]]);
  });

  it("asks a word the normaliser splits as a phrase of its parts", () => {
    expect(parseQuery("Yong-ho").query).toMatchObject({ phrases: [["yong", "ho"]], words: [] });
    expect(parseQuery("金正恩").query.phrases).toEqual([["金", "正", "恩"]]);
  });

  it("excludes words and phrases with a minus", () => {
    const { query } = parseQuery('kim -olympics -"South Korea"');
    expect(query.words.map((w) => w.term)).toEqual(["kim"]);
    expect(query.excludedWords).toEqual(["olympics"]);
    expect(query.excludedPhrases).toEqual([["south", "korea"]]);
  });

  it("does not read a lone or inner hyphen as an exclusion", () => {
    const { query } = parseQuery("kim - jong");
    expect(query.words.map((w) => w.term)).toEqual(["kim", "jong"]);
    expect(query.excludedWords).toEqual([]);
  });

  it("collects several sources, lower-cased, repeated or comma-separated", () => {
    expect(parseQuery("source:KCNA source:reuters,fox-news source:kcna").query.sources).toEqual([
      "kcna",
      "reuters",
      "fox-news",
    ]);
  });

  it("turns from/to periods into inclusive first and last days", () => {
    expect(parseQuery("from:2018-03 to:2018-04").query).toMatchObject({
      from: "2018-03-01",
      to: "2018-04-30",
    });
    expect(parseQuery("from:2018 to:2018").query).toMatchObject({ from: "2018-01-01", to: "2018-12-31" });
    expect(parseQuery("from:2018-02-28 to:2020-02").query).toMatchObject({
      from: "2018-02-28",
      to: "2020-02-29",
    });
  });

  it("reports invalid dates and filters instead of throwing, and keeps the rest", () => {
    const { query, problems } = parseQuery("kim from:2018-13 to:yesterday source: -source:kcna");
    expect(query.words.map((w) => w.term)).toEqual(["kim"]);
    expect(query.from).toBeUndefined();
    expect(query.to).toBeUndefined();
    expect(query.sources).toEqual([]);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toContain("from:");
    expect(problems[1]).toContain('"yesterday"');
  });

  it("reports a period that ends before it starts", () => {
    expect(parseQuery("from:2018-05 to:2018-04").problems[0]).toContain("after");
  });

  it("ignores punctuation-only parts and knows an empty query", () => {
    expect(isEmptyQuery(parseQuery("  , . ").query)).toBe(true);
    expect(isEmptyQuery(parseQuery("source:kcna").query)).toBe(false);
    expect(parseQuery('""').problems).toEqual([]);
  });

  it("reads an unknown key:value as words", () => {
    expect(parseQuery("at 10:30").query.phrases).toEqual([["10", "30"]]);
  });
});

describe("parsePeriod", () => {
  it("rejects days that do not exist", () => {
    expect(parsePeriod("2018-02-29")).toBeUndefined();
    expect(parsePeriod("2018-2")).toBeUndefined();
    expect(parsePeriod("2016-02-29")).toEqual({ first: "2016-02-29", last: "2016-02-29" });
  });
});
