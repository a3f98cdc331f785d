import { describe, expect, it } from "vitest";
import { extractEvents } from "./extract-events.ts";
import { article } from "./fixture-article.ts";
import { mentionsOf } from "./mention-list.ts";

const stateReport = article(
  "a-state",
  "state-agency",
  "2018-05-10",
  "Leader Meets Visiting Secretary",
  "Pyongyang, May 10 (KCNA) -- Kim Jong Un, chairman of the State Affairs Commission of the DPRK, Wednesday met Mike Pompeo, secretary of State of the United States of America.\n\nThe respected Supreme Leader warmly greeted Mike Pompeo.\n\nHe said that the coming DPRK-U.S. summit would be historic.",
);
const wireReport = article(
  "b-wire",
  "wire",
  "2018-05-10",
  "Pompeo meets Kim in Pyongyang",
  "Secretary of State Mike Pompeo met North Korean leader Kim Jong Un in Pyongyang on Wednesday, preparing the summit with President Donald Trump.\n\nThe despot greeted Pompeo at the meeting.",
);
const letterStory = article(
  "c-cable",
  "cable",
  "2018-07-12",
  "Trump shares letter",
  "President Trump on Thursday said North Korean leader Kim Jong Un sent him a warm letter.\n\nIn the letter dated July 6, Kim thanked Trump for his efforts.\n\nThe despot also called their historic summit in Singapore the start of a journey.",
);
const unrelated = article(
  "0-weather",
  "local",
  "2018-05-10",
  "Storm hits coast",
  "Governor Jane Miller on Wednesday declared an emergency as a storm flooded Harbor City.",
);

describe("extractEvents", () => {
  const result = extractEvents([stateReport, wireReport, letterStory]);
  const eventOf = (articleId: string) =>
    result.events.find((e) => e.id === result.primaryEventIds.get(articleId));

  it("dates a past-tense lead's bare weekday back from the publication day", () => {
    expect(eventOf("a-state")?.start).toBe("2018-05-09");
    expect(eventOf("a-state")?.precision).toBe("day");
  });

  it("groups the state report and the wire report of the meeting into one event across outlets", () => {
    const event = eventOf("a-state");
    expect(event?.id).toBe(result.primaryEventIds.get("b-wire"));
    expect(event?.sourceIds).toEqual(["state-agency", "wire"]);
    expect(event?.title).toMatch(/^(Kim Jong Un meets Mike Pompeo|Mike Pompeo meets Kim Jong Un)/);
    expect(event?.entityIds).toEqual(expect.arrayContaining(["person-kim-jong-un", "person-mike-pompeo"]));
  });

  it("dates a later sentence by its own date expression", () => {
    const letter = result.events.find((e) =>
      e.mentions.some((m) => m.quote.startsWith("In the letter dated July 6")),
    );
    expect(letter?.start).toBe("2018-07-06");
    expect(eventOf("c-cable")?.start).toBe("2018-07-12");
  });

  it("resolves names, titles, appositions and descriptions to one entity per person", () => {
    const kim = result.entities.find((e) => e.id === "person-kim-jong-un");
    const forms = kim ? mentionsOf(kim.mentions).map((m) => m.text) : [];
    expect(forms).toEqual(
      expect.arrayContaining([
        "Kim Jong Un, chairman of the State Affairs Commission of the DPRK",
        "The respected Supreme Leader",
        "North Korean leader Kim Jong Un",
        "The despot",
        "Kim",
      ]),
    );
    const pompeo = result.entities.find((e) => e.id === "person-mike-pompeo");
    expect(mentionsOf(pompeo!.mentions).map((m) => m.text)).toEqual(
      expect.arrayContaining(["Secretary of State Mike Pompeo", "Pompeo"]),
    );
    // "President Trump" in a story without his first name joins the Donald Trump of the corpus.
    const trump = result.entities.find((e) => e.id === "person-donald-trump");
    expect(
      mentionsOf(trump!.mentions).some((m) => m.articleId === "c-cable" && m.text === "President Trump"),
    ).toBe(true);
  });

  it("keeps every event id when an unrelated article is added, and the same input gives the same ids", () => {
    const again = extractEvents([letterStory, wireReport, stateReport]);
    expect(again.events.map((e) => e.id)).toEqual(result.events.map((e) => e.id));
    const grown = extractEvents([unrelated, stateReport, wireReport, letterStory]);
    const grownIds = new Set(grown.events.map((e) => e.id));
    for (const e of result.events) expect(grownIds.has(e.id)).toBe(true);
    expect(grown.primaryEventIds.get("0-weather")).not.toBe(grown.primaryEventIds.get("a-state"));
  });

  it("finds the same events with the texts packed while it runs, gives the texts back, and quotes every mention from them", () => {
    const articles = [stateReport, wireReport, letterStory];
    const before = articles.map((a) => a.text);
    const { events } = extractEvents(articles, undefined, { packTextsFrom: 0 });
    expect(events).toEqual(result.events);
    expect(articles.map((a) => a.text)).toEqual(before);
    const byId = new Map(articles.map((a) => [a.id, a]));
    const quoted = events.flatMap((e) => e.mentions);
    expect(quoted.length).toBeGreaterThan(3);
    for (const m of quoted) {
      expect(m.quote).not.toBe("");
      expect(m.quote).toBe(byId.get(m.articleId)!.text.slice(m.start, m.end));
    }
  });

  it("sets the articles' time expressions", () => {
    const timexes = result.timexes.of("c-cable", letterStory.text);
    expect(timexes.some((t) => t.value === "2018-07-06")).toBe(true);
    for (const t of timexes) expect(letterStory.text.slice(t.start, t.end)).toBe(t.text);
  });
});
