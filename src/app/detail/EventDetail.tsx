import type { Article } from "../../schema/article.ts";
import type { EventSummary, Mention } from "../../schema/event.ts";
import type { Source } from "../../schema/source.ts";
import type { FullEvent } from "../data/use-full-event.ts";
import { formatEventDate, formatPublished } from "../format/event-date.ts";
import { ErrorMessage, LineSkeleton } from "../layout/StatusViews.tsx";
import { quoteInContext } from "../reader/highlight.ts";
import { SearchHighlight } from "../search/highlight-terms.tsx";
import { CopyEventLink } from "../share/CopyEventLink.tsx";
import { hrefFor } from "../state/use-url-state.ts";
import type { EventEntities } from "./event-entities.ts";

export type ArticlesState =
  | { status: "pending" }
  | { status: "error"; message: string; retry: () => void }
  | { status: "success"; byId: Map<string, Article> };

type Props = {
  /** What the timeline knows of the event: enough for its heading at once. */
  event: EventSummary;
  /** Its whole record (mentions, articles, summary), fetched as it opens. */
  full: FullEvent;
  sourceById: Map<string, Source>;
  entities: EventEntities;
  articles: ArticlesState;
  onOpenArticle: (articleId: string) => void;
  onClose: () => void;
};

/**
 * An event: when, who told it, and each outlet's words in context, with a way into the article. The
 * heading shows from the summary at once; the words wait for the event's full record.
 */
export function EventDetail({ event, full, sourceById, entities, articles, onOpenArticle, onClose }: Props) {
  const record = full.status === "success" ? full.event : undefined;
  const outlets = [...new Set(event.sourceIds)].map(
    (id) => sourceById.get(id) ?? { id, name: id, kind: "other" as const },
  );
  const { participants, places, asides } = entities;
  return (
    <article data-testid="event-detail" aria-labelledby="event-detail-title" className="space-y-5">
      <header className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          <p className="text-sm font-medium text-sky-700 dark:text-sky-300">
            <time dateTime={event.start}>{formatEventDate(event.start, event.end, event.precision)}</time>
          </p>
          <h2 id="event-detail-title" className="mt-1 text-xl leading-snug font-semibold text-balance">
            <SearchHighlight text={event.title} />
          </h2>
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close the event (Escape)"
          className="rounded-md p-1.5 text-slate-500 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-500 dark:hover:bg-slate-800 dark:hover:text-white"
        >
          <span aria-hidden="true" className="block text-lg leading-none">
            ×
          </span>
        </button>
      </header>
      <CopyEventLink eventId={event.id} />
      {record?.summary && (
        <p className="text-slate-700 dark:text-slate-300">
          <SearchHighlight text={record.summary} />
        </p>
      )}
      <section aria-label="Outlets" className="flex flex-wrap gap-1.5">
        {outlets.map((s) => (
          <span
            key={s.id}
            className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-200"
          >
            {s.name}
          </span>
        ))}
        <span className="px-1 py-0.5 text-xs text-slate-500 dark:text-slate-400">
          {outlets.length === 1 ? "1 outlet" : `${outlets.length} outlets`}
          {record &&
            ` · ${record.articleIds.length} ${record.articleIds.length === 1 ? "article" : "articles"}`}
        </span>
      </section>
      {participants.length > 0 && (
        <section aria-label="Taking part" className="text-sm text-slate-600 dark:text-slate-300">
          <span className="font-medium">Taking part: </span>
          <SearchHighlight text={participants.map((e) => e.name).join(", ")} />
        </section>
      )}
      {places.length > 0 && (
        <section aria-label="Where" className="text-sm text-slate-600 dark:text-slate-300">
          <span className="font-medium">Where: </span>
          <SearchHighlight text={places.map((e) => e.name).join(", ")} />
        </section>
      )}
      {asides.length > 0 && (
        <details data-testid="event-asides" className="text-sm text-slate-600 dark:text-slate-300">
          <summary className="cursor-pointer text-slate-500 hover:text-slate-800 dark:text-slate-400 dark:hover:text-white">
            {asides.length === 1 ? "1 more name" : `${asides.length} more names`}, each in one report only
          </summary>
          <p className="mt-1">
            <SearchHighlight text={asides.map((e) => e.name).join(", ")} />
          </p>
        </details>
      )}
      <section aria-labelledby="mentions-title" className="space-y-3">
        <h3
          id="mentions-title"
          className="text-sm font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400"
        >
          What the articles say
        </h3>
        {full.status === "pending" && <LineSkeleton lines={4} />}
        {full.status === "error" && (
          <ErrorMessage title="The event could not be loaded" message={full.message} onRetry={full.retry} />
        )}
        {full.status === "missing" && (
          <ErrorMessage
            title="The event's words could not be found"
            message={`${full.file} does not hold the event “${event.id}”, though the data says it should.`}
          />
        )}
        {articles.status === "error" && (
          <ErrorMessage
            title="The articles could not be loaded"
            message={articles.message}
            onRetry={articles.retry}
          />
        )}
        <ul className="space-y-3">
          {record?.mentions.map((mention) => (
            <MentionCard
              key={`${mention.articleId}:${mention.start}`}
              mention={mention}
              source={sourceById.get(mention.sourceId)}
              article={articles.status === "success" ? articles.byId.get(mention.articleId) : undefined}
              pending={articles.status === "pending"}
              eventId={event.id}
              onOpen={() => onOpenArticle(mention.articleId)}
            />
          ))}
        </ul>
      </section>
    </article>
  );
}

function MentionCard(props: {
  mention: Mention;
  source: Source | undefined;
  article: Article | undefined;
  pending: boolean;
  eventId: string;
  onOpen: () => void;
}) {
  const { mention, source, article } = props;
  const context = article ? quoteInContext(article.text, mention.start, mention.end) : undefined;
  return (
    <li
      data-testid="mention"
      className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
    >
      <p className="flex flex-wrap items-baseline gap-x-2 text-xs text-slate-500 dark:text-slate-400">
        <span data-testid="article-source" className="font-semibold text-slate-800 dark:text-slate-100">
          {source?.name ?? mention.sourceId}
        </span>
        {article && (
          <time dateTime={article.published.slice(0, 10)}>
            {formatPublished(article.published)}
            {article.publishedBasis === "inferred" && " (date inferred)"}
          </time>
        )}
      </p>
      {article && (
        <p className="mt-1 text-sm font-medium">
          <SearchHighlight text={article.title} />
        </p>
      )}
      <blockquote className="mt-2 border-l-2 border-sky-500 pl-3 text-sm leading-relaxed text-slate-700 dark:text-slate-300">
        {context ? (
          <>
            <SearchHighlight text={context.before} />
            <mark className="rounded-sm bg-amber-100 px-0.5 text-inherit dark:bg-amber-900/60">
              <SearchHighlight text={context.quote} />
            </mark>
            <SearchHighlight text={context.after} />
          </>
        ) : (
          <SearchHighlight text={mention.quote} />
        )}
      </blockquote>
      {props.pending && (
        <div className="mt-2">
          <LineSkeleton lines={1} />
        </div>
      )}
      <a
        href={hrefFor({ event: props.eventId, article: mention.articleId })}
        onClick={(e) => {
          if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
          e.preventDefault();
          props.onOpen();
        }}
        className="mt-3 inline-block text-sm font-medium text-sky-700 underline-offset-2 hover:underline focus-visible:rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-500 dark:text-sky-300"
      >
        Read it in the article →
      </a>
    </li>
  );
}
