import type { DataProblem } from "../data/fetch-records.ts";

/** More than this many lines would push the page under the banner; the count says how many more. */
const SHOWN = 8;

/**
 * What could not be read in the data files, shown above what could: the file, where in it, and
 * what is wrong, so a truncated or hand-edited file is found without opening the developer tools.
 */
export function DataProblems({
  problems,
  title = "Part of the data could not be read; the rest is shown",
  onRetry,
}: {
  problems: DataProblem[];
  title?: string;
  onRetry?: () => void;
}) {
  if (problems.length === 0) return null;
  const files = new Set(problems.map((p) => p.file));
  return (
    <div
      data-testid="error"
      role="alert"
      className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50"
    >
      <p className="font-semibold">{title}</p>
      <ul className="mt-2 space-y-1">
        {problems.slice(0, SHOWN).map((p) => (
          <li key={`${p.file}:${p.path}:${p.message}`} data-testid="data-problem" className="break-words">
            <code className="font-mono text-xs">
              {p.file}
              {p.path && ` › ${p.path}`}
            </code>
            {" — "}
            {p.message}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && (
        <p className="mt-1">
          … and {(problems.length - SHOWN).toLocaleString("en")} more in {files.size}{" "}
          {files.size === 1 ? "file" : "files"}.
        </p>
      )}
      {onRetry && problems.some((p) => !p.path) && (
        <button
          type="button"
          onClick={onRetry}
          className="mt-3 rounded-md bg-amber-800 px-3 py-1.5 font-medium text-white hover:bg-amber-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-800 dark:bg-amber-200 dark:text-amber-950 dark:hover:bg-amber-100"
        >
          Try the failed files again
        </button>
      )}
    </div>
  );
}
