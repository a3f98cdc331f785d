import { ALPHA_0, logOddsZ, type TermCounts } from "../../schema/comparison.ts";

/**
 * Counts of terms, as a Map<Term, number> reads them: terms are strings in the tests and the
 * numbers of term-table.ts in the pipeline.
 */
export interface Tally<Term> {
  get(term: Term): number | undefined;
  forEach(visit: (count: number, term: Term) => void): void;
}

/** Term frequencies of the whole corpus: the background of every comparison. */
export interface Background<Term = string> {
  counts: Tally<Term>;
  total: number;
}

/** What a term reads as: terms are ordered by it and the files carry it. */
export type TermName<Term> = (term: Term) => string;

const asString: TermName<string> = (term) => term;

/**
 * The prior pseudo-count of a term: the corpus's share of it, scaled to ALPHA_0 tokens (Monroe et
 * al.'s informative Dirichlet prior with the corpus as background). ALPHA_0 = 1000: heavy enough to
 * pull the one-off words of a short account towards the corpus rate, light enough not to drown the
 * counts of an outlet with a million words. A term the background lost (pruned as a singleton) is
 * taken as seen once.
 */
export function priorOf<Term>(term: Term, background: Background<Term>): number {
  return (ALPHA_0 * Math.max(background.counts.get(term) ?? 0, 1)) / Math.max(background.total, 1);
}

export interface ScoredTerm<Term = string> {
  term: Term;
  z: number;
  count: number;
}

/** Each term of `mine` scored against `theirs` (counts and totals), strongest first, then by name. */
export function scoreAgainst<Term = string>(
  mine: Tally<Term>,
  mineTotal: number,
  theirs: (term: Term) => number,
  theirsTotal: number,
  background: Background<Term>,
  name: TermName<Term> = asString as TermName<Term>,
): ScoredTerm<Term>[] {
  const scored: ScoredTerm<Term>[] = [];
  mine.forEach((count, term) => {
    const z = logOddsZ(count, mineTotal, theirs(term), theirsTotal, priorOf(term, background), ALPHA_0);
    scored.push({ term, z, count });
  });
  return scored.sort((a, b) => b.z - a.z || (name(a.term) < name(b.term) ? -1 : 1));
}

/**
 * The first `limit` terms of `scoreAgainst`, without sorting every term: an outlet's vocabulary
 * runs to many thousands of terms, of which a handful are kept. Names are read only to break ties.
 * (A score can be NaN only when the whole corpus is one term, and NaN has no place in an order;
 * such terms are ranked by name alone, as `scoreAgainst` ranks them against any other.)
 * `positiveOnly` keeps to terms scored above zero, the others left unscored where they surely are
 * not: the head of the positive part of the order.
 */
export function strongest<Term = string>(
  mine: Tally<Term>,
  mineTotal: number,
  theirs: (term: Term) => number,
  theirsTotal: number,
  background: Background<Term>,
  limit: number,
  name: TermName<Term> = asString as TermName<Term>,
  positiveOnly = false,
): ScoredTerm<Term>[] {
  const top: ScoredTerm<Term>[] = [];
  if (limit <= 0) return top;
  const before = (z: number, term: Term, other: ScoredTerm<Term>) =>
    z > other.z ||
    ((z === other.z || Number.isNaN(z) || Number.isNaN(other.z)) && name(term) < name(other.term));
  mine.forEach((count, term) => {
    const theirCount = theirs(term);
    const prior = priorOf(term, background);
    if (positiveOnly && surelyNotAbove(count, mineTotal, theirCount, theirsTotal, prior)) return;
    const z = logOddsZ(count, mineTotal, theirCount, theirsTotal, prior, ALPHA_0);
    if (positiveOnly && !(z > 0)) return;
    if (top.length === limit && !before(z, term, top[limit - 1]!)) return;
    let at = top.length === limit ? limit - 1 : top.length;
    while (at > 0 && before(z, term, top[at - 1]!)) at--;
    if (top.length === limit) top.pop();
    top.splice(at, 0, { term, z, count });
  });
  return top;
}

/**
 * Whether a term's score is certainly not above zero, from the ratios whose logarithms it
 * subtracts, without the logarithms: only when one ratio is below the other by far more than
 * rounding could move them, so that the score itself would come out negative.
 */
function surelyNotAbove(yi: number, ni: number, yj: number, nj: number, a: number): boolean {
  if (a <= 0) return true;
  const ri = (yi + a) / (ni + ALPHA_0 - yi - a);
  const rj = (yj + a) / (nj + ALPHA_0 - yj - a);
  return ri > 0 && rj > 0 && Number.isFinite(ri) && Number.isFinite(rj) && ri < rj * (1 - 1e-9);
}

/**
 * The counts the browser needs to score distinctive words for any chosen set of outlets: for each
 * outlet its `perSource` strongest terms against all the others together (the candidates), and
 * every outlet's counts of the union of candidates. Scoring against a subset can only rank terms
 * among these candidates; a term no outlet uses distinctively against all the others rarely
 * becomes distinctive against fewer of them, which is the approximation that keeps the file small.
 */
export function candidateCounts<Term = string>(
  bySource: Map<string, { counts: Tally<Term>; total: number }>,
  background: Background<Term>,
  perSource: number,
  rest: (source: string, term: Term) => number,
  restTotal: (source: string) => number,
  name: TermName<Term> = asString as TermName<Term>,
): TermCounts {
  const chosen = new Map<string, Term>();
  for (const [source, { counts, total }] of bySource) {
    const top = strongest(
      counts,
      total,
      (t) => rest(source, t),
      restTotal(source),
      background,
      perSource,
      name,
      // Only terms an outlet uses more than the others become candidates.
      true,
    );
    for (const s of top) chosen.set(name(s.term), s.term);
  }
  const names = [...chosen.keys()].sort();
  const keys = names.map((n) => chosen.get(n)!);
  const out: TermCounts = {
    terms: names,
    prior: keys.map((t) => round(priorOf(t, background))),
    bySource: {},
  };
  for (const [source, { counts, total }] of bySource)
    out.bySource[source] = { total, counts: keys.map((t) => counts.get(t) ?? 0) };
  return out;
}

/** Six significant digits: enough for a prior, and the JSON stays short and byte-stable. */
function round(x: number): number {
  return Number(x.toPrecision(6));
}
