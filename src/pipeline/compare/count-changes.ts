import type { Lexicon } from "./lexicon.ts";
import { someSentenceWord } from "./sentence-words.ts";
import { snapStep } from "./snap.ts";
import { BIGRAM, bigramKey, type TermTable } from "./term-table.ts";

/**
 * The corpus's counts as the event comparisons read them, step by step (snap.ts), kept from one
 * build to the next so that a rebuild can tell which counts moved. Terms (words and bigrams) and
 * stems are kept by a 64-bit hash of their names, not by their numbers, which are the order the
 * build met them in: three 32-bit numbers each, two for the name and one for the step.
 */
export interface CountSteps {
  /**
   * What the next build compares with (`previous`). In the order the build met the terms in: the
   * same counts met in another order give other bytes, which only costs the memo a rewrite.
   */
  bytes(): Uint8Array;
  /** Whether a text reads a term or a stem whose step is not what it was in `previous`. */
  touches(text: string): boolean;
}

/**
 * The steps of this build's counts: `terms` the corpus's term counts by number (term-table.ts),
 * `stems` its word counts by stem (the similarity weights'), `previous` the last build's `bytes()`
 * (none: every count moved).
 */
export function countSteps(
  terms: TermTable,
  stems: Map<string, number>,
  lexicon: Lexicon,
  previous: Uint8Array | undefined,
): CountSteps {
  const old = readSteps(previous ?? new Uint8Array(0));
  const names = termHashes(lexicon);
  const table: number[] = [];
  // Words and bigrams whose step moved; a bigram is looked up only when its first word begins one.
  const changedWord = new Uint8Array(lexicon.terms.length);
  const beginsChanged = new Uint8Array(lexicon.terms.length);
  const changedBigrams = new Set<number>();
  terms.forEach((count, key) => {
    const [a, b] = key < BIGRAM ? names.word(key) : names.bigram(key);
    const step = snapStep(count);
    table.push(a, b, step);
    if (old.stepOf(a, b) === step) return;
    if (key < BIGRAM) changedWord[key] = 1;
    else {
      changedBigrams.add(key);
      beginsChanged[Math.floor(key / BIGRAM) - 1] = 1;
    }
  });
  for (const [stem, count] of stems) {
    const [a, b] = names.stem(stem);
    table.push(a, b, snapStep(count));
  }
  // A stem is judged when first read: a text may read a stem no term has any more (a word's
  // stem is not always its term's), whose weight moved all the same.
  // (Numbers met in the texts add stems to the lexicon as they go, so this list grows.)
  const stemChangedById: boolean[] = [];
  const stemChanged = (id: number): boolean => {
    if (id < 0) return false;
    let changed = stemChangedById[id];
    if (changed === undefined) {
      const stem = lexicon.stems[id]!;
      const count = stems.get(stem);
      const [a, b] = names.stem(stem);
      changed = old.stepOf(a, b) !== (count === undefined ? NONE : snapStep(count));
      stemChangedById[id] = changed;
    }
    return changed;
  };

  let bytes: Uint8Array | undefined;
  return {
    bytes: () => {
      bytes ??= new Uint8Array(Uint32Array.from(table).buffer);
      return bytes;
    },
    touches: (text) =>
      // The words as compare-event.ts reads an account's sentences (sentenceWords).
      someSentenceWord(
        text,
        lexicon,
        (info, isNumber, previous) =>
          stemChanged(info.stem) ||
          (!isNumber &&
            info.termId >= 0 &&
            (changedWord[info.termId] === 1 ||
              (previous >= 0 &&
                beginsChanged[previous] === 1 &&
                changedBigrams.has(bigramKey(previous, info.termId))))),
      ),
  };
}

/** The step of a name the last build had no count for. */
const NONE = -1;

/** The last build's steps by name hash: an open-addressing table over its triples. */
function readSteps(bytes: Uint8Array): { stepOf(a: number, b: number): number } {
  // Bytes of another length are damaged: read as no steps, every count as moved.
  const whole = bytes.byteLength % 12 === 0 ? bytes : new Uint8Array(0);
  // A copy when the bytes do not start on a 32-bit boundary (a slice of Node's buffer pool).
  const triples =
    whole.byteOffset % 4 === 0
      ? new Uint32Array(whole.buffer, whole.byteOffset, whole.byteLength / 4)
      : new Uint32Array(new Uint8Array(whole).buffer);
  const count = triples.length / 3;
  let slots = 16;
  while (slots < count * 2) slots *= 2;
  const mask = slots - 1;
  const at = new Int32Array(slots);
  for (let n = 0; n < count; n++) {
    let slot = triples[3 * n]! & mask;
    while (at[slot] !== 0) slot = (slot + 1) & mask;
    at[slot] = n + 1;
  }
  return {
    stepOf(a, b) {
      for (let slot = (a >>> 0) & mask; at[slot] !== 0; slot = (slot + 1) & mask) {
        const n = at[slot]! - 1;
        if (triples[3 * n] === a >>> 0 && triples[3 * n + 1] === b >>> 0) return triples[3 * n + 2]! | 0;
      }
      return NONE;
    },
  };
}

/**
 * 64-bit hashes (two 32-bit halves) of terms and stems by name: a word's from its characters, a
 * bigram's from its two words', each kind with a seed of its own so that a stem never reads as the
 * word it is spelled like.
 */
function termHashes(lexicon: Lexicon) {
  const words = new Map<number, [number, number]>();
  const word = (id: number): [number, number] => {
    let found = words.get(id);
    if (!found) {
      found = hashName(lexicon.terms[id]!, 0x9747b28c);
      words.set(id, found);
    }
    return found;
  };
  return {
    word,
    bigram(key: number): [number, number] {
      const first = Math.floor(key / BIGRAM) - 1;
      const [a1, b1] = word(first);
      const [a2, b2] = word(key - (first + 1) * BIGRAM);
      return [
        fmix(Math.imul(a1, 0xcc9e2d51) ^ rotl(a2, 15) ^ 0x1b873593),
        fmix(Math.imul(b1, 0x85ebca6b) ^ rotl(b2, 13) ^ 0x2f4b7c1d),
      ];
    },
    stem: (stem: string) => hashName(stem, 0x5e3d1f27),
  };
}

/** Two 32-bit hashes of a string: FNV-1a and a multiply-rotate hash, each finished by fmix. */
function hashName(name: string, seed: number): [number, number] {
  let a = 0x811c9dc5 ^ seed;
  let b = seed;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(rotl(b ^ c, 13), 0x5bd1e995) + 0xe6546b64;
  }
  return [fmix(a ^ name.length), fmix(b ^ name.length)];
}

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

/** MurmurHash3's finaliser: every input bit moves every output bit. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
