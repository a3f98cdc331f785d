import { ALPHA_0, logOddsZ, type TermCounts } from "../../schema/comparison.ts";

/** Term frequencies of the whole corpus: the background of every comparison. */
export interface Background {
  counts: Map<string, number>;
  total: number;
}

/**
 * The prior pseudo-count of a term: the corpus's share of it, scaled to ALPHA_0 tokens (Monroe et
 * al.'s informative Dirichlet prior with the corpus as background). ALPHA_0 = 1000: heavy enough to
 * pull the one-off words of a short account towards the corpus rate, light enough not to drown the
 * counts of an outlet with a million words. A term the background lost (pruned as a singleton) is
 * taken as seen once.
 */
export function priorOf(term: string, background: Background): number {
  return (ALPHA_0 * Math.max(background.counts.get(term) ?? 0, 1)) / Math.max(background.total, 1);
}

export interface ScoredTerm {
  term: string;
  z: number;
  count: number;
}

/** Each term of `mine` scored against `theirs` (counts and totals), strongest first. */
export function scoreAgainst(
  mine: Map<string, number>,
  mineTotal: number,
  theirs: (term: string) => number,
  theirsTotal: number,
  background: Background,
): ScoredTerm[] {
  const scored: ScoredTerm[] = [];
  for (const [term, count] of mine) {
    const z = logOddsZ(count, mineTotal, theirs(term), theirsTotal, priorOf(term, background), ALPHA_0);
    scored.push({ term, z, count });
  }
  return scored.sort((a, b) => b.z - a.z || (a.term < b.term ? -1 : 1));
}

/**
 * The first `limit` terms of `scoreAgainst`, without sorting every term: an outlet's vocabulary
 * runs to many thousands of terms, of which a handful are kept.
 */
export function strongest(
  mine: Map<string, number>,
  mineTotal: number,
  theirs: (term: string) => number,
  theirsTotal: number,
  background: Background,
  limit: number,
): ScoredTerm[] {
  const top: ScoredTerm[] = [];
  if (limit <= 0) return top;
  for (const [term, count] of mine) {
    const z = logOddsZ(count, mineTotal, theirs(term), theirsTotal, priorOf(term, background), ALPHA_0);
    // A NaN score has no place in an order: leave it to the full sort, whatever that makes of it.
    if (Number.isNaN(z))
      return scoreAgainst(mine, mineTotal, theirs, theirsTotal, background).slice(0, limit);
    if (top.length === limit && !before(z, term, top[limit - 1]!)) continue;
    let at = top.length === limit ? limit - 1 : top.length;
    while (at > 0 && before(z, term, top[at - 1]!)) at--;
    if (top.length === limit) top.pop();
    top.splice(at, 0, { term, z, count });
  }
  return top;
}

/** The order of `scoreAgainst`: higher score first, then the term. */
function before(z: number, term: string, other: ScoredTerm): boolean {
  return z > other.z || (z === other.z && term < other.term);
}

/**
 * The counts the browser needs to score distinctive words for any chosen set of outlets: for each
 * outlet its `perSource` strongest terms against all the others together (the candidates), and
 * every outlet's counts of the union of candidates. Scoring against a subset can only rank terms
 * among these candidates; a term no outlet uses distinctively against all the others rarely
 * becomes distinctive against fewer of them, which is the approximation that keeps the file small.
 */
export function candidateCounts(
  bySource: Map<string, { counts: Map<string, number>; total: number }>,
  background: Background,
  perSource: number,
  rest: (source: string, term: string) => number,
  restTotal: (source: string) => number,
): TermCounts {
  const chosen = new Set<string>();
  for (const [source, { counts, total }] of bySource) {
    const top = strongest(counts, total, (t) => rest(source, t), restTotal(source), background, perSource);
    for (const s of top) if (s.z > 0) chosen.add(s.term);
  }
  const terms = [...chosen].sort();
  const out: TermCounts = { terms, prior: terms.map((t) => round(priorOf(t, background))), bySource: {} };
  for (const [source, { counts, total }] of bySource)
    out.bySource[source] = { total, counts: terms.map((t) => counts.get(t) ?? 0) };
  return out;
}

/** Six significant digits: enough for a prior, and the JSON stays short and byte-stable. */
function round(x: number): number {
  return Number(x.toPrecision(6));
}
