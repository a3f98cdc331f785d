import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Corpus } from "../data/use-corpus.ts";
import { parseQuery } from "./parse-query.ts";
import { countByOutlet, resultSummary } from "./result-counts.ts";
import { useFilterQuery } from "./use-filter-query.ts";
import { useSearch } from "./use-search.ts";

const NO_TERMS: readonly string[] = [];
/**
 * How long a keystroke's result may take before the count says the events shown are still the
 * previous query's: most keystrokes are answered within a frame or two, and a note flashing on each
 * would be noise.
 */
export const REFINING_NOTE_DELAY_MS = 120;

/**
 * The events the explorer shows: the corpus narrowed by the outlet chips (`shownSources`, empty = all)
 * and by the full-text filter, both at once. The chips and a query's `source:` compose as "and": the
 * chips say which outlets are on screen, `source:` which outlets' events the query asks for.
 *
 * Until the index has answered the first time, every event (of the shown outlets) stays on screen
 * rather than an empty page; after that each keystroke keeps the previous result until its own arrives,
 * and the count says so ("— updating…") when that takes longer than REFINING_NOTE_DELAY_MS.
 */
export function useExplorerFilter(corpus: Corpus, shownSources: readonly string[]) {
  const [q, setQ] = useFilterQuery();
  const search = useSearch(q);
  const queryClient = useQueryClient();
  const matching = search.active ? search.data?.eventIds : undefined;

  const byOutlet = useMemo(() => {
    if (shownSources.length === 0) return corpus.events;
    const keep = new Set(shownSources);
    return corpus.events.filter((e) => e.sourceIds.some((id) => keep.has(id)));
  }, [corpus.events, shownSources]);
  const events = useMemo(
    () => (matching ? byOutlet.filter((e) => matching.has(e.id)) : byOutlet),
    [byOutlet, matching],
  );

  const parsed = useMemo(() => parseQuery(q), [q]);
  // By value: each keystroke parses anew, and the counts need redoing only when the outlets change.
  const sourcesKey = parsed.query.sources.join(",");
  const querySources = useMemo(() => (sourcesKey ? sourcesKey.split(",") : []), [sourcesKey]);
  const refining = useDelayedFlag(search.isPlaceholderData && search.isFetching, REFINING_NOTE_DELAY_MS);
  const summary = useMemo(
    () =>
      matching
        ? resultSummary(events.length, countByOutlet(events, corpus.sources, shownSources, querySources))
        : undefined,
    [matching, events, corpus.sources, shownSources, querySources],
  );
  const retry = useCallback(
    () => void queryClient.refetchQueries({ queryKey: ["search"], type: "active" }),
    [queryClient],
  );

  return {
    q,
    setQ,
    search,
    events,
    /** Whether the full-text filter is narrowing the events (its result is in). */
    filtered: matching !== undefined,
    /** Events the query matches that the outlet chips hide. */
    hiddenByOutlets: matching ? matching.size - events.length : 0,
    /**
     * "3 events · KCNA 1 · Fox News 2" while the filter is narrowing, else undefined; "… — updating…"
     * while those are still the previous query's events.
     */
    summary: summary && refining ? `${summary} — updating…` : summary,
    highlightTerms: (search.active && search.data?.highlightTerms) || NO_TERMS,
    /**
     * What in the query could not be used. A query of nothing but mistakes ("from:2018-13") asks for
     * nothing, so the index is not consulted; the parser's word on it is still shown.
     */
    problems: (search.active && search.data?.problems) || parsed.problems,
    retry,
  };
}

/** `on`, once it has stayed true for `delayMs`; false as soon as it is false. */
function useDelayedFlag(on: boolean, delayMs: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!on) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => clearTimeout(timer);
  }, [on, delayMs]);
  return on && shown;
}
