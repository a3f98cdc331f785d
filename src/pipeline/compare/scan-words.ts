/**
 * A hand-written scan for the two word patterns of the compare stage, which runs over every
 * article and every account sentence and so sets much of the stage's time. It finds exactly what
 * these expressions find (with the `u` flag), scanning from the left:
 *
 *   word    \p{L}[\p{L}\p{N}]*(?:['’-][\p{L}\p{N}]+)*      "Jong-un", "DPRK-U.S", "don't", "F-16"
 *   number  \p{N}+                                       "2018"
 *   break   [.,;:!?"“”‘()[\]—–]|\s-\s                     punctuation that ends a clause
 *
 * Characters are classified by the same Unicode properties, once per character.
 */
export const WORD = 1;
export const NUMBER = 2;
export const BREAK = 3;

/** The token found by `nextToken`: one object, filled again for each token. */
export interface Token {
  kind: typeof WORD | typeof NUMBER | typeof BREAK;
  start: number;
  end: number;
  /** For a word or number: FNV-1a of its characters lower-cased, when `ascii`. */
  hash: number;
  /** Whether the word or number is all ASCII (and so `hash` is set). */
  ascii: boolean;
}

export function emptyToken(): Token {
  return { kind: WORD, start: 0, end: 0, hash: 0, ascii: true };
}

const UNKNOWN = 0;
const OTHER = 1;
const LETTER = 2;
const DIGIT = 3;
const PUNCTUATION = 4;
const SPACE = 5;

// Each UTF-16 unit's class, filled in as characters are first met (a surrogate is OTHER here and
// read as a code point instead).
const classes = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++)
  classes[c] =
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? LETTER : c >= 0x30 && c <= 0x39 ? DIGIT : OTHER;
for (const c of '.,;:!?"“”‘()[]—–') classes[c.charCodeAt(0)] = PUNCTUATION;
// What `\s` matches in a JavaScript regular expression.
for (const c of [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
])
  classes[c] = SPACE;
for (let c = 0xd800; c < 0xe000; c++) classes[c] = OTHER;
const astral = new Map<number, number>();

function propertyClass(char: string): number {
  return /\p{L}/u.test(char) ? LETTER : /\p{N}/u.test(char) ? DIGIT : OTHER;
}

/** The class of the character at `i`, and its width in code units in `width`. */
let width = 1;
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  width = 1;
  let k = classes[c]!;
  if (k === UNKNOWN) {
    k = propertyClass(String.fromCharCode(c));
    classes[c] = k;
  } else if (c >= 0xd800 && c < 0xdc00) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) {
      width = 2;
      k = astral.get(cp) ?? 0;
      if (k === 0) {
        k = propertyClass(String.fromCodePoint(cp));
        astral.set(cp, k);
      }
    }
  }
  return k;
}

/** Whether the character at `i` is one `\s` matches (false past the end). */
export function isSpaceAt(text: string, i: number): boolean {
  return classes[text.charCodeAt(i)] === SPACE;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

/**
 * Finds the first token at or after `from` (numbers only when `numbers` is set) and fills `token`
 * with it; false when the text has no more.
 */
export function nextToken(text: string, from: number, numbers: boolean, token: Token): boolean {
  const length = text.length;
  let i = from;
  while (i < length) {
    const c = text.charCodeAt(i);
    const k = c < 0x80 ? classes[c]! : classAt(text, i);
    if (k === LETTER || (k === DIGIT && numbers)) {
      token.kind = k === LETTER ? WORD : NUMBER;
      token.start = i;
      readWord(text, i, k === LETTER, token);
      return true;
    }
    if (k === PUNCTUATION) {
      token.kind = BREAK;
      token.start = i;
      token.end = i + 1;
      return true;
    }
    if (k === SPACE && text.charCodeAt(i + 1) === HYPHEN && classes[text.charCodeAt(i + 2)] === SPACE) {
      token.kind = BREAK;
      token.start = i;
      token.end = i + 3;
      return true;
    }
    i += c < 0x80 ? 1 : width;
  }
  return false;
}

/** Reads a word (or a number) from `start` into `token`: its end, its hash, whether it is ASCII. */
function readWord(text: string, start: number, word: boolean, token: Token): void {
  const length = text.length;
  let hash = 0x811c9dc5;
  let ascii = true;
  let end = start;
  for (;;) {
    // Letters and digits (a number: digits only); ASCII read here, the rest through classAt.
    while (end < length) {
      const c = text.charCodeAt(end);
      if (c < 0x80) {
        const k = classes[c];
        if (word ? k !== LETTER && k !== DIGIT : k !== DIGIT) break;
        hash = Math.imul(hash ^ (c <= 0x5a && c >= 0x41 ? c + 0x20 : c), 0x01000193);
        end += 1;
        continue;
      }
      const k = classAt(text, end);
      if (word ? k !== LETTER && k !== DIGIT : k !== DIGIT) break;
      ascii = false;
      end += width;
    }
    if (!word || end + 1 >= length) break;
    const c = text.charCodeAt(end);
    if (c !== APOSTROPHE && c !== RIGHT_QUOTE && c !== HYPHEN) break;
    const next = classAt(text, end + 1);
    if (next !== LETTER && next !== DIGIT) break;
    if (c >= 0x80) ascii = false;
    hash = Math.imul(hash ^ c, 0x01000193);
    end += 1;
  }
  token.end = end;
  token.hash = hash;
  token.ascii = ascii;
}

/** What `scanWords` reports. */
export interface WordVisitor {
  /** A word, or a number when `number` is true: `text.slice(start, end)`. */
  token(start: number, end: number, number: boolean): void;
  /** A clause break. */
  clauseBreak(): void;
}

/** Scans `text` from the left, reporting words, numbers (when `numbers` is set) and clause breaks. */
export function scanWords(text: string, visitor: WordVisitor, numbers: boolean): void {
  const token = emptyToken();
  for (let at = 0; nextToken(text, at, numbers, token); at = token.end) {
    if (token.kind === BREAK) visitor.clauseBreak();
    else visitor.token(token.start, token.end, token.kind === NUMBER);
  }
}
