import { describe, expect, it } from "vitest";
import { extractEvents } from "./extract-events.ts";
import { article } from "./fixture-article.ts";

// Hand-written stories: one outlet calls a summit coming, a later one looks back on it; neither dates it.
const before = article(
  "a-state",
  "state-agency",
  "2018-05-10",
  "Leader Meets Visiting Secretary",
  "Pyongyang, May 10 (KCNA) -- Kim Jong Un Wednesday met Mike Pompeo, secretary of State of the United States of America.\n\nKim Jong Un said that the coming DPRK-U.S. summit would be historic.",
);
const after = article(
  "c-cable",
  "cable",
  "2018-07-12",
  "Trump shares letter",
  "President Donald Trump on Thursday said North Korean leader Kim Jong Un sent him a warm letter.\n\nIn the letter dated July 6, Kim thanked Trump for his efforts.\n\nThe despot also called their historic summit in Singapore the start of a journey.",
);

describe("undated named events", () => {
  it("spans a summit from the day it was still coming to the day an account looked back on it", () => {
    const result = extractEvents([before, after]);
    const summit = result.events.find((e) => e.mentions.some((m) => m.quote.includes("summit in Singapore")));
    expect(summit).toMatchObject({ start: "2018-05-10", end: "2018-07-06", precision: "approximate" });
    expect(summit?.sourceIds).toEqual(["cable", "state-agency"]);
    expect(summit?.mentions.some((m) => m.quote.includes("coming DPRK-U.S. summit"))).toBe(true);
    expect(summit?.title).toBe("DPRK-U.S. summit in Singapore");
    expect(result.warnings.some((w) => w.reason.includes("summit"))).toBe(false);
  });

  it("leaves a summit named only once off the calendar, with one warning per article listing the phrases", () => {
    const twice = article(
      "d-paper",
      "paper",
      "2018-07-13",
      "Kim writes",
      "Kim Jong Un on Friday sent a letter to Donald Trump.\n\nKim praised their summit in Singapore.\n\nKim also recalled the talks with Donald Trump.",
    );
    const result = extractEvents([after, twice]);
    expect(result.events.filter((e) => e.mentions.some((m) => m.quote.includes("Singapore")))).toEqual([]);
    const warnings = result.warnings.filter((w) => w.reason.startsWith("undated events"));
    expect(warnings.map((w) => w.file)).toEqual(["c-cable.txt", "d-paper.txt"]);
    expect(warnings[1]?.reason).toContain('"summit in Singapore", "talks with Donald Trump"');
  });

  it("does not join a coming summit with one looked back on before it was announced", () => {
    const early = { ...after, id: "0-early", published: "2018-04-01", file: "early.txt" };
    const result = extractEvents([before, early]);
    expect(result.events.some((e) => e.precision === "approximate" && e.sourceIds.length === 2)).toBe(false);
  });
});
