import { describe, expect, it } from "vitest";
import { removeBoilerplate } from "./boilerplate.ts";
import { parseContributorLine, takeContributorLines } from "./contributor-line.ts";

describe("removeBoilerplate", () => {
  it("drops the 'More From' story list and everything after it", () => {
    const { lines, removed } = removeBoilerplate([
      "Story.",
      "",
      "More From KCNA.kp (En)",
      "Other story",
      "More Articles",
    ]);
    expect(lines).toEqual(["Story.", ""]);
    expect(removed.map((r) => r.rule)).toEqual(["story list", "story list", "story list"]);
  });

  it("drops 'Read original version at source', share buttons and video embeds", () => {
    const { lines } = removeBoilerplate([
      "Read original version at source",
      "Share on Facebook",
      "Tweet",
      "Share | Tweet | Email",
      "LISTEN TO ARTICLE 4:55 SHARE THIS ARTICLE Share Tweet Post Email",
      "Listen to this article 2:10",
      "JUST WATCHED North Korean delegation visits Seoul Replay More Videos ... MUST WATCH North Korean delegation visits Seoul 01:48",
      "Slideshow (3 Images)",
      "Kim met Pompeo.",
      "Story Continued Below",
      "Sign up for Daily Newsletters Manage Newsletters",
      "Listen to the article's author.",
      "Copyright © 2018 The Washington Times, LLC. Click here for reprint permission.",
      "Print",
    ]);
    expect(lines).toEqual(["Kim met Pompeo.", "Listen to the article's author."]);
  });

  it("takes a politician's hover card out of the sentence it was pasted into, and leaves the story's name", () => {
    const { lines, removed } = removeBoilerplate([
      "Sen. Ann Carter Ann Louise CarterBudget talks stall again: report Senate passes farm bill MORE (D-Ore.) said talks must go on.",
      "Secretary of State Mike Pompeo Michael (Mike) Richard PompeoHeadline one here Another headline MORE flew to Seoul.",
      "Nothing MORE here: a shout is no card, nor is Sam SmithJones without the card's full name.",
    ]);
    expect(lines).toEqual([
      "Sen. Ann Carter (D-Ore.) said talks must go on.",
      "Secretary of State Mike Pompeo flew to Seoul.",
      "Nothing MORE here: a shout is no card, nor is Sam SmithJones without the card's full name.",
    ]);
    expect(removed).toEqual([
      {
        line: "Ann Louise CarterBudget talks stall again: report Senate passes farm bill MORE",
        rule: "name card",
      },
      { line: "Michael (Mike) Richard PompeoHeadline one here Another headline MORE", rule: "name card" },
    ]);
  });

  it("cuts the end mark -0- and whatever follows it", () => {
    const { lines } = removeBoilerplate([
      "He saw him off, promising to meet again. -0-",
      "",
      "Seven Tombs of Kaesong",
    ]);
    expect(lines).toEqual(["He saw him off, promising to meet again."]);
  });

  it("drops links to other stories written in capitals between paragraphs", () => {
    const { lines, removed } = removeBoilerplate([
      "The despot also called their summit a start.",
      "NORTH KOREA SAYS DENUCLEARIZATION TALKS WITH POMPEO 'REGRETTABLE'",
      "The letter comes days after.",
    ]);
    expect(lines).toEqual(["The despot also called their summit a start.", "The letter comes days after."]);
    expect(removed[0]?.rule).toBe("link to another story");
  });

  it("keeps short capitalised lines and acronyms that may belong to the story", () => {
    const { lines } = removeBoilerplate(["DPRK-U.S. SUMMIT", "UN SAYS NO."]);
    expect(lines).toEqual(["DPRK-U.S. SUMMIT", "UN SAYS NO."]);
  });
});

describe("contributor lines", () => {
  it("reads the outlet from the possessive and the people who contributed", () => {
    expect(parseContributorLine("Fox News' Adam Shaw contributed to this report.")).toEqual({
      outlet: "Fox News",
      contributors: ["Adam Shaw"],
      line: "Fox News' Adam Shaw contributed to this report.",
    });
  });

  it("does not take a contributing wire for the outlet", () => {
    const parsed = parseContributorLine("The Associated Press contributed to this report.");
    expect(parsed?.outlet).toBeUndefined();
    expect(parsed?.contributors).toEqual(["The Associated Press"]);
  });

  it("takes contributor lines off the end of the story only", () => {
    const { lines, found } = takeContributorLines([
      "Reuters contributed to this report, he said, is not a closing line.",
      "Last paragraph.",
      "Fox News' Adam Shaw and Lucas Tomlinson contributed to this report.",
      "",
    ]);
    expect(lines).toHaveLength(2);
    expect(found[0]?.contributors).toEqual(["Adam Shaw", "Lucas Tomlinson"]);
  });
});
