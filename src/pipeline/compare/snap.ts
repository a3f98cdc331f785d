import type { Background, Tally } from "./words.ts";

/** Steps per doubling: a snapped count is within 4.4% of the count. */
const STEPS_PER_OCTAVE = 8;

/**
 * The step of the scale `snapCount` rounds to, for a count above zero. Counts whose steps are the
 * same snap to the same value.
 */
export function snapStep(count: number): number {
  return Math.round(STEPS_PER_OCTAVE * Math.log2(count));
}

/**
 * A corpus count as the comparisons read it: rounded to the nearest eighth of an octave (1, 2,
 * 3.08, 4, 5.19, 6.17, ... for 1 to 6), 0 staying 0. Why: a prior and a word weight are estimates
 * of a rate, which a few percent do not change; exact counts would make every edit of one article
 * move every event's comparison (each reads the corpus's token total), so that none could be kept
 * from the last build. Snapped, an edit moves only the counts that cross a step: the rare words of
 * the edited text, and a total about one edit in ten thousand.
 */
export function snapCount(count: number): number {
  return count > 0 ? 2 ** (snapStep(count) / STEPS_PER_OCTAVE) : 0;
}

/** The corpus's counts and total as `snapCount` reads them. */
export function snappedBackground<Term>(background: Background<Term>): Background<Term> {
  const counts: Tally<Term> = {
    get(term) {
      const n = background.counts.get(term);
      return n === undefined ? undefined : snapCount(n);
    },
    forEach(visit) {
      background.counts.forEach((n, term) => {
        visit(snapCount(n), term);
      });
    },
  };
  return { counts, total: snapCount(background.total) };
}
