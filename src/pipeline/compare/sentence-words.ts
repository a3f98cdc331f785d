import type { Lexicon } from "./lexicon.ts";
import { scanWords } from "./scan-words.ts";

/** What the comparison of an event reads from one sentence of an account. */
export interface SentenceWords {
  /** Its distinct content words as stem ids, in reading order: `contentWords` (for aligning details). */
  words: number[];
  /** How many term tokens it added to the counts (for distinctive words). */
  terms: number;
}

/**
 * `contentWords(text)` and `countTerms([text], counts)` in one scan of the sentence: the two read
 * the same words (content words also read numbers), and each sentence of every account is read
 * once per event.
 */
export function sentenceWords(text: string, counts: Map<string, number>, lexicon: Lexicon): SentenceWords {
  const words: number[] = [];
  let terms = 0;
  let previous: string | undefined;
  const count = (term: string) => {
    counts.set(term, (counts.get(term) ?? 0) + 1);
    terms += 1;
  };
  scanWords(
    text,
    {
      token(start, end, number) {
        const token = lexicon.token(text, start, end, number);
        if (token.stem >= 0 && !words.includes(token.stem)) words.push(token.stem);
        // Numbers are no terms, and do not break a bigram either.
        if (number) return;
        const word = token.term;
        if (word === undefined) {
          previous = undefined;
          return;
        }
        count(word);
        if (previous) count(`${previous} ${word}`);
        previous = word;
      },
      clauseBreak() {
        previous = undefined;
      },
    },
    true,
  );
  return { words, terms };
}
