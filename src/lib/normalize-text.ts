/**
 * The one text normaliser of search (ARCHITECTURE habit 6): the pipeline's indexer and the browser's
 * query parser and highlighter all tokenise through `tokenize`, so what is indexed and what is asked
 * can never be normalised two ways.
 *
 * A token is a run of letters and digits in the original text; its `term` is that run folded for
 * matching: compatibility-decomposed (NFKD, so "ﬁ" is "fi" and full-width "ＫＣＮＡ" is "kcna"), stripped of
 * nonspacing marks ("Chosŏn" -> "choson", Arabic harakat, Hebrew niqqud, the accents of Cyrillic and
 * Greek), recomposed (NFC, so Hangul stays in syllables), lower-cased, apostrophes removed and a
 * possessive "'s" dropped ("KCNA’s" -> "kcna"). Its `start`/`end` are UTF-16 offsets of the run in the
 * original text, which is how a match is mapped back for highlighting whatever the folding changed.
 *
 * Scripts written without spaces between words (Han, Hiragana, Katakana) give one token per character:
 * a multi-character query becomes a phrase of adjacent characters, which finds exactly the substring
 * whatever a word segmenter would have said (Intl.Segmenter's dictionary can cut a name differently
 * in a query than in a sentence). Hangul, Cyrillic, Greek, Arabic and Hebrew separate words with spaces
 * and are tokenised like Latin; right-to-left text needs nothing special since offsets are logical.
 */

/** Bump when the folding changes: an index built with another version must be rebuilt. */
export const NORMALIZER_VERSION = 1;

export interface Token {
  /** The folded form that is indexed and compared. */
  term: string;
  /** UTF-16 offsets of the token in the original text. */
  start: number;
  end: number;
}

export interface TextRange {
  start: number;
  end: number;
}

// A word: letters/digits/marks, with apostrophes inside it ("KCNA's", "don't", "Ri Yong-ho" is two words).
// Han and Kana are matched one character at a time, before the general case.
const TOKEN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}])(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}]|['’‘ʼ](?=[\p{L}\p{N}]))*/gu;

const APOSTROPHES = /['’‘ʼ]/g;
const NONSPACING_MARKS = /\p{Mn}/gu;
// Letters that NFKD does not decompose but readers treat as their plain forms.
const FOLDS: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", đ: "d", ł: "l", ı: "i", ħ: "h" };
const FOLDABLE = /[ßæœøđłıħ]/g;
// Arabic tatweel stretches a word for layout; it is not part of the word.
const TATWEEL = /\u0640/g;

/** Folds one word for matching: "Chosŏn" -> "choson", "KCNA’s" -> "kcna". */
export function foldWord(word: string): string {
  let folded = foldCache.get(word);
  if (folded === undefined) {
    folded = foldUncached(word);
    // Words repeat (a corpus of 10,000 articles has some 5 million tokens but 100,000 distinct words),
    // so folding each distinct word once saves most of the indexer's time; the bound keeps a long
    // session in the browser from holding every word it ever highlighted.
    if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear();
    foldCache.set(word, folded);
  }
  return folded;
}

const FOLD_CACHE_SIZE = 200_000;
const foldCache = new Map<string, string>();
// NFKD, NFC, nonspacing marks, the letters of FOLDS and tatweel leave ASCII as it is: lower-casing and
// the apostrophes are all that applies to it.
const ASCII = /^[\x00-\x7f]*$/;

function foldUncached(word: string): string {
  const folded = ASCII.test(word)
    ? word.toLowerCase()
    : word
        .normalize("NFKD")
        .replace(NONSPACING_MARKS, "")
        .normalize("NFC")
        .toLowerCase()
        .replace(FOLDABLE, (c) => FOLDS[c] ?? c)
        .replace(TATWEEL, "");
  const possessive = folded.replace(/['’‘ʼ]s$/, "");
  return possessive.replace(APOSTROPHES, "");
}

/** The tokens of a text, in order, with their offsets in it. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanWords(text, (start, end) => {
    const term = foldWord(text.slice(start, end));
    if (term !== "") tokens.push({ term, start, end });
  });
  return tokens;
}

/** The folded terms of a text, in order (what the indexer stores and the query compares). */
export function terms(text: string): string[] {
  const found: string[] = [];
  scanWords(text, (start, end) => {
    const term = foldWord(text.slice(start, end));
    if (term !== "") found.push(term);
  });
  return found;
}

/**
 * Calls `visit` with the offsets of each match of TOKEN, in order. News text is mostly ASCII, where a
 * word is a run of letters and digits with straight apostrophes inside: that is read character by
 * character, several times faster than the regular expression, which takes over from the start of any
 * word (or gap) that holds anything else.
 */
function scanWords(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      i = regexWord(text, i, visit);
      continue;
    }
    if (!isAsciiAlnum(c)) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    let ascii = true;
    while (end < length) {
      const d = text.charCodeAt(end);
      if (isAsciiAlnum(d)) end++;
      else if (d === APOSTROPHE && end + 1 < length && isAsciiAlnum(text.charCodeAt(end + 1))) end += 2;
      else {
        // A mark, a letter beyond ASCII, or an apostrophe before one: the expression decides.
        if (d >= 0x80 || (d === APOSTROPHE && end + 1 < length && text.charCodeAt(end + 1) >= 0x80))
          ascii = false;
        break;
      }
    }
    if (ascii) {
      visit(start, end);
      i = end;
    } else i = regexWord(text, start, visit);
  }
}

const APOSTROPHE = 0x27;

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** The next match of TOKEN at or after `from`, visited; returns where scanning goes on. */
function regexWord(text: string, from: number, visit: (start: number, end: number) => void): number {
  TOKEN.lastIndex = from;
  const match = TOKEN.exec(text);
  if (match === null) return text.length;
  const end = match.index + match[0].length;
  visit(match.index, end);
  return end;
}

/**
 * Where in the original text the tokens accepted by `matches` are, as UTF-16 ranges in text order;
 * adjacent matched tokens separated only by spaces or punctuation stay separate ranges, so a highlight
 * never swallows the text between two words.
 */
export function matchRanges(text: string, matches: (term: string) => boolean): TextRange[] {
  return tokenize(text)
    .filter((t) => matches(t.term))
    .map((t) => ({ start: t.start, end: t.end }));
}

/**
 * A matcher for highlighting: a token matches when its term is one of `exact`, or starts with one of
 * `prefixes` (the word being typed).
 */
export function termMatcher(
  exact: Iterable<string>,
  prefixes: Iterable<string> = [],
): (term: string) => boolean {
  const set = new Set(exact);
  const pre = [...prefixes].filter((p) => p !== "");
  return (term) => set.has(term) || pre.some((p) => term.startsWith(p));
}
