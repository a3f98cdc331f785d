import type { AttributedQuote } from "../../schema/comparison.ts";
import { SearchHighlight } from "../search/highlight-terms.tsx";

/** Direct quotes with who the outlet says spoke, and through whom it got them. */
export function QuoteList({ quotes }: { quotes: AttributedQuote[] }) {
  return (
    <ul className="space-y-2 text-sm">
      {quotes.map((q) => (
        <li key={`${q.articleId}:${q.start}`} data-testid="quote" data-speaker={q.speaker ?? ""}>
          <q className="italic">
            <SearchHighlight text={q.text.replace(/[,\s]+$/, "")} />
          </q>
          <span className="block text-xs text-slate-600 dark:text-slate-300">
            — {q.speaker ?? "speaker not named"}
            {q.via && <> (via {q.via})</>}
          </span>
        </li>
      ))}
    </ul>
  );
}
