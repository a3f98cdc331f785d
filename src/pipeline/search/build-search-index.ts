import { dayToDate } from "../../lib/days.ts";
import { NORMALIZER_VERSION, tokenize } from "../../lib/normalize-text.ts";
import type { Article } from "../../schema/article.ts";
import type { Entity } from "../../schema/entity.ts";
import type { Event } from "../../schema/event.ts";
import { encodePostings, type Posting, type SearchMeta } from "../../schema/search.ts";

export interface SearchIndexInput {
  articles: Article[];
  events: Event[];
  entities: Entity[];
}

/** The whole index before it is cut into files: the meta without shards, and every term's postings. */
export interface SearchIndex {
  meta: Omit<SearchMeta, "shards">;
  /** Encoded postings, aligned with `meta.terms`. */
  postings: string[];
}

/**
 * Builds the inverted index of events and articles (pure; same input, same output).
 *
 * Documents: each event (title, summary, mention quotes, participants' names) and each article (title,
 * text). An article counts for its primary event and for every event that quotes it, so a word that
 * only the full text has still finds the event. Positions are token ordinals within a document; one
 * position is skipped between fields so that a phrase never runs from a title into the text.
 */
export function buildSearchIndex(input: SearchIndexInput): SearchIndex {
  const sourceIds = [...new Set(input.events.flatMap((e) => e.sourceIds))].sort();
  const sourceIndex = new Map(sourceIds.map((id, i) => [id, i]));
  const eventIndex = new Map(input.events.map((e, i) => [e.id, i]));
  const entityNames = new Map(input.entities.map((e) => [e.id, e.name]));

  const docs: { fields: string[]; events: number[] }[] = [];
  for (const [i, event] of input.events.entries()) {
    const names = (event.entityIds ?? []).flatMap((id) => entityNames.get(id) ?? []);
    docs.push({
      fields: [event.title, event.summary ?? "", ...event.mentions.map((m) => m.quote), ...names].filter(
        (f) => f !== "",
      ),
      events: [i],
    });
  }
  const quotedIn = new Map<string, Set<number>>();
  for (const [i, event] of input.events.entries()) {
    for (const m of event.mentions) {
      const set = quotedIn.get(m.articleId) ?? new Set<number>();
      set.add(i);
      quotedIn.set(m.articleId, set);
    }
  }
  for (const article of input.articles) {
    const events = new Set(quotedIn.get(article.id));
    const primary = eventIndex.get(article.primaryEventId);
    if (primary !== undefined) events.add(primary);
    // An article with no event cannot make any event match: leave it out of the index.
    if (events.size === 0) continue;
    docs.push({ fields: [article.title, article.text], events: [...events].sort((a, b) => a - b) });
  }

  const postingsByTerm = indexDocuments(docs.map((d) => d.fields));
  const terms = [...postingsByTerm.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
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
      docEvents: docs.map((d) => d.events),
    },
    postings: terms.map((t) => encodePostings(postingsByTerm.get(t)!)),
  };
}

function indexDocuments(docs: string[][]): Map<string, Posting[]> {
  const byTerm = new Map<string, Posting[]>();
  for (const [doc, fields] of docs.entries()) {
    let position = 0;
    for (const field of fields) {
      for (const token of tokenize(field)) {
        const list = byTerm.get(token.term);
        const last = list?.at(-1);
        if (last && last.doc === doc) last.positions.push(position);
        else if (list) list.push({ doc, positions: [position] });
        else byTerm.set(token.term, [{ doc, positions: [position] }]);
        position++;
      }
      position++;
    }
  }
  return byTerm;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` day: short integers for the date filter. */
export function epochDay(day: string): number {
  return Math.round(dayToDate(day).getTime() / 86_400_000);
}
