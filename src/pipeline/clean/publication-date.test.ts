import { describe, expect, it } from "vitest";
import type { RawArticle } from "../read/raw-article.ts";
import { parseDateline } from "./dateline.ts";
import { inferPublicationDate } from "./infer-date.ts";
import { parseExplicitDate } from "./parse-date.ts";
import { resolvePublicationDate } from "./publication-date.ts";

const raw = (meta: RawArticle["meta"] = {}): RawArticle => ({ file: "a.txt", format: "txt", text: "", meta });
const noHeader = { topDates: [], labels: [], bodyStart: 0 };

describe("parseExplicitDate", () => {
  it("reads ISO days and keeps an ISO datetime with its offset", () => {
    expect(parseExplicitDate("2018-05-10")).toEqual({ ok: true, value: "2018-05-10" });
    expect(parseExplicitDate("2021-04-22T06:15:00-07:00")).toEqual({
      ok: true,
      value: "2021-04-22T06:15:00-07:00",
    });
  });

  it("returns both readings of an ambiguous numeric date, and one when only one exists", () => {
    expect(parseExplicitDate("10/05/2018")).toEqual({
      ok: true,
      value: "2018-10-05",
      alternatives: ["2018-10-05", "2018-05-10"],
    });
    expect(parseExplicitDate("25/12/2018")).toEqual({ ok: true, value: "2018-12-25" });
  });

  it("reads written-out dates", () => {
    expect(parseExplicitDate("May 10, 2018")).toEqual({ ok: true, value: "2018-05-10" });
    expect(parseExplicitDate("Thursday, 12 July 2018")).toEqual({ ok: true, value: "2018-07-12" });
  });

  it("refuses days that do not exist and years out of range", () => {
    expect(parseExplicitDate("2018-02-31")).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a real/),
    });
    expect(parseExplicitDate("February 31, 2018")).toMatchObject({ ok: false });
    expect(parseExplicitDate("10000-01-01")).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/outside/),
    });
    expect(parseExplicitDate("1850-06-01")).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/outside/),
    });
    expect(parseExplicitDate("soon")).toMatchObject({ ok: false });
  });
});

describe("resolvePublicationDate", () => {
  const kcnaBody = "Pyongyang, May 10 (KCNA) -- Kim Jong Un Wednesday met Mike Pompeo.";

  it("reads Date: 10/05/2018 day-first when the dateline says May 10", () => {
    const header = { ...noHeader, dateField: "10/05/2018", topDates: ["January 08, 2026"] };
    const result = resolvePublicationDate(raw(), header, parseDateline(kcnaBody), kcnaBody, { years: [] });
    expect(result).toMatchObject({ ok: true, value: "2018-05-10", basis: "header" });
  });

  it("reads an ambiguous date month-first with a warning when nothing confirms it", () => {
    const result = resolvePublicationDate(raw({ published: "03/04/2018" }), noHeader, undefined, "Text.", {
      years: [],
    });
    expect(result).toMatchObject({ ok: true, value: "2018-03-04", basis: "metadata" });
    expect(result.warnings[0]).toMatch(/day-first or month-first/);
  });

  it("lets explicit metadata win over the page", () => {
    const header = { ...noHeader, dateField: "10/05/2018" };
    const result = resolvePublicationDate(raw({ published: "2018-05-11" }), header, undefined, "x", {
      years: [],
    });
    expect(result).toMatchObject({ value: "2018-05-11", basis: "metadata" });
  });

  it("falls back to the text when the explicit date does not exist", () => {
    const body = "Pyongyang, May 10 (KCNA) -- text";
    const result = resolvePublicationDate(
      raw({ published: "2018-02-31" }),
      noHeader,
      parseDateline(body),
      body,
      {
        years: [2018],
      },
    );
    expect(result).toMatchObject({ ok: true, value: "2018-05-10", basis: "dateline" });
    expect(result.warnings[0]).toMatch(/not a real calendar day/);
  });

  it("does not take the copy date at the top of the page when the text dates the story", () => {
    const body = "President Trump on Thursday said ... In the letter dated July 6, Kim thanked Trump.";
    const header = { ...noHeader, topDates: ["January 08, 2026"] };
    const result = resolvePublicationDate(raw(), header, undefined, body, { years: [2018] });
    expect(result).toMatchObject({ ok: true, value: "2018-07-12", basis: "inferred" });
  });

  it("uses the copy date only as a last resort, with a warning", () => {
    const header = { ...noHeader, topDates: ["January 08, 2026"] };
    const result = resolvePublicationDate(raw(), header, undefined, "No dates here.", { years: [] });
    expect(result).toMatchObject({ ok: true, value: "2026-01-08", basis: "header" });
    expect(result.warnings[0]).toMatch(/may be the day it was copied/);
  });

  it("rejects when nothing dates the article", () => {
    const result = resolvePublicationDate(raw(), noHeader, undefined, "On Thursday he spoke.", {
      years: [2018],
    });
    expect(result.ok).toBe(false);
  });
});

describe("inferPublicationDate", () => {
  const fox =
    "President Trump on Thursday said North Korean leader Kim Jong Un sent him a note.\n\nIn the letter dated July 6, Kim thanked Trump.\n\nOn Sunday, Pompeo shrugged off the statement.";

  it("dates the Fox story to the Thursday after July 6, in the corpus's year", () => {
    expect(inferPublicationDate(fox, { years: [2018] })?.value).toBe("2018-07-12");
  });

  it("takes the year from the corpus, most frequent first", () => {
    // In 2019, the first Thursday on or after July 6 is July 11.
    expect(inferPublicationDate(fox, { years: [2019, 2018] })?.value).toBe("2019-07-11");
  });

  it("uses years the text mentions when the corpus has none", () => {
    const text = "Officials on Monday said the May 3 talks, the first since 2017, went well.";
    expect(inferPublicationDate(text, { years: [] })?.value).toBe("2017-05-08");
  });

  it("gives up without a day-month to anchor on", () => {
    expect(inferPublicationDate("On Thursday the talks ended.", { years: [2018] })).toBeUndefined();
  });
});
