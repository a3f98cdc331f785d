import { controlClass } from "../layout/buttons.ts";
import type { UseSearchResult } from "./use-search.ts";

/**
 * What the filter has to say besides its results: the index loading the first time, the parts of the
 * query it could not use (shown, never thrown: the rest of the query still applies), a failed load.
 */
export function SearchStatus({
  search,
  problems,
  onRetry,
}: {
  search: UseSearchResult;
  problems: readonly string[];
  onRetry: () => void;
}) {
  if (!search.active && problems.length === 0) return null;
  return (
    <div className="space-y-1 text-sm">
      {search.isPending && !search.error && (
        <p role="status" data-testid="search-loading" className="text-slate-600 dark:text-slate-300">
          <span aria-hidden="true" className="mr-1.5 inline-block animate-pulse">
            ●
          </span>
          Loading the search index…
        </p>
      )}
      {search.error && (
        <p
          data-testid="error"
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100"
        >
          The search index could not be loaded, so every event is shown: {search.error.message}{" "}
          <button type="button" onClick={onRetry} className="font-medium underline">
            Try again
          </button>
        </p>
      )}
      {problems.length > 0 && (
        <ul data-testid="query-problems" aria-live="polite" className="text-amber-800 dark:text-amber-300">
          {problems.map((problem) => (
            <li key={problem}>
              <span aria-hidden="true">⚠ </span>
              {problem}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** An empty result says so, and how to get events back: clear the filter, or show every outlet. */
export function NoMatches({
  q,
  hiddenByOutlets,
  onClear,
  onShowAllOutlets,
}: {
  q: string;
  /** Events match the query but the outlet chips hide them all. */
  hiddenByOutlets: number;
  onClear: () => void;
  onShowAllOutlets: (() => void) | undefined;
}) {
  return (
    <div
      data-testid="no-matches"
      role="status"
      className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center dark:border-slate-700 dark:bg-slate-900"
    >
      <p className="font-semibold">No events match “{q.trim()}”</p>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
        {hiddenByOutlets > 0
          ? `${hiddenByOutlets.toLocaleString("en")} ${hiddenByOutlets === 1 ? "event matches" : "events match"} in outlets that are hidden.`
          : "Try fewer words, or check the spelling of a phrase."}
      </p>
      <div className="mt-3 flex justify-center gap-2">
        <button type="button" className={controlClass} onClick={onClear}>
          Clear the filter
        </button>
        {onShowAllOutlets && hiddenByOutlets > 0 && (
          <button type="button" className={controlClass} onClick={onShowAllOutlets}>
            Show all outlets
          </button>
        )}
      </div>
    </div>
  );
}
