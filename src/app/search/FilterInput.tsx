import { useEffect, useRef } from "react";
import { QueryHelp } from "./QueryHelp.tsx";
import { useFilterQuery } from "./use-filter-query.ts";

/** Whether a key press happens where "/" is text to type, not a shortcut. */
function typingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest("input, textarea, select, [role=textbox]") !== null)
  );
}

/**
 * The full-text filter in the header. Its text lives in the URL's `q` (see useFilterQuery); "/"
 * anywhere on the page focuses it, as on most sites with a search box.
 */
export function FilterInput() {
  const [q, setQ] = useFilterQuery();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || typingTarget(e.target)) return;
      if (document.querySelector("dialog[open]")) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return (
    <search className="flex min-w-56 flex-1 basis-72 items-center gap-1.5 sm:max-w-md">
      <label htmlFor="filter-input" className="sr-only">
        Filter events
      </label>
      <input
        ref={input}
        id="filter-input"
        data-testid="filter-input"
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder="Filter: words, “phrases”, source:kcna…  ( / )"
        aria-keyshortcuts="/"
        aria-describedby="filter-hint"
        autoComplete="off"
        spellCheck={false}
        className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm placeholder:text-slate-500 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-500 dark:border-slate-600 dark:bg-slate-900 dark:placeholder:text-slate-400"
      />
      <span id="filter-hint" className="sr-only">
        Every word must match. Press the help button beside this field for phrases, exclusions, outlets and
        dates.
      </span>
      <QueryHelp />
    </search>
  );
}
