import type { Corpus } from "../data/use-corpus.ts";
import { ExplorerHeader } from "../explorer/ExplorerHeader.tsx";
import { BuildReport } from "./BuildReport.tsx";

/**
 * The page for `view=report`. It needs only the manifest and the report, not the events, so it opens
 * even when every article was rejected or an events file is broken: that is when it is needed most.
 */
export function ReportPage({ corpus, embed }: { corpus: Corpus | undefined; embed: boolean }) {
  return (
    <div
      className={`${embed ? "" : "min-h-dvh"} bg-slate-50 text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100`}
    >
      {!embed && <ExplorerHeader corpus={corpus} />}
      <main className="mx-auto max-w-screen-xl px-4 py-5 sm:px-6">
        <BuildReport />
      </main>
    </div>
  );
}
