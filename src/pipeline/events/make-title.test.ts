import { describe, expect, it } from "vitest";
import { extractEvents } from "./extract-events.ts";
import { article } from "./fixture-article.ts";

/** The title of the event of a one-article corpus's lead. */
function leadTitle(text: string, published = "2019-05-03"): string | undefined {
  const result = extractEvents([article("t-1", "wire", published, "Headline", text)]);
  const id = result.primaryEventIds.get("t-1");
  return result.events.find((e) => e.id === id)?.title;
}

describe("event titles", () => {
  it("leaves out times of day that the date expressions do not cover", () => {
    expect(
      leadTitle("President Joe Smith tweeted Friday evening that the northern test ground would close."),
    ).toBe("Joe Smith tweets that the northern test ground would close");
  });

  it("ends before the phrase the word limit cut into, not on a dangling 'of the'", () => {
    const title = leadTitle(
      "Premier Ann Lee hosted a grand banquet in welcome of the Vandal visit by Ray Dunn on Thursday.",
    );
    expect(title).toBe("Ann Lee hosts a grand banquet");
  });

  it("does not end on half of a pair ('between A', before 'and B')", () => {
    const title = leadTitle(
      "Secretary Ann Lee on Friday planned a long-awaited summit meeting in Oslo between President Joe Smith and Premier Ray Dunn.",
    );
    expect(title).not.toMatch(/between Joe Smith$/);
    expect(title).toMatch(/^Ann Lee plans/);
  });

  it("takes no slogan or holiday for a name", () => {
    const slogan = extractEvents([
      article(
        "t-1",
        "wire",
        "2019-05-03",
        "Headline",
        "Long Live Joe Smith! Joe Smith met Ray Dunn in Oslo on Friday.",
      ),
    ]);
    expect(slogan.entities.map((e) => e.name)).not.toContain("Long Live Joe Smith");
    const holiday = extractEvents([
      article(
        "t-2",
        "wire",
        "2019-05-03",
        "Headline",
        "In his New Year address on Friday, Joe Smith praised Ray Dunn.",
      ),
    ]);
    expect(holiday.entities.map((e) => e.name)).not.toContain("New Year");
  });

  it("skips an adverb between 'will' and the verb", () => {
    expect(leadTitle("Envoy Tom Ward will soon visit Lisbon for talks, the ministry said on Friday.")).toBe(
      "Tom Ward to visit Lisbon for talks",
    );
  });
});
