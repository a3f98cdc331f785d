import { STOPWORDS } from "../events/lexicon.ts";

// Letters first, then letters, digits and inner apostrophes or hyphens: "Jong-un", "DPRK-U.S", "don't".
const WORD = /\p{L}[\p{L}\p{N}]*(?:['’-][\p{L}\p{N}]+)*/gu;
// Bigrams never bridge punctuation: "Pyongyang, the capital" is not the bigram "pyongyang capital".
const BREAK = /[.,;:!?"“”‘()[\]—–]|\s-\s/;

/**
 * The terms whose frequencies distinguish outlets: lower-cased content words and the bigrams of two
 * adjacent content words within a clause. Stopwords are left out of both, as in Monroe et al.'s
 * examples, since their rates mostly reflect house style of grammar, not what is said.
 */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const clause of text.split(BREAK)) {
    let previous: string | undefined;
    for (const match of clause.matchAll(WORD)) {
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

/** Counts of each term, plus the total number of term tokens. */
export function countTerms(texts: Iterable<string>, into = new Map<string, number>()): number {
  let total = 0;
  for (const text of texts) {
    for (const term of termsOf(text)) {
      into.set(term, (into.get(term) ?? 0) + 1);
      total += 1;
    }
  }
  return total;
}
