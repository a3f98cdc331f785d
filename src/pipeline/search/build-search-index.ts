import { dayToDate } from "../../lib/days.ts";
import { NORMALIZER_VERSION, terms as termsOf } from "../../lib/normalize-text.ts";
import type { Article } from "../../schema/article.ts";
import type { Entity } from "../../schema/entity.ts";
import type { Event } from "../../schema/event.ts";
import { encodeEventList, type SearchMeta } from "../../schema/search.ts";
import { TermOccurrences } from "./term-occurrences.ts";

/** What the index reads of the corpus, and no more: a worker thread is sent just this (files-thread.ts). */
export interface SearchIndexInput {
  articles: Pick<Article, "id" | "title" | "text" | "primaryEventId">[];
  events: (Pick<Event, "id" | "title" | "summary" | "entityIds" | "sourceIds" | "start" | "end"> & {
    mentions: Pick<Event["mentions"][number], "articleId" | "quote">[];
  })[];
  /** Only their names are indexed. */
  entities: Pick<Entity, "id" | "name">[];
}

/** The whole index before it is cut into files: the meta without file tables, and every term's lists. */
export interface SearchIndex {
  meta: Omit<SearchMeta, "shards" | "eventLists">;
  /** Encoded postings (documents and positions, see `encodePostings`), aligned with `meta.terms`. */
  postings: string[];
  /** Encoded event lists (see `encodeEventList`), aligned with `meta.terms`. */
  eventLists: string[];
}

/**
 * Builds the inverted index of events and articles (pure; same input, same output).
 *
 * Documents: each event (title, summary, mention quotes, participants' names) and each article (title,
 * text). An article counts for its primary event and for every event that quotes it, so a word that
 * only the full text has still finds the event. Positions are token ordinals within a document; one
 * position is skipped between fields so that a phrase never runs from a title into the text.
 */
export function buildSearchIndex(input: SearchIndexInput, articleTexts?: ArticleTexts): SearchIndex {
  const sourceIds = [...new Set(input.events.flatMap((e) => e.sourceIds))].sort();
  const sourceIndex = new Map(sourceIds.map((id, i) => [id, i]));
  const eventIndex = new Map(input.events.map((e, i) => [e.id, i]));
  const entityNames = new Map(input.entities.map((e) => [e.id, e.name]));

  const occurrences = new TermOccurrences();
  const docEvents: number[][] = [];
  const addDocument = (fields: string[], events: number[]) => {
    const doc = docEvents.length;
    docEvents.push(events);
    addFields(occurrences, doc, fields);
  };

  for (const [i, event] of input.events.entries()) {
    const names = (event.entityIds ?? []).flatMap((id) => entityNames.get(id) ?? []);
    const fields = [event.title, event.summary ?? "", ...event.mentions.map((m) => m.quote), ...names];
    addDocument(
      fields.filter((f) => f !== ""),
      [i],
    );
  }
  const quotedIn = new Map<string, Set<number>>();
  for (const [i, event] of input.events.entries()) {
    for (const m of event.mentions) {
      const set = quotedIn.get(m.articleId) ?? new Set<number>();
      set.add(i);
      quotedIn.set(m.articleId, set);
    }
  }
  // Read beforehand, the articles' texts take the numbers of the documents they become here.
  const docOfArticle = articleTexts ? new Int32Array(input.articles.length).fill(-1) : undefined;
  for (const [n, article] of input.articles.entries()) {
    const events = new Set(quotedIn.get(article.id));
    const primary = eventIndex.get(article.primaryEventId);
    if (primary !== undefined) events.add(primary);
    // An article with no event cannot make any event match: leave it out of the index.
    if (events.size === 0) continue;
    const sorted = [...events].sort((a, b) => a - b);
    if (docOfArticle) {
      docOfArticle[n] = docEvents.length;
      docEvents.push(sorted);
    } else addDocument([article.title, article.text], sorted);
  }
  if (articleTexts && docOfArticle) {
    if (
      articleTexts.ids.length !== input.articles.length ||
      articleTexts.ids.some((id, n) => id !== input.articles[n]!.id)
    )
      throw new Error("the articles' texts were read for other articles");
    occurrences.append(articleTexts.occurrences, docOfArticle);
  }

  const terms = occurrences.terms().sort();
  const postings: string[] = [];
  const eventLists: string[] = [];
  const seen = new Uint8Array(input.events.length);
  for (const term of terms) {
    const docs = occurrences.take(term, (encoded) => postings.push(encoded));
    eventLists.push(encodeEventList(eventsOfDocs(docs, docEvents, seen)));
  }
  return {
    meta: {
      normalizerVersion: NORMALIZER_VERSION,
      terms,
      sources: sourceIds,
      events: {
        ids: input.events.map((e) => e.id),
        startDay: input.events.map((e) => epochDay(e.start)),
        spanDays: input.events.map((e) => (e.end ? epochDay(e.end) - epochDay(e.start) : 0)),
        sources: input.events.map((e) => e.sourceIds.map((id) => sourceIndex.get(id)!).sort((a, b) => a - b)),
      },
      docEvents,
    },
    postings,
    eventLists,
  };
}

/** A document's fields, each a run of positions with one left out before the next. */
function addFields(occurrences: TermOccurrences, doc: number, fields: readonly string[]): void {
  let position = 0;
  for (const field of fields) {
    for (const term of termsOf(field)) occurrences.add(term, doc, position++);
    position++;
  }
}

/**
 * The articles' titles and texts read into the index's terms before the events are found (most of
 * the index's work, which needs nothing but the articles): each article is document `n`, its place
 * in the list, until `buildSearchIndex` numbers it as it would have.
 */
export interface ArticleTexts {
  ids: string[];
  occurrences: TermOccurrences;
}

export function readArticleTexts(articles: readonly Pick<Article, "id" | "title" | "text">[]): ArticleTexts {
  const occurrences = new TermOccurrences();
  for (const [n, article] of articles.entries()) addFields(occurrences, n, [article.title, article.text]);
  return { ids: articles.map((a) => a.id), occurrences };
}

/** The events the documents count for, ascending and distinct; `seen` is scratch space, left cleared. */
function eventsOfDocs(docs: ArrayLike<number>, docEvents: number[][], seen: Uint8Array): number[] {
  const events: number[] = [];
  for (let i = 0; i < docs.length; i++) {
    for (const e of docEvents[docs[i]!]!) {
      if (seen[e]) continue;
      seen[e] = 1;
      events.push(e);
    }
  }
  for (const e of events) seen[e] = 0;
  return events.sort((a, b) => a - b);
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` day: short integers for the date filter. */
export function epochDay(day: string): number {
  return Math.round(dayToDate(day).getTime() / 86_400_000);
}
