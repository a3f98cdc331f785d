import { STOPWORDS } from "../events/lexicon.ts";
import { scanWords } from "./scan-words.ts";
import { termWord } from "./terms.ts";

/** What the comparison of an event reads from one sentence of an account. */
export interface SentenceWords {
  /** Its stemmed content words, as `contentWords` gives them (for aligning details). */
  words: Set<string>;
  /** How many term tokens it added to the counts (for distinctive words). */
  terms: number;
}

/**
 * `contentWords(text)` and `countTerms([text], counts)` in one scan of the sentence: the two read
 * the same words (content words also read numbers), and each sentence of every account is read
 * once per event. `stemOf` is `stem`, or a remembered form of it.
 */
export function sentenceWords(
  text: string,
  counts: Map<string, number>,
  stemOf: (lower: string) => string,
): SentenceWords {
  const words = new Set<string>();
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
        const lower = text.slice(start, end).toLowerCase();
        if (!STOPWORDS.has(lower) && lower.length >= 2) words.add(stemOf(lower));
        // Numbers are no terms, and do not break a bigram either.
        if (number) return;
        const word = termWord(lower);
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
