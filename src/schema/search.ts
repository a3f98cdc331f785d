import { z } from "zod";

/**
 * The full-text search index, written by the pipeline (`src/pipeline/search/`) and read by the app
 * (`src/app/search/`). `manifest.files.search` lists the meta file first, then every other file.
 *
 * The meta is loaded when the filter is first used: the sorted vocabulary (so prefixes and typos are
 * resolved to terms without fetching anything), which file holds which range of terms, and the little
 * the filters need of each event. The rest comes in two kinds of files, each holding a contiguous range
 * of the vocabulary, so that the letters of a prefix stay together:
 *
 * - event lists (`eventLists`): per term, the events it finds. A word needs nothing else, so these
 *   answer every query of words, prefixes, typos and exclusions; all of them together are a fifth of
 *   the postings, small enough for the app to fetch in the background once the filter is in use, after
 *   which no keystroke of words waits for the network.
 * - postings (`shards`): per term, the documents and token positions where it occurs, read only to
 *   check that the words of a phrase are adjacent.
 *
 * Documents are events (title, summary, mention quotes, participants' names) and articles (title and
 * text); each document counts for the events in `docEvents`. Terms are folded by
 * `src/lib/normalize-text.ts` at `normalizerVersion`.
 */
const termRanges = z.array(
  z.object({ file: z.string().regex(/^[A-Za-z0-9._-]+\.json$/), firstTerm: z.number().int() }),
);

export const searchMeta = z.object({
  normalizerVersion: z.number().int().positive(),
  /** The vocabulary, sorted by UTF-16 code units; a term's index here is its ordinal. */
  terms: z.array(z.string().min(1)),
  /** Event-list files in vocabulary order; file i holds terms from `firstTerm` up to the next file's. */
  eventLists: termRanges,
  /** Postings files (positions, for phrases) in vocabulary order, cut the same way. */
  shards: termRanges,
  /** Source ids; events refer to them by index. */
  sources: z.array(z.string()),
  /** Events, by ordinal: id, first day (days since 1970-01-01), days to the last day, source indexes. */
  events: z.object({
    ids: z.array(z.string()),
    startDay: z.array(z.number().int()),
    spanDays: z.array(z.number().int().nonnegative()),
    sources: z.array(z.array(z.number().int().nonnegative())),
  }),
  /** Document ordinal -> the ordinals of the events it counts for. */
  docEvents: z.array(z.array(z.number().int().nonnegative())),
});
export type SearchMeta = z.infer<typeof searchMeta>;

export const searchEventLists = z.object({
  /** The ordinal of this file's first term; `events[i]` belongs to term `firstTerm + i`. */
  firstTerm: z.number().int().nonnegative(),
  /** Each term's event ordinals, encoded by `encodeEventList`. */
  events: z.array(z.string().regex(/^[0-9A-Za-z_-]*$/)),
});
export type SearchEventLists = z.infer<typeof searchEventLists>;

export const searchShard = z.object({
  /** The ordinal of this shard's first term; `postings[i]` belongs to term `firstTerm + i`. */
  firstTerm: z.number().int().nonnegative(),
  /** Each term's postings, encoded by `encodePostings`. */
  postings: z.array(z.string()),
});
export type SearchShard = z.infer<typeof searchShard>;

/** Where a term occurs: in which documents, at which token positions (ascending, both). */
export interface Posting {
  doc: number;
  positions: number[];
}

/**
 * Postings as compact text: documents separated by ";", each "docDelta:pos,pos…" with the document
 * delta from the previous document and each position delta from the previous position, in base 36.
 * Deltas keep the numbers short and repetitive, which is what gzip then squeezes.
 */
export function encodePostings(postings: Posting[]): string {
  let previousDoc = 0;
  return postings
    .map((p) => {
      const docDelta = p.doc - previousDoc;
      previousDoc = p.doc;
      let previousPos = 0;
      const positions = p.positions.map((pos) => {
        const delta = pos - previousPos;
        previousPos = pos;
        return delta.toString(36);
      });
      return `${docDelta.toString(36)}:${positions.join(",")}`;
    })
    .join(";");
}

export function decodePostings(text: string): Posting[] {
  if (text === "") return [];
  let doc = 0;
  return text.split(";").map((entry) => {
    const colon = entry.indexOf(":");
    doc += Number.parseInt(entry.slice(0, colon), 36);
    let pos = 0;
    const positions = entry
      .slice(colon + 1)
      .split(",")
      .map((delta) => {
        pos += Number.parseInt(delta, 36);
        return pos;
      });
    return { doc, positions };
  });
}

/**
 * Event lists as compact text, one character per event where events are close: each gap to the next
 * ordinal (minus one, from -1) is written in groups of 5 bits, low group first, one character of a
 * 64-letter alphabet per group, with 32 added while more groups follow. Commas and base 36 (as in the
 * postings) would make the lists of common words twice as long.
 */
const EVENT_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
const EVENT_DIGIT_VALUE = new Int8Array(128).fill(-1);
const EVENT_DIGIT_CODES = [...EVENT_DIGITS].map((c) => c.charCodeAt(0));
for (const [i, code] of EVENT_DIGIT_CODES.entries()) EVENT_DIGIT_VALUE[code] = i;

/** Encodes ascending, distinct event ordinals. */
export function encodeEventList(events: ArrayLike<number>): string {
  // Character codes first, made into a string in slices: appending character by character would make
  // a rope of a node per event until something flattens it.
  const codes: number[] = [];
  let previous = -1;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    let gap = event - previous - 1;
    previous = event;
    while (gap >= 32) {
      codes.push(EVENT_DIGIT_CODES[32 | (gap & 31)]!);
      gap = Math.floor(gap / 32);
    }
    codes.push(EVENT_DIGIT_CODES[gap]!);
  }
  let text = "";
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.slice(i, i + 8192));
  return text;
}

/** Calls `visit` with each event ordinal of an encoded list, ascending. */
export function forEachEvent(text: string, visit: (event: number) => void): void {
  let event = -1;
  let gap = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i++) {
    const value = EVENT_DIGIT_VALUE[text.charCodeAt(i)] ?? -1;
    if (value < 0) throw new Error(`not an event list: ${JSON.stringify(text.slice(0, 20))}`);
    gap += (value & 31) * scale;
    if (value & 32) scale *= 32;
    else {
      event += gap + 1;
      visit(event);
      gap = 0;
      scale = 1;
    }
  }
}

export function decodeEventList(text: string): number[] {
  const events: number[] = [];
  forEachEvent(text, (e) => events.push(e));
  return events;
}
