import { describe, expect, it } from "vitest";
import { extractEvents } from "./extract-events.ts";
import { article } from "./fixture-article.ts";

const cable = article(
  "c-cable",
  "cable",
  "2018-07-12",
  "Trump shares letter",
  "President Donald Trump on Thursday said Kim Jong Un sent him a warm letter, days after North Korea slammed the talks with Mike Pompeo.\n\nThe letter comes days after the North Korean Foreign Ministry released a statement accusing the U.S. of pressure.\n\nOn Sunday, Pompeo shrugged off the statement and said little.",
);

describe("event rules for news text", () => {
  const result = extractEvents([cable]);
  const quoted = (words: string) =>
    result.events.find((e) => e.mentions.some((m) => m.quote.includes(words)));

  it("makes one approximate event of the clauses that recall the same earlier moment ('days after')", () => {
    const statement = quoted("Foreign Ministry released a statement");
    expect(statement).toBe(quoted("slammed the talks"));
    expect(statement).toMatchObject({ start: "2018-07-06", end: "2018-07-10", precision: "approximate" });
    expect(statement?.mentions).toHaveLength(2);
  });

  it("puts every verb of a title in the present", () => {
    expect(quoted("shrugged off")?.title).toBe("Mike Pompeo shrugs off the statement and says little");
  });

  it("adds the dateline's city to a meeting only when the clause names no other place", () => {
    const abroad = article(
      "k-abroad",
      "state-agency",
      "2018-03-28",
      "Banquet",
      "Pyongyang, March 28 (KCNA) -- Xi Jinping hosted a banquet for Kim Jong Un at the Great Hall of the People on March 26.",
    );
    const home = article(
      "k-home",
      "state-agency",
      "2018-05-10",
      "Meeting",
      "Pyongyang, May 10 (KCNA) -- Kim Jong Un Wednesday met Mike Pompeo, who is on a visit to the DPRK.",
    );
    const titles = extractEvents([abroad, home]).events.map((e) => e.title);
    expect(titles).toContain("Xi Jinping hosts a banquet for Kim Jong Un");
    expect(titles).toContain("Kim Jong Un meets Mike Pompeo in Pyongyang");
  });

  it("gives an article whose lead names no one its headline's event", () => {
    const plain = article(
      "p-plain",
      "paper",
      "2021-05-01",
      "Chip shortage gets worse",
      "A global shortage of computer chips could mean buyers wait a while and pay more.",
    );
    const got = extractEvents([plain]);
    const event = got.events.find((e) => e.id === got.primaryEventIds.get("p-plain"));
    expect(event).toMatchObject({ title: "Chip shortage gets worse", start: "2021-05-01" });
  });
});
