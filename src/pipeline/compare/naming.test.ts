import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EntityMention } from "../../schema/entity.ts";
import { splitSentences } from "../events/split-sentences.ts";
import { namingForms, normalizeForm, sentenceSpans } from "./naming.ts";

const fox =
  "North Korean leader Kim Jong Un sent a note. The despot also called the summit a start. In exchange, the North Korean despot wants guarantees. The despot smiled.";
const kcna =
  "The respected Supreme Leader Kim Jong Un greeted Mike Pompeo. The respected Supreme Leader saw him off.";
const texts = {
  text: (id: string) => (id === "fox" ? fox : kcna),
  sentences: (id: string) => sentenceSpans(splitSentences(id === "fox" ? fox : kcna)),
};

function at(
  articleId: string,
  text: string,
  phrase: string,
  form: EntityMention["form"],
  nth = 0,
): EntityMention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(phrase, start + 1);
  return { articleId, sourceId: articleId, text: phrase, start, end: start + phrase.length, form };
}

describe("namingForms", () => {
  it("folds 'The despot' and 'the despot', counts forms and links each to its first sentence", () => {
    const forms = namingForms(
      [
        at("fox", fox, "North Korean leader Kim Jong Un", "title"),
        at("fox", fox, "The despot", "description"),
        at("fox", fox, "the North Korean despot", "description"),
        at("fox", fox, "The despot", "description", 1),
      ],
      texts,
    );
    expect(forms.map((f) => [f.text, f.count])).toEqual([
      ["the despot", 2],
      ["North Korean leader Kim Jong Un", 1],
      ["the North Korean despot", 1],
    ]);
    expect(forms[0]?.sentence).toBe("The despot also called the summit a start.");
    expect(forms[2]?.sentence).toBe("In exchange, the North Korean despot wants guarantees.");
  });

  it("joins the article before a title that the span left out", () => {
    const forms = namingForms(
      [
        at("kcna", kcna, "respected Supreme Leader Kim Jong Un", "title"),
        at("kcna", kcna, "The respected Supreme Leader", "description", 1),
      ],
      texts,
    );
    expect(forms.map((f) => f.text)).toEqual([
      "the respected Supreme Leader Kim Jong Un",
      "the respected Supreme Leader",
    ]);
    expect(forms[0]?.sentence).toBe("The respected Supreme Leader Kim Jong Un greeted Mike Pompeo.");
  });
});

describe("normalizeForm", () => {
  it("collapses whitespace and drops trailing punctuation, keeping names as written", () => {
    expect(normalizeForm("Kim Jong Un,\n chairman of the WPK,", 0, 34, "apposition").value).toBe(
      "Kim Jong Un, chairman of the WPK",
    );
    expect(normalizeForm("The Hill said", 0, 8, "name").value).toBe("The Hill");
  });
});

describe("normalizeForm, any text", () => {
  it("is the three rewrites it skips when they would change nothing", () => {
    const reference = (text: string, start: number, end: number) =>
      text
        .slice(start, end)
        .replace(/\s+/g, " ")
        .replace(/[\s,;:.]+$/, "")
        .trim();
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("Kim", " ", "  ", "\n", "\t", "\u00a0", ",", ".", ";", "the", "Un"), {
          maxLength: 12,
        }),
        (parts) => {
          const text = parts.join("");
          expect(normalizeForm(text, 0, text.length, "name").value).toBe(reference(text, 0, text.length));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
