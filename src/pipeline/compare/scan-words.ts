/**
 * A hand-written scan for the two word patterns of the compare stage, which runs over every
 * article and every account sentence and so sets much of the stage's time. It finds exactly what
 * these expressions find (with the `u` flag), scanning from the left:
 *
 *   word    \p{L}[\p{L}\p{N}]*(?:['’-][\p{L}\p{N}]+)*      "Jong-un", "DPRK-U.S", "don't", "F-16"
 *   number  \p{N}+                                       "2018"
 *   break   [.,;:!?"“”‘()[\]—–]|\s-\s                     punctuation that ends a clause
 *
 * ASCII is classified by character code; anything else by the same Unicode properties, once per
 * code point.
 */
export interface WordVisitor {
  /** A word, or a number when `number` is true: `text.slice(start, end)`. */
  token(start: number, end: number, number: boolean): void;
  /** A clause break. */
  clauseBreak(): void;
}

const LETTER = 1;
const DIGIT = 2;
const classes = new Map<number, number>();

/** LETTER, DIGIT or 0 for a code point outside ASCII, as `\p{L}` and `\p{N}` see it. */
function classOf(codePoint: number): number {
  let found = classes.get(codePoint);
  if (found === undefined) {
    const char = String.fromCodePoint(codePoint);
    found = /\p{L}/u.test(char) ? LETTER : /\p{N}/u.test(char) ? DIGIT : 0;
    classes.set(codePoint, found);
  }
  return found;
}

// What `\s` matches in a JavaScript regular expression.
const SPACES = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);
const BREAKS = new Set([...'.,;:!?"“”‘()[]—–'].map((c) => c.charCodeAt(0)));
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

/** Scans `text` from the left, reporting words, numbers (when `numbers` is set) and clause breaks. */
export function scanWords(text: string, visitor: WordVisitor, numbers: boolean): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    let kind: number;
    let width = 1;
    if (c < 0x80)
      kind =
        (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? LETTER : c >= 0x30 && c <= 0x39 ? DIGIT : 0;
    else {
      const cp = text.codePointAt(i)!;
      width = cp > 0xffff ? 2 : 1;
      kind = classOf(cp);
    }
    if (kind === LETTER) {
      const end = wordEnd(text, i + width);
      visitor.token(i, end, false);
      i = end;
    } else if (kind === DIGIT) {
      if (!numbers) {
        i += width;
        continue;
      }
      let end = i + width;
      while (end < length) {
        const w = unitAt(text, end);
        if (w.kind !== DIGIT) break;
        end += w.width;
      }
      visitor.token(i, end, true);
      i = end;
    } else if (BREAKS.has(c)) {
      visitor.clauseBreak();
      i += 1;
    } else if (SPACES.has(c) && text.charCodeAt(i + 1) === HYPHEN && SPACES.has(text.charCodeAt(i + 2))) {
      visitor.clauseBreak();
      i += 3;
    } else i += width;
  }
}

/** The end of a word whose first letter ends at `from`: letters and digits, and inner ' ’ - joining more. */
function wordEnd(text: string, from: number): number {
  const length = text.length;
  let end = from;
  for (;;) {
    while (end < length) {
      const w = unitAt(text, end);
      if (w.kind === 0) break;
      end += w.width;
    }
    const c = text.charCodeAt(end);
    if (
      end + 1 < length &&
      (c === APOSTROPHE || c === RIGHT_QUOTE || c === HYPHEN) &&
      unitAt(text, end + 1).kind
    )
      end += 1;
    else return end;
  }
}

const unit = { kind: 0, width: 1 };

/** The class and width (in code units) of the character at `i`; one shared object, read at once. */
function unitAt(text: string, i: number): { kind: number; width: number } {
  const c = text.charCodeAt(i);
  unit.width = 1;
  if (c < 0x80)
    unit.kind =
      (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? LETTER : c >= 0x30 && c <= 0x39 ? DIGIT : 0;
  else {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) unit.width = 2;
    unit.kind = classOf(cp);
  }
  return unit;
}
