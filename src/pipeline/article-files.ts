import { splitByPeriod } from "../lib/period-files.ts";
import { type Article, articlesFile } from "../schema/article.ts";
import type { Event } from "../schema/event.ts";
import { type AddingFiles, addKnowing, type KnownFiles } from "./known-file-steps.ts";

/**
 * How the article texts are cut into files (`articles-2018`, `articles-2018-03`, `articles-2018-03-14`),
 * so that opening an event fetches only the files holding its articles: an event's articles are
 * published within days of each other, so files by publication period keep them together. The cuts
 * are the events files' (src/lib/period-files.ts), at a size where one file is a quick fetch.
 */

/** Above this many bytes (estimated, raw JSON) a period is cut finer: about 150 KB over the wire. */
export const ARTICLE_FILE_BYTES = 512 * 1024;

type Sized = Pick<Article, "title" | "text" | "file" | "url" | "byline" | "timexes" | "inferred">;

/**
 * Roughly the bytes of the article's JSON, without writing it: the text dominates, and the build
 * writes every article once already.
 */
export function estimateArticleBytes(a: Sized): number {
  let bytes = 250 + a.title.length + a.text.length + a.file.length;
  bytes += (a.url?.length ?? 0) + (a.byline?.length ?? 0);
  for (const t of a.timexes ?? []) bytes += 50 + t.text.length + t.value.length;
  for (const [key, value] of Object.entries(a.inferred ?? {})) bytes += 6 + key.length + value.length;
  return bytes;
}

/**
 * The articles grouped into files by publication day, periods in date order. The corpus lists its
 * articles by publication date, so each file holds them in the corpus's order.
 */
export function splitArticlesByPeriod<T extends Sized & Pick<Article, "published">>(
  articles: readonly T[],
  maxBytes = ARTICLE_FILE_BYTES,
): { period: string; articles: T[] }[] {
  return splitByPeriod(articles, (a) => a.published, estimateArticleBytes, maxBytes).map(
    ({ period, items }) => ({ period, articles: items }),
  );
}

/** Each article's file: its place in `files.articles`. */
export function articleFileIndex(files: readonly (readonly Pick<Article, "id">[])[]): Map<string, number> {
  const index = new Map<string, number>();
  files.forEach((articles, file) => {
    for (const { id } of articles) index.set(id, file);
  });
  return index;
}

/**
 * The places in `files.articles` of the files holding an event's articles (those it lists and those
 * its mentions quote), sorted and distinct: all the detail and the reader need to fetch.
 */
export function eventArticleFiles(
  e: Pick<Event, "articleIds" | "mentions">,
  fileOf: ReadonlyMap<string, number>,
): number[] {
  const files = new Set<number>();
  for (const id of e.articleIds) {
    const file = fileOf.get(id);
    if (file !== undefined) files.add(file);
  }
  for (const m of e.mentions) {
    const file = fileOf.get(m.articleId);
    if (file !== undefined) files.add(file);
  }
  return [...files].sort((a, b) => a - b);
}

/**
 * The article files, a period at a time, each step yielding `flush()` so that the caller writes the
 * file and lets its text go; returns their names in period order. With `known`, a period whose file
 * the last build wrote from the same articles is added by name and size (see `addKnowing`).
 */
export function* projectArticleFileSteps<Flushed>(
  /** The articles cut into periods (`splitArticlesByPeriod`). */
  periods: readonly { period: string; articles: Article[] }[],
  files: AddingFiles & { flush: () => Flushed },
  known?: KnownFiles<Article>,
): Generator<Flushed, string[], undefined> {
  const names: string[] = [];
  for (const { period, articles } of periods) {
    names.push(
      addKnowing(files, known, `articles-${period}`, articlesFile, articles, () =>
        articles.map(projectArticle),
      ),
    );
    yield files.flush();
  }
  return names;
}

/** Exactly the fields of an article that its file gives the browser. */
export function projectArticle(a: Article): Article {
  // In the schema's order of fields, which is the order its parse gives (see `outputFiles`).
  return {
    id: a.id,
    source: { id: a.source.id, name: a.source.name },
    title: a.title,
    titleInferred: a.titleInferred,
    published: a.published,
    publishedBasis: a.publishedBasis,
    ...(a.url !== undefined ? { url: a.url } : {}),
    ...(a.byline !== undefined ? { byline: a.byline } : {}),
    text: a.text,
    primaryEventId: a.primaryEventId,
    file: a.file,
    ...(a.line !== undefined ? { line: a.line } : {}),
    ...(a.language !== undefined ? { language: a.language } : {}),
    ...(a.inferred !== undefined ? { inferred: a.inferred } : {}),
    ...(a.timexes !== undefined ? { timexes: a.timexes } : {}),
  };
}
