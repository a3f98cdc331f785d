import { describe, expect, it } from "vitest";
import { extractEvents } from "./extract-events.ts";
import { findAction } from "./find-action.ts";
import type { EventMention } from "./find-mentions.ts";
import { article, mention as baseMention } from "./fixture-article.ts";
import { makeTitle } from "./make-title.ts";
import { inRelativeClause } from "./relative-clause.ts";
import { titleMention } from "./to-event.ts";
import { tokenize } from "./tokens.ts";

function mention(key: string, terms: string[], extra: Partial<EventMention> = {}): EventMention {
  return baseMention(key, terms, { titleRank: 3, reported: "2019-05-03", ...extra }, "2019-05-03");
}

/** The title of the event of a one-article corpus's lead. */
function leadTitle(text: string, source = "wire"): string | undefined {
  const result = extractEvents([article("t-1", source, "2019-05-03", "Headline", text)]);
  const id = result.primaryEventIds.get("t-1");
  return result.events.find((e) => e.id === id)?.title;
}

/** makeTitle on a clause whose subject is its first word run up to `subjectEnd`. */
function clauseTitle(text: string, subjectEnd: number) {
  const tokens = tokenize(text);
  const from = tokens.findIndex((t) => t.start >= subjectEnd);
  const action = findAction(tokens, from);
  return makeTitle(
    text,
    tokens,
    action,
    { start: 0, end: subjectEnd, name: text.slice(0, subjectEnd) },
    [],
    [],
    text.length,
    undefined,
  );
}

describe("choosing an event's title", () => {
  it("takes the member closest in wording to the others, not one outlet's aside", () => {
    const aside = mention("a", ["ratings", "television", "ferry"], {
      title: "Ray Dunn breaks a ratings record",
    });
    const b = mention("b", ["ferry", "crew", "freed", "harbour"], { title: "Ruritania frees a ferry crew" });
    const c = mention("c", ["ferry", "crew", "freed", "envoy"]);
    const d = mention("d", ["ferry", "crew", "harbour", "envoy"]);
    expect(titleMention([aside, b, c, d]).key).toBe("b");
  });

  it("passes over a closer member whose clause was read wrongly", () => {
    const misread = mention("a", ["ferry", "crew", "freed"], { titleRank: 0 });
    const plain = mention("b", ["ferry", "crew", "harbour"]);
    const other = mention("c", ["ferry", "crew", "freed", "harbour"]);
    expect(titleMention([misread, plain, other]).key).not.toBe("a");
  });

  it("settles a near tie by the earlier report", () => {
    const late = mention("a", ["ferry", "crew"], { reported: "2019-05-04" });
    const early = mention("b", ["ferry", "crew"], { reported: "2019-05-03" });
    expect(titleMention([late, early]).key).toBe("b");
  });

  it("never takes a follow-on sentence, which only repeats its lead's title", () => {
    const lead = mention("a", ["ferry"]);
    const follow = mention("b", ["ferry", "crew"], { follows: "a", primary: false });
    expect(titleMention([follow, lead]).key).toBe("a");
  });
});

describe("subjects of titles", () => {
  it("does not take the outlet's own name for the subject", () => {
    expect(
      leadTitle(
        "(WNN) The Defence Council of Ruritania released a report on the border drill on Friday.",
        "wnn",
      ),
    ).toBe("Defence Council of Ruritania releases a report on the border drill");
  });

  it("does not take a dateline written in capitals for a person", () => {
    expect(
      leadTitle(
        "LISBON/ALEXANDRIA (Wire) - Premier Ann Lee said on Friday a Vandal team had reached the border.",
      ),
    ).toBe("Ann Lee says a Vandal team had reached the border");
  });
});

