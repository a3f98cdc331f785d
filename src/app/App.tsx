import type { Article } from "../schema/article.ts";
import { useArticles, useManifest } from "./data/queries.ts";

/** Until the explorer lands: the ingested articles with their metadata and how it was found. */
export function App() {
  const manifest = useManifest();
  const articles = useArticles(manifest.data?.files.articles);
  const error = manifest.error ?? articles.error;
  return (
    <main className="mx-auto max-w-4xl p-6 font-sans text-slate-900">
      <h1 className="mb-4 text-2xl font-semibold">Parallax</h1>
      {error ? (
        <div data-testid="error" role="alert" className="rounded border border-red-300 bg-red-50 p-3">
          {error.message}{" "}
          <button
            type="button"
            className="underline"
            onClick={() => (manifest.error ? manifest.refetch() : articles.refetch())}
          >
            Retry
          </button>
        </div>
      ) : manifest.isPending || articles.isPending ? (
        <p aria-busy="true">Loading articles…</p>
      ) : articles.data?.length === 0 ? (
        <p>No articles yet. Put article files in data/articles/ and run npm start.</p>
      ) : (
        <ul data-testid="article-list" className="space-y-4">
          {articles.data?.map((article) => (
            <ArticleCard key={article.id} article={article} />
          ))}
        </ul>
      )}
    </main>
  );
}

function ArticleCard({ article }: { article: Article }) {
  return (
    <li data-testid="article" data-article-id={article.id} className="rounded border border-slate-200 p-4">
      <h2 className="text-lg font-medium">
        {article.title}
        {article.titleInferred && <span className="ml-2 text-xs text-slate-500">(title inferred)</span>}
      </h2>
      <p className="text-sm text-slate-600">
        <span data-testid="article-source">{article.source.name}</span> ·{" "}
        <time dateTime={article.published.slice(0, 10)}>{article.published.slice(0, 10)}</time>
        {article.publishedBasis === "inferred" && " (date inferred)"}
      </p>
      <p className="mt-2 line-clamp-3 whitespace-pre-line text-sm">{article.text}</p>
    </li>
  );
}
