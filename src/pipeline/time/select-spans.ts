import type { Candidate } from "./rule.ts";

/**
 * Keeps the longest candidates that do not overlap, earliest first on equal length and the earlier
 * rule on an identical span; returns them in text order. Longest-first makes "early next year" beat
 * "next year" and a duration blocker ("the past two years") beat the "the past" inside it.
 */
export function selectSpans(candidates: readonly Candidate[]): Candidate[] {
  const ordered = candidates
    .map((c, order) => ({ c, order }))
    .sort(
      (a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.c.start - b.c.start || a.order - b.order,
    );
  const kept: Candidate[] = [];
  for (const { c } of ordered) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
