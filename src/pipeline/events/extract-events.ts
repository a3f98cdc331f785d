import type { Entity } from "../../schema/entity.ts";
import type { Event } from "../../schema/event.ts";
import type { ReportEntry } from "../../schema/report.ts";
import type { CleanArticle } from "../clean/clean-article.ts";
import { shortHash } from "../hash.ts";

export interface EventsResult {
  events: Event[];
  entities: Entity[];
  /** Article id -> the id of the event its lead reports. */
  primaryEventIds: Map<string, string>;
  warnings: ReportEntry[];
}

/**
 * The lead of a news story is its main event: each article contributes the event its first
 * sentence reports, dated by the article's publication day. Articles of the same day with the
 * same headline are one event.
 */
export function extractEvents(articles: CleanArticle[]): EventsResult {
  const groups = new Map<string, CleanArticle[]>();
  for (const article of articles) {
    const key = `${article.published.slice(0, 10)}\n${article.title.toLowerCase()}`;
    const group = groups.get(key);
    if (group) group.push(article);
    else groups.set(key, [article]);
  }
  const events: Event[] = [];
  const primaryEventIds = new Map<string, string>();
  for (const group of groups.values()) {
    const members = [...group].sort((a, b) => (a.id < b.id ? -1 : 1));
    const first = members[0]!;
    const id = `ev-${shortHash(`${first.published.slice(0, 10)}\n${first.id}`, 12)}`;
    const mentions = members.map((article) => {
      const end = leadSentenceEnd(article.text);
      return {
        articleId: article.id,
        sourceId: article.source.id,
        quote: article.text.slice(0, end),
        start: 0,
        end,
      };
    });
    events.push({
      id,
      title: first.title,
      start: first.published.slice(0, 10),
      precision: "day",
      sourceIds: [...new Set(members.map((a) => a.source.id))].sort(),
      articleIds: members.map((a) => a.id),
      mentions,
    });
    for (const article of members) primaryEventIds.set(article.id, id);
  }
  events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
  return { events, entities: [], primaryEventIds, warnings: [] };
}

function leadSentenceEnd(text: string): number {
  const match = /[.!?][”"’']?(?=\s|$)/.exec(text);
  return match ? match.index + match[0].length : Math.min(text.length, 300);
}
