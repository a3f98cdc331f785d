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
