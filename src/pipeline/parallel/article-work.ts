import type { CleanResult } from "../clean/clean-article.ts";
import { cleanArticle } from "../clean/clean-article.ts";
import type { ResolvedSource } from "../clean/resolve-source.ts";
import { type PreparedArticle, prepareArticle } from "../events/extract-events.ts";
import { packPrepared } from "../events/prepared-bytes.ts";
import type { RawArticle } from "../read/raw-article.ts";

/** Everything the build computes from one article alone: its cleaning and the events stage's per-article part. */
export interface ArticleWork {
  result: CleanResult;
  prepared?: PreparedArticle;
}

/**
 * What the build keeps of an article's work: the cleaning parsed, the events stage's part still
 * packed (compressed JSON, see `packPrepared`), since a large build cannot hold every article's
 * sentences and names as objects at once.
 */
export interface StoredWork {
  result: CleanResult;
  /** Its own bytes, not a view of a larger buffer that would stay alive with it. */
  prepared?: Uint8Array;
  /**
   * The cache key it was stored under (run-articles.ts): a digest of everything the work was made
   * from, so the later stages' memos can name the article and its prepared part by it rather than
   * hash its text again. Absent when the work did not go through the runner.
   */
  key?: string;
}

const NEWLINE = 0x0a;
const UTF8 = new TextDecoder();

/**
 * The cleaning as one line of JSON, then (when there is one) a line break and the packed events
 * stage's part. JSON.stringify never writes a raw line break, and UTF-8 never uses the byte 0x0a
 * inside a character, so the first such byte splits them. These bytes are what workers send, the
 * cache keeps and every build path parses, so all paths give the same objects.
 */
export function serializeWork(work: ArticleWork): Uint8Array<ArrayBuffer> {
  const result = Buffer.from(JSON.stringify(work.result), "utf8");
  const prepared = work.prepared ? packPrepared(work.prepared) : undefined;
  // A plain Uint8Array of its own: Buffer.from may hand out a slice of a shared pool, which cannot
  // be transferred from a worker and keeps the pool alive.
  const bytes = new Uint8Array(result.byteLength + (prepared ? 1 + prepared.byteLength : 0));
  bytes.set(result);
  if (prepared) {
    bytes[result.byteLength] = NEWLINE;
    bytes.set(prepared, result.byteLength + 1);
  }
  return bytes;
}

export function parseWork(bytes: Uint8Array): StoredWork {
  const split = bytes.indexOf(NEWLINE);
  if (split < 0) return { result: JSON.parse(UTF8.decode(bytes)) as CleanResult };
  // Copied out (Uint8Array's slice copies; Buffer's would not), so the result's bytes can go.
  return {
    result: JSON.parse(UTF8.decode(bytes.subarray(0, split))) as CleanResult,
    prepared: Uint8Array.prototype.slice.call(bytes, split + 1),
  };
}

/**
 * `years` is null on the first pass (no corpus context yet) and the corpus's firm years on the
 * second. A first-pass result dated only by weak evidence is redone on the second pass, so its
 * events-stage part is left for then rather than computed twice.
 */
export function workArticle(
  raw: RawArticle,
  resolveSource: (name: string) => ResolvedSource,
  years: number[] | null,
): ArticleWork {
  const result = cleanArticle(raw, resolveSource, { years: years ?? [] });
  if (!result.ok || (years === null && !isFirmlyDated(result))) return { result };
  return { result, prepared: prepareArticle(result.article) };
}

/** Dated by its own metadata or page header: the corpus's other articles cannot change its date. */
export function isFirmlyDated(result: CleanResult): boolean {
  return (
    result.ok && (result.article.publishedBasis === "metadata" || result.article.publishedBasis === "header")
  );
}
