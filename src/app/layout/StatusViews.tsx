/** The states every data view passes through besides success: loading, failed, and nothing to show. */

export function ErrorMessage({
  title,
  message,
  onRetry,
}: {
  title: string;
  message: string;
  onRetry?: () => void;
}) {
  return (
    <div
      data-testid="error"
      role="alert"
      className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">{title}</p>
      <p className="mt-1 break-words">{message}</p>
      {onRetry && (
        <button
          type="button"
          onClick={onRetry}
          className="mt-3 rounded-md bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 dark:bg-red-200 dark:text-red-950 dark:hover:bg-red-100"
        >
          Try again
        </button>
      )}
    </div>
  );
}

export function EmptyState() {
  return (
    <div className="mx-auto max-w-xl rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center dark:border-slate-700 dark:bg-slate-900">
      <h2 className="text-lg font-semibold">No events yet</h2>
      <p className="mt-2 text-slate-600 dark:text-slate-300">
        Put article files in{" "}
        <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">data/articles/</code> and run{" "}
        <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">npm start</code>.
      </p>
      <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">
        Pasted text, Markdown, HTML, JSON and JSON Lines all work; each article becomes events on the
        timeline.
      </p>
    </div>
  );
}

/** Grey shapes where the timeline and the detail will be, so the page does not jump when data arrives. */
export function ExplorerSkeleton() {
  return (
    <div
      role="status"
      aria-busy="true"
      aria-label="Loading events"
      className="grid animate-pulse gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]"
    >
      <div className="space-y-3">
        <div className="h-9 w-72 rounded-lg bg-slate-200 dark:bg-slate-800" />
        <div className="h-72 rounded-lg bg-slate-200 dark:bg-slate-800" />
      </div>
      <div className="h-72 rounded-lg bg-slate-200 dark:bg-slate-800" />
    </div>
  );
}

const lineWidths = ["92%", "78%", "85%", "64%", "88%", "70%", "80%", "58%"];

export function LineSkeleton({ lines = 3 }: { lines?: number }) {
  return (
    <div role="status" aria-busy="true" aria-label="Loading" className="animate-pulse space-y-2">
      {lineWidths.slice(0, lines).map((width) => (
        <div key={width} className="h-3 rounded bg-slate-200 dark:bg-slate-800" style={{ width }} />
      ))}
    </div>
  );
}
