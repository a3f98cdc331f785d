import { z } from "zod";

/**
 * The full-text search index, written by the pipeline (`src/pipeline/search/`) and read by the app
 * (`src/app/search/`). `manifest.files.search` lists the meta file first, then every shard.
 *
 * The meta is loaded when the filter is first used: the sorted vocabulary (so prefixes and typos are
 * resolved to terms without fetching anything), which shard holds which range of terms, and the little
 * the filters need of each event. A shard holds the postings of a contiguous range of the vocabulary, so
 * a query fetches only the shards its terms fall in, and the letters of a prefix stay together.
 *
 * Documents are events (title, summary, mention quotes, participants' names) and articles (title and
 * text); each document counts for the events in `docEvents`. Terms are folded by
 * `src/lib/normalize-text.ts` at `normalizerVersion`.
 */
export const searchMeta = z.object({
  normalizerVersion: z.number().int().positive(),
  /** The vocabulary, sorted by UTF-16 code units; a term's index here is its ordinal. */
  terms: z.array(z.string().min(1)),
  /** Shards in vocabulary order; shard i holds terms from `firstTerm` up to the next shard's. */
  shards: z.array(
    z.object({ file: z.string().regex(/^[A-Za-z0-9._-]+\.json$/), firstTerm: z.number().int() }),
  ),
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
