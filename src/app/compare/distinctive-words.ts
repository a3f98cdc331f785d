import { ALPHA_0, logOddsZ, type TermCounts } from "../../schema/comparison.ts";

export type ScoredWord = { term: string; z: number; count: number };

/** |z| above 1.96: the difference would arise by chance less than one time in twenty. */
export const NOTABLE_Z = 1.96;

/**
 * Share of a single word's uses that distinctive phrases holding it must account for before the
 * word is left out in their favour: "united" and "states" beside "united states", "foreign" beside
 * "foreign policy", say the same thing twice and push other words off a short list. A word used
 * often on its own too ("korea" in "South Korea" when only "north korea" is a phrase) stays.
 */
export const PHRASE_SHARE = 2 / 3;

/**
 * Each chosen outlet's words against the other chosen outlets together, by the log-odds z-score with
 * the corpus as prior (the same `logOddsZ` the pipeline uses), strongest first, positive scores only.
 * A word mostly used inside distinctive phrases gives its place to the strongest of them (see
 * `PHRASE_SHARE`).
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
    scored.sort(strongestFirst);
    out.set(source, withoutEchoes(scored, limit));
  }
  return out;
}

const strongestFirst = (a: ScoredWord, b: ScoredWord) => b.z - a.z || (a.term < b.term ? -1 : 1);

/**
 * The first `limit` of `scored` (strongest first), each single word mostly used inside distinctive
 * phrases replaced by the strongest of those phrases, each term once.
 */
function withoutEchoes(scored: readonly ScoredWord[], limit: number): ScoredWord[] {
  const phrasesWith = new Map<string, ScoredWord[]>();
  for (const w of scored) {
    if (!w.term.includes(" ")) continue;
    for (const part of new Set(w.term.split(" "))) {
      const list = phrasesWith.get(part) ?? [];
      list.push(w);
      phrasesWith.set(part, list);
    }
  }
  const shown: ScoredWord[] = [];
  const taken = new Set<string>();
  for (const w of scored) {
    if (shown.length >= limit) break;
    const phrases = phrasesWith.get(w.term);
    const inPhrases = phrases?.reduce((sum, p) => sum + p.count, 0) ?? 0;
    const pick = phrases && inPhrases >= PHRASE_SHARE * w.count ? phrases[0]! : w;
    if (taken.has(pick.term)) continue;
    taken.add(pick.term);
    shown.push(pick);
  }
  // A phrase that took a stronger word's place is shown by its own score.
  return shown.sort(strongestFirst);
}
