import { ALPHA_0, logOddsZ, type TermCounts } from "../../schema/comparison.ts";

export type ScoredWord = { term: string; z: number; count: number };

/** |z| above 1.96: the difference would arise by chance less than one time in twenty. */
export const NOTABLE_Z = 1.96;

/**
 * Each chosen outlet's words against the other chosen outlets together, by the log-odds z-score with
 * the corpus as prior (the same `logOddsZ` the pipeline uses), strongest first, positive scores only.
 */
export function distinctiveWords(words: TermCounts, chosen: string[], limit = 10): Map<string, ScoredWord[]> {
  const out = new Map<string, ScoredWord[]>();
  for (const source of chosen) {
    const mine = words.bySource[source];
    if (!mine) {
      out.set(source, []);
      continue;
    }
    let othersTotal = 0;
    const others = words.terms.map(() => 0);
    for (const other of chosen) {
      const theirs = other === source ? undefined : words.bySource[other];
      if (!theirs) continue;
      othersTotal += theirs.total;
      for (const [n, c] of theirs.counts.entries()) others[n]! += c;
    }
    const scored: ScoredWord[] = [];
    for (const [n, term] of words.terms.entries()) {
      const count = mine.counts[n] ?? 0;
      if (count === 0) continue;
      const z = logOddsZ(count, mine.total, others[n] ?? 0, othersTotal, words.prior[n] ?? 0, ALPHA_0);
      if (z > 0) scored.push({ term, z, count });
    }
    scored.sort((a, b) => b.z - a.z || (a.term < b.term ? -1 : 1));
    out.set(source, scored.slice(0, limit));
  }
  return out;
}
