import type { CleanArticle } from "../clean/clean-article.ts";
import type { EventMention } from "./find-mentions.ts";

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

/** An event mention for grouping and title tests: one day-precise lead, its own article and outlet. */
export function mention(
  key: string,
  terms: string[],
  extra: Partial<EventMention> = {},
  day = "2018-03-05",
): EventMention {
  return {
    key,
    articleId: key,
    sourceId: key,
    start: 0,
    end: 1,
    quote: key,
    date: { start: day, precision: "day" },
    entityIds: [],
    title: key,
    terms,
    primary: true,
    ...extra,
  };
}
