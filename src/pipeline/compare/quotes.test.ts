import { describe, expect, it } from "vitest";
import { findQuotes } from "./quotes.ts";

const speakers = (text: string, named = []) =>
  findQuotes(text, named).map((q) => ({ speaker: q.speaker, via: q.via, text: q.text }));

describe("findQuotes", () => {
  it("attributes a curly quote to the name after it", () => {
    const text = "“Look, people are going to make stray comments after meetings,” Pompeo said.";
    expect(speakers(text)).toEqual([
      {
        speaker: "Pompeo",
        via: undefined,
        text: "Look, people are going to make stray comments after meetings,",
      },
    ]);
  });

  it("carries the speaker over to the next quote of the paragraph", () => {
    const text =
      "“Look, people are going to make stray comments after meetings,” Pompeo said. “If I paid attention to what the press said, I’d go nuts.”";
    expect(speakers(text).map((q) => q.speaker)).toEqual(["Pompeo", "Pompeo"]);
  });

  it("takes a described speaker: the letter read", () => {
    const text =
      "“I extend my conviction that the epochal progress will bring our next meeting forward,” the letter read.";
    expect(speakers(text)[0]?.speaker).toBe("the letter");
  });

  it("separates the speaker from the outlet credited with the quote", () => {
    const text =
      '"We had expected that the U.S. side would offer constructive measures," Pyongyang\'s Foreign Ministry said in a statement, according to The Associated Press.';
    expect(speakers(text)[0]).toMatchObject({
      speaker: "Pyongyang's Foreign Ministry",
      via: "The Associated Press",
    });
  });

  it("reads the inverted order and attribution before the quote", () => {
    expect(speakers("“We will meet again very soon,” said Secretary of State Mike Pompeo.")[0]?.speaker).toBe(
      "Secretary of State Mike Pompeo",
    );
    expect(speakers("Kim said: “We will open a new chapter of peace.”")[0]?.speaker).toBe("Kim");
  });

  it("uses the source when only 'according to' names one", () => {
    expect(speakers('"The talks will resume next week in Geneva," according to Reuters.')[0]?.speaker).toBe(
      "Reuters",
    );
  });

  it("follows a quote over paragraphs that each open with a mark", () => {
    const text =
      "“The first paragraph of the statement goes on\n“and the second one closes it at last,” the ministry said.";
    const [quote] = findQuotes(text);
    expect(quote?.speaker).toBe("the ministry");
    expect(quote?.text).toBe(
      "The first paragraph of the statement goes on\n“and the second one closes it at last,",
    );
  });

  it("leaves out scare quotes and unclosed marks", () => {
    expect(findQuotes("The talks were “regrettable” and “gangster-like,” he said.")).toEqual([]);
    expect(findQuotes("He wrote “this never closes\nNext paragraph.")).toEqual([]);
  });

  it("names a pronoun by the person mentioned before it and links the entity", () => {
    const text = "Pompeo arrived on Friday. “We made progress on every central issue,” he said.";
    const [quote] = findQuotes(text, [
      { start: 0, end: 6, entityId: "person-mike-pompeo", kind: "person", text: "Pompeo" },
    ]);
    expect(quote).toMatchObject({ speaker: "Pompeo", speakerEntityId: "person-mike-pompeo" });
  });
});
