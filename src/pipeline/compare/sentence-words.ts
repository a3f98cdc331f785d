import type { Lexicon, TokenInfo } from "./lexicon.ts";
import { BREAK, emptyToken, isSpaceAt, NUMBER, nextToken } from "./scan-words.ts";
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
  someSentenceWord(text, lexicon, (info, isNumber, previous) => {
    if (info.stem >= 0 && !words.includes(info.stem)) words.push(info.stem);
    if (isNumber || info.termId < 0) return false;
    counts.add(info.termId);
    terms += 1;
    if (previous >= 0) {
      counts.add(bigramKey(previous, info.termId));
      terms += 1;
    }
    return false;
  });
  return { words, terms };
}

/**
 * Visits the words and numbers of a sentence as `sentenceWords` reads them, until `visit` returns
 * true (and then returns true). `previous` is the term a bigram with this word would begin with,
 * -1 for none: punctuation and words that are no terms (stopwords) break bigrams, numbers are no
 * terms but do not break them. One walk for the comparison and for what a rebuild checks it by
 * (count-changes.ts), so that the two cannot come to read different words.
 */
export function someSentenceWord(
  text: string,
  lexicon: Lexicon,
  visit: (info: TokenInfo, isNumber: boolean, previous: number) => boolean,
): boolean {
  let previous = -1;
  for (let at = 0; nextToken(text, at, true, token); at = token.end) {
    if (token.kind === BREAK) {
      previous = -1;
      continue;
    }
    const info = lexicon.found(text, token);
    const isNumber = token.kind === NUMBER;
    if (visit(info, isNumber, previous)) return true;
    if (isNumber) continue;
    previous = info.termId;
  }
  return false;
}

/**
 * The terms of `termsOf(text)`, in the same order, as their numbers (term-table.ts). `previous` is
 * the term a bigram may begin with (-1 for none); it returns the one the text leaves for the next.
 */
export function forEachTermKey(
  text: string,
  lexicon: Lexicon,
  visit: (key: number) => void,
  previous = -1,
): number {
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
  return previous;
}

/**
 * The terms of `termsOf(`${title}\n${text}`)` without joining the two, which would copy the text.
 * The line break between them is whitespace, so it can make a clause break " - " with what is on
 * either side of it: " -" ending the title, or "- " opening the text.
 */
export function forEachArticleTermKey(
  title: string,
  text: string,
  lexicon: Lexicon,
  visit: (key: number) => void,
): void {
  let previous = forEachTermKey(title, lexicon, visit);
  const n = title.length;
  if (
    (n >= 2 && title.charCodeAt(n - 1) === 0x2d && isSpaceAt(title, n - 2)) ||
    (text.charCodeAt(0) === 0x2d && isSpaceAt(text, 1))
  )
    previous = -1;
  forEachTermKey(text, lexicon, visit, previous);
}
