import type { CleanResult } from "../clean/clean-article.ts";
import { cleanArticle } from "../clean/clean-article.ts";
import type { ResolvedSource } from "../clean/resolve-source.ts";
import { type PreparedArticle, prepareArticle } from "../events/extract-events.ts";
import type { RawArticle } from "../read/raw-article.ts";

/** Everything the build computes from one article alone: its cleaning and the events stage's per-article part. */
export interface ArticleWork {
  result: CleanResult;
  prepared?: PreparedArticle;
}

/**
 * What the build keeps of an article's work: the cleaning parsed, the events stage's part still as
 * JSON text (see `extractEvents`), since a large build cannot hold every article's sentences and
 * names as objects at once.
 */
export interface StoredWork {
  result: CleanResult;
  /**
   * UTF-8 bytes, not a string: a substring of the stored text would keep the whole text alive (V8
   * slices share their parent), and news text with curly quotes is stored two bytes a character.
   */
  prepared?: Uint8Array;
}

/**
 * One line of JSON for the cleaning, then (when there is one) a line for the events stage's part:
 * JSON.stringify never writes a raw line break, so the first one splits them. This text is what
 * workers send, the cache keeps and every build path parses, so all paths give the same objects.
 */
export function serializeWork(work: ArticleWork): string {
  const result = JSON.stringify(work.result);
  return work.prepared ? `${result}\n${JSON.stringify(work.prepared)}` : result;
}

export function parseWork(text: string): StoredWork {
  const split = text.indexOf("\n");
  if (split < 0) return { result: JSON.parse(text) as CleanResult };
  return {
    result: JSON.parse(text.slice(0, split)) as CleanResult,
    prepared: Buffer.from(text.slice(split + 1), "utf8"),
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
