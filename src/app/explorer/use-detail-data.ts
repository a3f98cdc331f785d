import { useMemo } from "react";
import type { Event } from "../../schema/event.ts";
import type { Manifest } from "../../schema/manifest.ts";
import { useEntities } from "../data/entities-query.ts";
import { useArticles } from "../data/queries.ts";
import { eventArticleFiles } from "../data/use-full-event.ts";
import type { ArticlesState } from "../detail/EventDetail.tsx";
import { type EventEntities, eventEntities } from "../detail/event-entities.ts";

const NONE: EventEntities = { participants: [], places: [], asides: [] };

/**
 * What the detail and the reader need beyond the events: article texts and entities, loaded only once
 * an event is open, since they are the largest files. Of the article files, only those the event
 * names (`articleFiles`) are fetched; every file when it names none (older data), or when the reader's
 * `articleId` is not among the event's files (a hand-edited link): then it is looked for everywhere.
 */
export function useDetailData(manifest: Manifest, event: Event | undefined, articleId?: string | null) {
  const open = Boolean(event);
  const allFiles = manifest.files.articles;
  const ownFiles = useMemo(() => eventArticleFiles(allFiles, event), [allFiles, event]);
  const own = useArticles(ownFiles, open);
  const elsewhere = Boolean(
    articleId && own.data && ownFiles !== allFiles && !own.data.some((a) => a.id === articleId),
  );
  // Per-file queries: the files already loaded for the event come from the cache, not the network.
  const all = useArticles(allFiles, open && elsewhere);
  const articles = elsewhere ? all : own;
  const entities = useEntities(manifest.files.entities, open);
  const byId = useMemo(
    () => (articles.data ? new Map(articles.data.map((a) => [a.id, a])) : undefined),
    [articles.data],
  );
  const articlesState: ArticlesState = articles.error
    ? { status: "error", message: articles.error.message, retry: () => void articles.refetch() }
    : byId
      ? { status: "success", byId }
      : { status: "pending" };
  const named = useMemo(
    () => (event && entities.data ? eventEntities(event, entities.data) : NONE),
    [event, entities.data],
  );
  // Files that failed while others loaded, and records left out: named beside the detail.
  return { articles: articlesState, entities: named, articleProblems: articles.problems };
}
