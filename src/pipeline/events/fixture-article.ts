import type { CleanArticle } from "../clean/clean-article.ts";

/** A cleaned article for tests: small hand-written stories in the style of the outlets, never corpus text. */
export function article(
  id: string,
  source: string,
  published: string,
  title: string,
  text: string,
): CleanArticle {
  return {
    id,
    source: { id: source, name: source },
    title,
    titleInferred: false,
    published,
    publishedBasis: "metadata",
    text,
    file: `${id}.txt`,
  };
}
