import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STOPWORDS } from "../events/lexicon.ts";
import { stem } from "../events/tokens.ts";
import { contentWords } from "./details.ts";
import { createLexicon } from "./lexicon.ts";
import { forEachArticleTermKey, forEachTermKey, sentenceWords } from "./sentence-words.ts";
import { TermTable } from "./term-table.ts";
import { countTerms, termsOf } from "./terms.ts";

/** termsOf as first written, with regular expressions: clauses split first, then words matched. */
function termsByRegex(text: string): string[] {
  const terms: string[] = [];
  for (const clause of text.split(/[.,;:!?"“”‘()[\]—–]|\s-\s/)) {
    let previous: string | undefined;
    for (const match of clause.matchAll(/\p{L}[\p{L}\p{N}]*(?:['’-][\p{L}\p{N}]+)*/gu)) {
      const word = match[0].toLowerCase().replace(/['’]s$/, "");
      if (STOPWORDS.has(word) || word.length < 2) {
        previous = undefined;
        continue;
      }
      terms.push(word);
      if (previous) terms.push(`${previous} ${word}`);
      previous = word;
    }
  }
  return terms;
}

/** contentWords as first written. */
function contentWordsByRegex(sentence: string): Set<string> {
  const words = new Set<string>();
  for (const match of sentence.matchAll(/\p{L}[\p{L}\p{N}]*(?:['’-][\p{L}\p{N}]+)*|\p{N}+/gu)) {
    const lower = match[0].toLowerCase();
    if (STOPWORDS.has(lower) || lower.length < 2) continue;
    words.add(stem(lower));
  }
  return words;
}

const news =
  "Kim Jong Un's visit to Beijing, the third in 2018, ended - officials said - with talks on the U.S.-DPRK summit; “denuclearization” and Moon's 2 plans.";
const pieces = [
  "Kim",
  "kim's",
  "the",
  "of",
  "Talks",
  "2018",
  "F-16",
  " ",
  " ",
  ",",
  ".",
  " - ",
  "—",
  "“",
  "a",
  "Chosŏn",
  "’s",
  "\n",
  // Capitals, and letters whose lower case is not one ASCII letter for one.
  "KIM",
  "THE",
  "Kİm",
  "STRAẞE",
  "\u212Aim",
  "٣",
];

describe("termsOf", () => {
  it("gives content words and in-clause bigrams, possessives folded, stopwords left out", () => {
    expect(termsOf("Kim Jong Un's visit to Beijing, the third")).toEqual([
      "kim",
      "jong",
      "kim jong",
      "un",
      "jong un",
      "visit",
      "un visit",
      "beijing",
      "third",
    ]);
  });

  it("is the split-then-match reading it replaced", () => {
    expect(termsOf(news)).toEqual(termsByRegex(news));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(termsOf(text)).toEqual(termsByRegex(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("forEachTermKey", () => {
  it("gives the terms of termsOf as numbers that name them", () => {
    const lexicon = createLexicon();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        const names: string[] = [];
        forEachTermKey(text, lexicon, (key) => names.push(lexicon.termName(key)));
        expect(names).toEqual(termsOf(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("forEachArticleTermKey", () => {
  it("reads a title and a text as termsOf reads them joined by a line break", () => {
    const lexicon = createLexicon();
    const edges = ["Kim", " ", "-", " -", "- ", " - ", "\n", ",", "the", "\u00a0", "Talks"];
    const part = fc.array(fc.constantFrom(...edges), { maxLength: 8 }).map((p) => p.join(""));
    fc.assert(
      fc.property(part, part, (title, text) => {
        const names: string[] = [];
        forEachArticleTermKey(title, text, lexicon, (key) => names.push(lexicon.termName(key)));
        expect(names).toEqual(termsOf(`${title}\n${text}`));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("contentWords and sentenceWords", () => {
  it("contentWords is the regular-expression reading it replaced", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect([...contentWords(text)]).toEqual([...contentWordsByRegex(text)]);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a sentence as contentWords and countTerms do, in one scan", () => {
    // One lexicon for every run, as a build has: words seen before are read from it.
    const lexicon = createLexicon();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        const counts = new TermTable();
        const read = sentenceWords(text, counts, lexicon);
        const expected = new Map<string, number>();
        expect(read.terms).toBe(countTerms([text], expected));
        const named: [string, number][] = [];
        counts.forEach((n, key) => {
          named.push([lexicon.termName(key), n]);
        });
        expect(named.sort()).toEqual([...expected].sort());
        expect(read.words.map((id) => lexicon.stems[id])).toEqual([...contentWords(text)]);
      }),
      { numRuns: 2000 },
    );
  });
});
