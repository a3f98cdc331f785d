import { useEffect, useMemo, useState } from "react";
import { describeLinkProblems } from "./link-problems.ts";

/**
 * Says what in the opened link could not be used, while the rest of it applies. It reads the URL as
 * it was when the page was opened (or Back/Forward landed), not as it is now: the app rewrites the
 * URL as soon as the timeline settles, which drops the unreadable values, and the reader should still
 * learn that the link was not followed in full.
 */
export function LinkProblems({ knownSourceIds }: { knownSourceIds: { has: (id: string) => boolean } }) {
  const [landed, setLanded] = useState(() => window.location.search);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    const onPop = () => {
      setLanded(window.location.search);
      setDismissed(false);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  const lines = useMemo(() => describeLinkProblems(landed, knownSourceIds), [landed, knownSourceIds]);
  if (dismissed || lines.length === 0) return null;
  return (
    <div
      data-testid="error"
      role="alert"
      className="flex items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      <div className="min-w-0 flex-1">
        <p className="font-semibold">Part of this link could not be used; the rest of it applies.</p>
        <ul className="mt-1 list-disc space-y-0.5 pl-5 break-words">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        onClick={() => setDismissed(true)}
        className="rounded-md px-2 py-1 text-xs font-medium hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-amber-700 dark:hover:bg-amber-900"
      >
        Dismiss
      </button>
    </div>
  );
}
