import type { Corpus } from "../data/use-corpus.ts";
import { ReportLink } from "../report/ReportLink.tsx";
import { FilterInput } from "../search/FilterInput.tsx";
import { ShareActions } from "../share/ShareActions.tsx";
import { ThemeToggle } from "../theme/ThemeToggle.tsx";
import { corpusSpan } from "./corpus-span.ts";

/** The site header: name, what the corpus holds, the theme switch. */
export function ExplorerHeader({ corpus }: { corpus: Corpus | undefined }) {
  const m = corpus?.manifest;
  const span = m ? corpusSpan(m) : undefined;
  return (
    <header className="border-b border-slate-200 bg-white/80 backdrop-blur dark:border-slate-800 dark:bg-slate-950/80">
      <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <div className="flex items-baseline gap-3">
          <h1 className="text-lg font-bold tracking-tight">
            <span className="text-sky-600 dark:text-sky-400">◧</span> Parallax
          </h1>
          <p className="hidden text-sm text-slate-500 sm:block dark:text-slate-400">
            How a story unfolded, and how each outlet told it
          </p>
        </div>
        {m && (
          <p className="text-xs text-slate-500 dark:text-slate-400">
            {m.eventCount.toLocaleString("en")} events · {m.articleCount.toLocaleString("en")} articles ·{" "}
            {m.sourceCount.toLocaleString("en")} outlets
            {span && (
              <>
                {" · "}
                <span title={span.hint} data-testid="corpus-span">
                  {span.text}
                </span>
              </>
            )}
          </p>
        )}
        {corpus && corpus.events.length > 0 && <FilterInput />}
        <div className="ml-auto flex flex-wrap items-center gap-2">
          {corpus && corpus.events.length > 0 && <ShareActions />}
          <ReportLink />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
