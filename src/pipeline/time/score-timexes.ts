/**
 * Scoring of found date expressions against gold annotations, as in TempEval: a found span counts
 * for extraction when it overlaps a gold DATE span, and for normalisation when it also has the
 * same value. Spans are paired one to one, in text order, so that one long gold span cannot be
 * credited twice.
 */

export interface Span {
  start: number;
  end: number;
  value: string;
}

export interface Counts {
  found: number;
  gold: number;
  /** Found spans paired with an overlapping gold span. */
  overlapping: number;
  /** Of those pairs, the ones with identical values. */
  sameValue: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Pairs each found span with an unpaired overlapping gold span, preferring one with the same value
 * so that the value score does not depend on which of two overlapping golds came first.
 */
export function countMatches(found: readonly Span[], gold: readonly Span[]): Counts {
  const used = new Set<number>();
  let overlapping = 0;
  let sameValue = 0;
  for (const f of found) {
    let pick = -1;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i]!;
      if (used.has(i) || !overlaps(f, g)) continue;
      if (pick < 0) pick = i;
      if (g.value === f.value) {
        pick = i;
        break;
      }
    }
    if (pick < 0) continue;
    used.add(pick);
    overlapping++;
    if (gold[pick]!.value === f.value) sameValue++;
  }
  return { found: found.length, gold: gold.length, overlapping, sameValue };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    found: a.found + b.found,
    gold: a.gold + b.gold,
    overlapping: a.overlapping + b.overlapping,
    sameValue: a.sameValue + b.sameValue,
  };
}

export const emptyCounts: Counts = { found: 0, gold: 0, overlapping: 0, sameValue: 0 };

function prf(hits: number, found: number, gold: number): Prf {
  const precision = found === 0 ? 0 : hits / found;
  const recall = gold === 0 ? 0 : hits / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function extractionScore(c: Counts): Prf {
  return prf(c.overlapping, c.found, c.gold);
}

export function valueScore(c: Counts): Prf {
  return prf(c.sameValue, c.found, c.gold);
}
