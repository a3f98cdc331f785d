import type { MouseEvent } from "react";
import { hrefFor, useUrlState } from "../state/use-url-state.ts";

const linkClass =
  "rounded text-sm font-medium text-sky-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-500 dark:text-sky-300";

/** A plain click stays in the app (a history step); middle-click and copy work as on any link. */
function inApp(e: MouseEvent<HTMLAnchorElement>, go: () => void) {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  go();
}

/** The header's way to the build report, and back from it. */
export function ReportLink() {
  const { state, push } = useUrlState();
  if (state.view === "report") {
    return (
      <a
        href={hrefFor({ view: "timeline" })}
        onClick={(e) => inApp(e, () => push({ view: "timeline" }))}
        className={linkClass}
      >
        ← Back to the events
      </a>
    );
  }
  return (
    <a
      href={hrefFor({ view: "report", event: null, article: null })}
      onClick={(e) => inApp(e, () => push({ view: "report", event: null, article: null }))}
      className={linkClass}
    >
      Build report
    </a>
  );
}
