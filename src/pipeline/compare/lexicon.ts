import { STOPWORDS } from "../events/lexicon.ts";
import { stem } from "../events/tokens.ts";
import { NUMBER, type Token } from "./scan-words.ts";
import { BIGRAM } from "./term-table.ts";
import { termWord } from "./terms.ts";

/** What the compare stage reads from one distinct token, lower-cased. */
export interface TokenInfo {
  lower: string;
  /** The token as a term (`termWord`); undefined for a number, a stopword or a single letter. */
  term: string | undefined;
  /** The id of that term (its number, see term-table.ts), -1 when it is none. */
  termId: number;
  /** The id of its stem (`stem(lower)`) when it is a content word (see `contentWords`), else -1. */
  stem: number;
}

export interface Lexicon {
  /** The token `text.slice(start, end)`, a number when `number` is set, read once per distinct form. */
  token(text: string, start: number, end: number, number: boolean): TokenInfo;
  /** The same for a word or number `nextToken` found, with the hash it worked out on the way. */
  found(text: string, token: Token): TokenInfo;
  /** Stems by id. */
  stems: string[];
  /** The id of a stem, given one for it if it has none yet. */
  stemId(stem: string): number;
  /** Terms by id. */
  terms: string[];
  /** The term a term number stands for: a word, or two words and a space between. */
  termName(key: number): string;
  /** Everything it has met so far, to be sent to another thread (see `createLexicon`). */
  snapshot(): LexiconSnapshot;
}

/**
 * A lexicon as it stood, in plain data that crosses to another thread: its tokens in the order met
 * (with their hashes), and its terms and stems by id. A lexicon made from it numbers everything as
 * the one it was taken from, and goes on numbering what it meets next as that one would have.
 */
export interface LexiconSnapshot {
  infos: TokenInfo[];
  hashes: number[];
  terms: string[];
  stems: string[];
}

/**
 * The distinct tokens of a build, each lower-cased, stemmed and looked up in the stopwords once.
 * The compare stage reads every article and every account sentence word by word (some twenty
 * million tokens at 10,000 articles) from a vocabulary of a few hundred thousand words at most, so
 * a token is found by hashing its characters where they stand, without cutting it out of the text
 * or lower-casing it, unless it holds a character outside ASCII.
 */
export function createLexicon(from?: LexiconSnapshot): Lexicon {
  const infos: TokenInfo[] = from ? [...from.infos] : [];
  let slots = new Int32Array(1 << 12);
  let mask = slots.length - 1;
  const stems: string[] = from ? [...from.stems] : [];
  const stemIds = new Map<string, number>(stems.map((s, id) => [s, id]));
  const stemId = (s: string) => {
    let id = stemIds.get(s);
    if (id === undefined) {
      id = stems.length;
      stems.push(s);
      stemIds.set(s, id);
    }
    return id;
  };

  const terms: string[] = from ? [...from.terms] : [];
  const termIds = new Map<string, number>(terms.map((t, id) => [t, id]));
  const termId = (term: string) => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      terms.push(term);
      termIds.set(term, id);
    }
    return id;
  };
  const termName = (key: number) => {
    if (key < BIGRAM) return terms[key]!;
    const first = Math.floor(key / BIGRAM) - 1;
    return `${terms[first]} ${terms[key - (first + 1) * BIGRAM]}`;
  };

  const add = (lower: string, number: boolean, hash: number): TokenInfo => {
    const term = number ? undefined : termWord(lower);
    const info: TokenInfo = {
      lower,
      term,
      termId: term === undefined ? -1 : termId(term),
      stem: !STOPWORDS.has(lower) && lower.length >= 2 ? stemId(stem(lower)) : -1,
    };
    infos.push(info);
    hashes.push(hash);
    if (infos.length * 2 > slots.length) {
      slots = new Int32Array(slots.length * 2);
      mask = slots.length - 1;
      for (const [n, h] of hashes.entries()) place(h, n);
    } else place(hash, infos.length - 1);
    return info;
  };
  const hashes: number[] = from ? [...from.hashes] : [];
  const place = (hash: number, n: number) => {
    let slot = hash & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = n + 1;
  };
  if (hashes.length) {
    let size = slots.length;
    while (hashes.length * 2 > size) size *= 2;
    slots = new Int32Array(size);
    mask = size - 1;
    for (const [n, h] of hashes.entries()) place(h, n);
  }

  const token = (text: string, start: number, end: number, number: boolean): TokenInfo => {
    // FNV-1a over the lower-cased characters; ASCII capitals folded as they are read.
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c >= 0x80) return byString(text.slice(start, end).toLowerCase(), number);
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      hash = Math.imul(hash ^ c, 0x01000193);
    }
    return byHash(text, start, end, number, hash);
  };

  const found = (text: string, t: Token): TokenInfo =>
    t.ascii
      ? byHash(text, t.start, t.end, t.kind === NUMBER, t.hash)
      : byString(text.slice(t.start, t.end).toLowerCase(), t.kind === NUMBER);

  /** An all-ASCII token by the hash of its lower-cased characters. */
  const byHash = (text: string, start: number, end: number, number: boolean, hash: number): TokenInfo => {
    const length = end - start;
    for (let slot = hash & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const n = slots[slot]! - 1;
      if (hashes[n] !== hash) continue;
      const lower = infos[n]!.lower;
      if (lower.length === length && sameFolded(lower, text, start)) return infos[n]!;
    }
    return add(text.slice(start, end).toLowerCase(), number, hash);
  };

  const byString = (lower: string, number: boolean): TokenInfo => {
    let hash = 0x811c9dc5;
    for (let i = 0; i < lower.length; i++) hash = Math.imul(hash ^ lower.charCodeAt(i), 0x01000193);
    for (let slot = hash & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const n = slots[slot]! - 1;
      if (hashes[n] === hash && infos[n]!.lower === lower) return infos[n]!;
    }
    return add(lower, number, hash);
  };

  const snapshot = (): LexiconSnapshot => ({
    infos: [...infos],
    hashes: [...hashes],
    terms: [...terms],
    stems: [...stems],
  });

  return { token, found, stems, stemId, terms, termName, snapshot };
}

/** Whether ASCII `text` from `start` reads `lower` once its capitals are lower-cased. */
function sameFolded(lower: string, text: string, start: number): boolean {
  for (let i = 0; i < lower.length; i++) {
    let c = text.charCodeAt(start + i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== lower.charCodeAt(i)) return false;
  }
  return true;
}
