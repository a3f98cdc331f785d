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
  const folded = word
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
  for (const match of text.matchAll(TOKEN)) {
    const term = foldWord(match[0]);
    if (term === "") continue;
    tokens.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The folded terms of a text, in order (what the indexer stores and the query compares). */
export function terms(text: string): string[] {
  return tokenize(text).map((t) => t.term);
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
