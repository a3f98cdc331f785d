import { useMemo } from "react";
import type { EntitySummary } from "../../schema/entity.ts";
import type { Event } from "../../schema/event.ts";
import type { Manifest } from "../../schema/manifest.ts";
import { useEntities } from "../data/entities-query.ts";
import { useArticles } from "../data/queries.ts";
import type { ArticlesState } from "../detail/EventDetail.tsx";

/**
 * What the detail and the reader need beyond the events: article texts and entities, loaded only once
 * an event is open, since they are the largest files.
 */
export function useDetailData(manifest: Manifest, event: Event | undefined) {
  const open = Boolean(event);
  const articles = useArticles(manifest.files.articles, open);
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
  const eventEntities = useMemo(() => {
    const ids = new Set(event?.entityIds ?? []);
    return ids.size && entities.data ? entities.data.filter((e: EntitySummary) => ids.has(e.id)) : [];
  }, [event, entities.data]);
  // Files that failed while others loaded, and records left out: named beside the detail.
  return { articles: articlesState, entities: eventEntities, articleProblems: articles.problems };
}
