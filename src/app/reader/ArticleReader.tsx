import { useEffect, useRef } from "react";
import type { Article, PublishedBasis } from "../../schema/article.ts";
import type { Event } from "../../schema/event.ts";
import { formatPublished } from "../format/event-date.ts";
import { ExternalLink } from "../links/ExternalLink.tsx";
import { safeWebUrl } from "../links/safe-url.ts";
import { SearchHighlight } from "../search/highlight-terms.tsx";
import { segmentText } from "./highlight.ts";

const basisText: Record<PublishedBasis, string> = {
  metadata: "from the article's metadata",
  dateline: "from the dateline",
  header: "from the page header",
  inferred: "inferred from the text",
};

/** The cleaned article, the event's mentions marked in it, and how its metadata was found. */
export function ArticleReader({
  article,
  event,
  onBack,
}: {
  article: Article;
  event: Event | undefined;
  onBack: () => void;
}) {
  const ranges = (event?.mentions ?? []).filter((m) => m.articleId === article.id);
  const segments = segmentText(article.text, ranges);
  const firstMark = useRef<HTMLElement>(null);
  const textBox = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Bring the first mention into view inside the text box when another article opens, without
  // scrolling the page under the user.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs per article
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    const box = textBox.current;
    const mark = firstMark.current;
    if (box && mark) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 48);
  }, [article.id]);
  const url = safeWebUrl(article.url);
  const inferred = Object.entries(article.inferred ?? {});
  let marked = false;
  return (
    <article data-testid="article-reader" aria-labelledby="reader-title" className="space-y-4">
      <button
        type="button"
        onClick={onBack}
        className="text-sm font-medium text-sky-700 hover:underline focus-visible:rounded focus-visible:outline-2 focus-visible:outline-sky-500 dark:text-sky-300"
      >
        ← Back to the event
      </button>
      <header className="space-y-2">
        <h2
          id="reader-title"
          ref={heading}
          tabIndex={-1}
          className="text-xl leading-snug font-semibold outline-none"
        >
          <SearchHighlight text={article.title} />
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-slate-500 dark:text-slate-400">Outlet</dt>
          <dd data-testid="article-source">{article.source.name}</dd>
          <dt className="text-slate-500 dark:text-slate-400">Published</dt>
          <dd>
            <time dateTime={article.published.slice(0, 10)}>{formatPublished(article.published)}</time>{" "}
            <span className="text-slate-500 dark:text-slate-400">
              ({article.publishedBasis === "inferred" ? "date inferred" : basisText[article.publishedBasis]})
            </span>
          </dd>
          {article.titleInferred && (
            <>
              <dt className="text-slate-500 dark:text-slate-400">Title</dt>
              <dd>inferred from the text (the article gave none)</dd>
            </>
          )}
          {article.byline && (
            <>
              <dt className="text-slate-500 dark:text-slate-400">By</dt>
              <dd>{article.byline}</dd>
            </>
          )}
          {inferred.map(([field, how]) => (
            <div key={field} className="contents">
              <dt className="text-slate-500 dark:text-slate-400">{field}</dt>
              <dd>found from the {how}</dd>
            </div>
          ))}
          {url && (
            <>
              <dt className="text-slate-500 dark:text-slate-400">Original</dt>
              <dd className="truncate">
                <ExternalLink url={url.href} className="text-sky-700 underline dark:text-sky-300" />
              </dd>
            </>
          )}
        </dl>
      </header>
      <div
        ref={textBox}
        className="relative max-h-[60dvh] overflow-auto rounded-lg border border-slate-200 bg-white p-4 text-[0.9375rem] leading-relaxed whitespace-pre-line dark:border-slate-700 dark:bg-slate-900"
      >
        {segments.map((segment) => {
          // Search matches are marked inside each run, so they show within a mention as well.
          if (!segment.marked)
            return (
              <span key={segment.start}>
                <SearchHighlight text={segment.text} />
              </span>
            );
          const first = !marked;
          marked = true;
          return (
            <mark
              key={segment.start}
              ref={first ? firstMark : undefined}
              data-testid="mention-highlight"
              className="rounded-sm bg-amber-100 px-0.5 text-inherit dark:bg-amber-900/60"
            >
              <SearchHighlight text={segment.text} />
            </mark>
          );
        })}
      </div>
    </article>
  );
}
