import { absoluteUrlFor, useUrlState } from "../state/use-url-state.ts";
import { useTheme } from "../theme/use-theme.ts";

/**
 * The embed layout's only chrome: the name, so readers know what they are looking at, and a way out
 * to the full site with the same state in a new tab (without embed=1; `noopener` so the new tab gets
 * no handle on the host page, `noreferrer` so the host's address is not passed on).
 */
export function EmbedBar() {
  const { state } = useUrlState();
  // No theme switch here, but the theme still follows the URL and the system while embedded.
  useTheme();
  const href = absoluteUrlFor({ ...state, embed: false });
  return (
    <div className="flex items-center gap-3 border-b border-slate-200 px-3 py-1.5 text-xs dark:border-slate-800">
      <span className="font-bold tracking-tight">
        <span aria-hidden="true" className="text-sky-600 dark:text-sky-400">
          ◧
        </span>{" "}
        Parallax
      </span>
      <a
        data-testid="open-in-parallax"
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        className="ml-auto rounded font-medium text-sky-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-500 dark:text-sky-300"
      >
        Open in Parallax<span aria-hidden="true"> ↗</span>
        <span className="sr-only"> (opens in a new tab)</span>
      </a>
    </div>
  );
}
