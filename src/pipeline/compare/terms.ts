import { STOPWORDS } from "../events/lexicon.ts";
import { scanWords } from "./scan-words.ts";

/**
 * The terms whose frequencies distinguish outlets: lower-cased content words and the bigrams of two
 * adjacent content words within a clause. Stopwords are left out of both, as in Monroe et al.'s
 * examples, since their rates mostly reflect house style of grammar, not what is said. Words are
 * letters first, then letters, digits and inner apostrophes or hyphens ("Jong-un", "DPRK-U.S",
 * "don't"); bigrams never bridge punctuation, so "Pyongyang, the capital" is not the bigram
 * "pyongyang capital" (see scan-words.ts).
 */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  forEachTerm(text, (term) => terms.push(term));
  return terms;
}

/**
 * The terms of `termsOf`, in the same order, handed to `visit` one by one instead of listed.
 * `termAt` reads a word of the text as a term (`termWord` of it lower-cased, which it is unless a
 * remembered form of it is given).
 */
export function forEachTerm(
  text: string,
  visit: (term: string) => void,
  termAt: (text: string, start: number, end: number) => string | undefined = termWordAt,
): void {
  let previous: string | undefined;
  scanWords(
    text,
    {
      token(start, end) {
        const word = termAt(text, start, end);
        if (word === undefined) {
          previous = undefined;
          return;
        }
        visit(word);
        if (previous) visit(`${previous} ${word}`);
        previous = word;
      },
      clauseBreak() {
        previous = undefined;
      },
    },
    false,
  );
}

function termWordAt(text: string, start: number, end: number): string | undefined {
  return termWord(text.slice(start, end).toLowerCase());
}

/**
 * A lower-cased word as a term: a possessive counts as its noun ("kim's" is "kim"); undefined for
 * a stopword or a single letter, which also ends a bigram.
 */
export function termWord(lower: string): string | undefined {
  const last = lower.length - 1;
  const word =
    last >= 1 && lower.charCodeAt(last) === 0x73 && (lower[last - 1] === "'" || lower[last - 1] === "’")
      ? lower.slice(0, -2)
      : lower;
  return word.length < 2 || STOPWORDS.has(word) ? undefined : word;
}

/** Counts of each term, plus the total number of term tokens. */
export function countTerms(texts: Iterable<string>, into = new Map<string, number>()): number {
  let total = 0;
  for (const text of texts)
    forEachTerm(text, (term) => {
      into.set(term, (into.get(term) ?? 0) + 1);
      total += 1;
    });
  return total;
}
