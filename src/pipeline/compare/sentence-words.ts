import type { Lexicon } from "./lexicon.ts";
import { BREAK, emptyToken, NUMBER, nextToken } from "./scan-words.ts";
import { bigramKey, type TermTable } from "./term-table.ts";

/** What the comparison of an event reads from one sentence of an account. */
export interface SentenceWords {
  /** Its distinct content words as stem ids, in reading order: `contentWords` (for aligning details). */
  words: number[];
  /** How many term tokens it added to the counts (for distinctive words). */
  terms: number;
}

const token = emptyToken();

/**
 * `contentWords(text)` and `countTerms([text])` in one scan of the sentence, terms counted by
 * their numbers (term-table.ts): the two read the same words (content words also read numbers),
 * and each sentence of every account is read once per event.
 */
export function sentenceWords(text: string, counts: TermTable, lexicon: Lexicon): SentenceWords {
  const words: number[] = [];
  let terms = 0;
  let previous = -1;
  for (let at = 0; nextToken(text, at, true, token); at = token.end) {
    if (token.kind === BREAK) {
      previous = -1;
      continue;
    }
    const info = lexicon.found(text, token);
    if (info.stem >= 0 && !words.includes(info.stem)) words.push(info.stem);
    // Numbers are no terms, and do not break a bigram either.
    if (token.kind === NUMBER) continue;
    const id = info.termId;
    if (id < 0) {
      previous = -1;
      continue;
    }
    counts.add(id);
    terms += 1;
    if (previous >= 0) {
      counts.add(bigramKey(previous, id));
      terms += 1;
    }
    previous = id;
  }
  return { words, terms };
}

/** The terms of `termsOf(text)`, in the same order, as their numbers (term-table.ts). */
export function forEachTermKey(text: string, lexicon: Lexicon, visit: (key: number) => void): void {
  let previous = -1;
  for (let at = 0; nextToken(text, at, false, token); at = token.end) {
    const id = token.kind === BREAK ? -1 : lexicon.found(text, token).termId;
    if (id < 0) {
      previous = -1;
      continue;
    }
    visit(id);
    if (previous >= 0) visit(bigramKey(previous, id));
    previous = id;
  }
}