describe("title shape", () => {
  it("keeps a short quoted object whole", () => {
    expect(
      leadTitle(
        "Chairman Ray Dunn on Friday thanked Premier Ann Lee for his “tireless and generous efforts” to improve the ties between the two lands.",
      ),
    ).toBe("Ray Dunn thanks Ann Lee for his “tireless and generous efforts”");
  });

  it("keeps a name whole where the word limit falls inside it", () => {
    expect(
      leadTitle(
        "Premier Ann Lee said on Friday a Vandal team had arrived in Upper Ruritania to prepare the talks.",
      ),
    ).toBe("Ann Lee says a Vandal team had arrived in Upper Ruritania");
  });

  it("cuts a title over 80 characters before its last phrase", () => {
    const title = leadTitle(
      "The Defence Council of Ruritania released a statement accusing the Confederated Vandal Republic of “bandit-like” demands on Friday.",
    );
    expect(title).toBe("Defence Council of Ruritania releases a statement");
    expect(title!.length).toBeLessThanOrEqual(80);
  });

  it("does not end on a phrase the limit left unfinished", () => {
    expect(
      leadTitle(
        "General Tom Ward staged a border drill codenamed Iron Gate in league with the Vandal army on Friday.",
      ),
    ).toBe("Tom Ward stages a border drill codenamed Iron Gate");
    expect(
      leadTitle(
        "Premier Ann Lee vowed on Friday to halt tests of long rockets and drones and close the old range.",
      ),
    ).toBe("Ann Lee vows to halt tests of long rockets and drones");
  });

  it("marks a clause whose verb was a participle of the subject's phrase as misread", () => {
    expect(clauseTitle("Ruritania divided by the war will sit down for talks.", 9)?.misparsed).toBe(true);
    expect(clauseTitle("Ann Lee welcomed Ruritania would join the talks.", 7)?.misparsed).toBe(true);
    expect(clauseTitle("Ann Lee said Ruritania would join the talks.", 7)?.misparsed).toBe(false);
    expect(clauseTitle("Ann Lee met the envoy of Ruritania in Lisbon.", 7)?.misparsed).toBe(false);
  });

  it("keeps a participle with its agent as a participle ('flanked by'), not an active verb", () => {
    expect(clauseTitle("Ann Lee flanked by guards in black suits.", 7)?.title).toBe(
      "Ann Lee flanked by guards in black suits",
    );
    expect(clauseTitle("Ann Lee held talks in Lisbon.", 7)?.title).toBe("Ann Lee holds talks in Lisbon");
  });

  it("marks an inverted attribution (', says an article of ...') as misread", () => {
    expect(
      clauseTitle("Ruritania must stop the drills at once, says an article of the Daily Planet.", 9)
        ?.misparsed,
    ).toBe(true);
  });
});

describe("titleMention on a very large event", () => {
  it("chooses a title among 200,000 members without overflowing the call stack", () => {
    const members = Array.from({ length: 200_000 }, (_, i) =>
      mention(`m-${String(i).padStart(6, "0")}`, ["summit", "talks"]),
    );
    expect(titleMention(members).key).toBe("m-000000");
  });
});

describe("the verb of a sentence with a relative clause", () => {
  const verbOf = (text: string) => findAction(tokenize(text), 0, undefined, text)?.verb;

  it("is the one outside the clause that says what a noun is", () => {
    expect(verbOf("Ray Dunn, who met Joe Smith in Oslo, said on Friday the talks would go on.")).toBe("said");
    expect(verbOf("Ray Dunn, whose envoy visited Oslo, warned on Friday of a crisis.")).toBe("warned");
    // The comma of a date is no end of the clause.
    expect(verbOf("Ray Dunn, who was jailed on March 16, 2016 for a crime he committed, wrote a book.")).toBe(
      "wrote",
    );
    // Read without the text, the first verb is taken, as before.
    expect(findAction(tokenize("Ray Dunn, who met Joe Smith, said so."), 0)?.verb).toBe("met");
  });

  it("is none when the only verbs are the clause's", () => {
    expect(verbOf("A meeting of the countries which took part in the war.")).toBeUndefined();
  });
});

describe("inRelativeClause", () => {
  const inside = (text: string, word: string) => inRelativeClause(text, 0, text.indexOf(word));

  it("opens at which/who/whose or a comma and where, and closes at a comma, dash or bracket", () => {
    expect(inside("the countries which took part in the war", "took")).toBe(true);
    expect(inside("Panmunjom, where the two sides ended the war", "ended")).toBe(true);
    expect(inside("Ray Dunn, who met Joe Smith, said so", "said")).toBe(false);
    expect(inside("Ray Dunn (who met Joe Smith) said so", "said")).toBe(false);
    expect(inside("where Ray Dunn met Joe Smith", "met")).toBe(false);
    expect(inside("officials said that in 2019 talks began", "began")).toBe(false);
    // A "when" clause is often the news itself.
    expect(inside("on January 1, when Ray Dunn said he would come", "said")).toBe(false);
  });

  it("reads the comma of a date as no end", () => {
    expect(inside("Ray Dunn, who was jailed on March 16, 2016 for a crime he committed", "committed")).toBe(
      true,
    );
  });
});
