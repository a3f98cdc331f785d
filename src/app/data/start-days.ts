import { sourceStartPlaces } from "../../lib/source-starts.ts";
import type { Manifest } from "../../schema/manifest.ts";
import { startCountsOf } from "./load-plan.ts";

/**
 * Every event's start day (day numbers, ascending, one entry per event) in the whole corpus, loaded or
 * not: over all outlets from the manifest's `eventStarts`, and per outlet from its `sourceStarts`.
 * While events files are still arriving, the timeline counts its clusters from these, so that a lane
 * zoomed out shows its real density from the first draw rather than that of the files loaded so far.
 */
export type StartDays = {
  all: number[];
  /** Absent in data without `sourceStarts` (schema < 4.1) or whose counts do not add up. */
  bySource?: Map<string, number[]>;
};

/** The manifest's counts as start days; undefined when it has none or they disagree with its files. */
export function startDaysOf(manifest: Manifest): StartDays | undefined {
  const counts = startCountsOf(manifest);
  if (!counts) return undefined;
  const all: number[] = [];
  counts.days.forEach((day, i) => {
    for (let n = counts.counts[i] ?? 0; n > 0; n--) all.push(day);
  });
  const bySource = sourceStartDays(manifest.sourceStarts, counts.days, counts.counts);
  return bySource ? { all, bySource } : { all };
}

/**
 * Each outlet's start days, or undefined if any entry names a day the manifest's `eventStarts` does
 * not have or gives an outlet more events on a day than start on it in all (hand-edited data).
 */
function sourceStartDays(
  encoded: Manifest["sourceStarts"],
  days: readonly number[],
  totals: readonly number[],
): Map<string, number[]> | undefined {
  if (!encoded) return undefined;
  const out = new Map<string, number[]>();
  for (const [id, entry] of Object.entries(encoded)) {
    const list: number[] = [];
    let run = 0;
    let previous = -1;
    for (const place of sourceStartPlaces(entry)) {
      run = place === previous ? run + 1 : 1;
      previous = place;
      const day = days[place];
      if (day === undefined || run > (totals[place] ?? 0)) return undefined;
      list.push(day);
    }
    out.set(id, list);
  }
  return out;
}
