import { describe, expect, it } from "vitest";
import { extractEvents } from "./extract-events.ts";
import { article } from "./fixture-article.ts";
import { mentionsOf } from "./mention-list.ts";

/** The events of a one-article corpus. */
function oneArticle(text: string, published = "2019-05-03") {
  return extractEvents([article("t-1", "wire", published, "Headline", text)]);
}

/** The title of the event of a one-article corpus's lead. */
function leadTitle(text: string, published = "2019-05-03"): string | undefined {
  const result = oneArticle(text, published);
  const id = result.primaryEventIds.get("t-1");
  return result.events.find((e) => e.id === id)?.title;
}

describe("event titles", () => {
  it("leaves out times of day that the date expressions do not cover", () => {
    expect(
      leadTitle("President Joe Smith tweeted Friday evening that the northern test ground would close."),
    ).toBe("Joe Smith tweets the northern test ground would close");
  });

  it("drops the 'that' of reported speech and keeps the reported clause's verb", () => {
    expect(
      leadTitle(
        "President Joe Smith announced on Friday that three sailors held in Ruritania had been released.",
      ),
    ).toBe("Joe Smith announces three sailors held in Ruritania had been released");
  });

  it("puts a passive verb in headline form, not in the active", () => {
    expect(leadTitle("Envoy Tom Ward was detained at the Lisbon airport on Friday.")).toBe(
      "Tom Ward detained at the Lisbon airport",
    );
    expect(leadTitle("Envoy Tom Ward is expected to visit Lisbon on Friday.")).toBe(
      "Tom Ward expected to visit Lisbon",
    );
    expect(leadTitle("Envoy Tom Ward will be freed on Friday, the ministry said.")).toBe(
      "Tom Ward to be freed",
    );
    expect(leadTitle("Envoy Tom Ward was arrested and sentenced to ten years on Friday.")).toBe(
      "Tom Ward arrested and sentenced to ten years",
    );
  });

  it("names both of two subjects joined by 'and', with the verb agreeing", () => {
    expect(leadTitle("President Joe Smith and Premier Ray Dunn met in Oslo on Friday.")).toBe(
      "Joe Smith and Ray Dunn meet in Oslo",
    );
    expect(leadTitle("President Joe Smith and Premier Ray Dunn will sign a treaty on Friday.")).toBe(
      "Joe Smith and Ray Dunn to sign a treaty",
    );
  });

  it("does not take a participle after a determiner or a possessive for the verb", () => {
    const title = leadTitle(
      "Ann Lee's remarks came ahead of a planned meeting in Oslo, and Joe Smith announced on Friday that talks would resume.",
    );
    expect(title).not.toMatch(/plans/);
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
    // Cut at the word limit on "and", which the headline then drops: still half a pair.
    const cutOnAnd = leadTitle(
      "Secretary Ann Lee on Friday planned talks in Oslo between President Joe Smith and Premier Ray Dunn of Ruritania.",
    );
    expect(cutOnAnd).not.toMatch(/between Joe Smith$/);
    expect(cutOnAnd).toMatch(/^Ann Lee plans talks in Oslo/);
    // A pair that was never cut keeps its "between".
    expect(leadTitle("Secretary Ann Lee on Friday planned talks between the two Koreas.")).toBe(
      "Ann Lee plans talks between the two Koreas",
    );
  });

  it("takes no slogan, holiday or war for a name", () => {
    const slogan = oneArticle("Long Live Joe Smith! Joe Smith met Ray Dunn in Oslo on Friday.");
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
    const wars = extractEvents([
      article(
        "t-3",
        "wire",
        "2019-05-03",
        "Headline",
        "Joe Smith said on Friday the Korean War never ended. Ray Dunn recalled the Cold War.",
      ),
    ]);
    expect(wars.entities.map((e) => e.name)).not.toContain("Korean War");
    expect(wars.entities.map((e) => e.name)).not.toContain("Cold War");
  });

  it("takes a lone capitalised word for a person only when some article completes it or gives it a title", () => {
    const result = extractEvents([
      article("t-1", "wire", "2019-05-03", "Headline", "President Joe Smith met Ray Dunn in Oslo on Friday."),
      article(
        "t-2",
        "wire",
        "2019-05-04",
        "Headline",
        "On Saturday Smith flew from Monterey to Lisbon, where Mr. Ward waited, as Diplomats from Sweden watched.",
      ),
    ]);
    const people = result.entities.filter((e) => e.kind === "person").map((e) => e.name);
    // "Smith" joins Joe Smith; "Mr. Ward" has a title; "Monterey" and "Diplomats" are no one.
    expect(people).toEqual(expect.arrayContaining(["Joe Smith", "Ray Dunn", "Ward"]));
    expect(people).not.toContain("Monterey");
    expect(people).not.toContain("Diplomats");
    // A country outside the short list of forms is still a country, not a lone surname.
    expect(result.entities.find((e) => e.name === "Sweden")?.kind).toBe("country");
    const smith = result.entities.find((e) => e.name === "Joe Smith")!;
    expect(mentionsOf(smith.mentions).map((m) => m.articleId)).toContain("t-2");
  });

  it("leaves the gerund or adverb opening a sentence out of the name after it", () => {
    const result = oneArticle(
      "Assessing the North’s recent statements, Joe Smith said on Friday the North would talk. Addressing Vice President Ray Dunn, he smiled.",
    );
    const names = result.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Joe Smith", "Ray Dunn"]));
    expect(names.filter((n) => /Assessing|Addressing|North/.test(n))).toEqual([]);
  });

  it("takes no next clause's titled subject for an apposition, and no other country's official for a named one", () => {
    const result = oneArticle(
      "At the recent talks with the foreign minister of Vandalia, Japanese Foreign Minister Tom Ward spoke out on Friday.",
    );
    const ward = result.entities.find((e) => e.name === "Tom Ward");
    expect(ward?.aliases).toEqual(["Japanese Foreign Minister Tom Ward"]);
    expect(
      result.entities.flatMap((e) => e.aliases ?? []).some((a) => /Vandalia,|the foreign minister/.test(a)),
    ).toBe(false);
  });

  it("skips an adverb between 'will' and the verb", () => {
    expect(leadTitle("Envoy Tom Ward will soon visit Lisbon for talks, the ministry said on Friday.")).toBe(
      "Tom Ward to visit Lisbon for talks",
    );
  });
});
