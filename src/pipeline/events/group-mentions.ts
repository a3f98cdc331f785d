import { backgroundCosine } from "./background.ts";
import {
  absorb,
  addMember,
  type Cluster,
  clusterScore,
  defaultWeights,
  type MentionDays,
  mentionDays,
  mentionEntities,
  mentionScore,
  newCluster,
} from "./cluster.ts";
import type { EventMention } from "./find-mentions.ts";
import { emptyVector, TermNumbers } from "./term-vectors.ts";

export { defaultWeights, type GroupingWeights } from "./cluster.ts";

// Longer spans (a month, a year) are compared only with mentions of the same span: a year-long
// bucket would make every event of that year a candidate, which is quadratic on a large corpus.
const MAX_BUCKETED_SPAN = 14;

/**
 * Groups mentions into events, greedily in date order: each mention joins the most similar event
 * among those within a day of its date (found through day buckets, never by comparing all pairs),
 * or starts a new one. Similarity mixes the mean cosine of IDF-weighted wording with the members
 * and the overlap of the people and organisations taking part (countries count less: most stories
 * name the same few). A second pass then joins events that, taken whole, agree as well as a
 * mention must: greedy order splits a story when its first reports share little wording and the
 * report that bridges them comes later.
 */
export function groupMentions(
  mentions: EventMention[],
  idf: (term: string) => number,
  weights = defaultWeights,
): EventMention[][] {
  const sorted = [...mentions].sort((a, b) =>
    a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.key < b.key ? -1 : 1,
  );
  // Vectors are made when needed and let go: a map per mention, all held at once, was the largest
  // thing a 100,000-article build held (a cluster keeps the sum of its members' vectors). Each
  // mention's is written over the last one's.
  const numbers = new TermNumbers(idf);
  weights = { ...weights, background: backgroundCosine(sorted, (m) => numbers.vectorOf(m.terms)) };
  const vector = emptyVector();
  const clusters: Cluster[] = [];
  const buckets = new Map<BucketKey, number[]>();
  // Per event, the last mention (by number) that found it a candidate: one event is in several of a
  // mention's day buckets, and a set per mention was a tenth of the grouping.
  const seenBy: number[] = [];
  // Sorted as numbers by the typed array's own sort: a comparator called back for every pair was
  // the grouping's costliest line.
  let candidates = new Int32Array(64);
  let count = 0;
  // The event of each mention that another joins ("days after" the same moment), and only those:
  // a map over every mention's key was a large corpus's largest map.
  const joinedKeys = new Set<string>();
  for (const m of sorted) if (m.joins !== undefined) joinedKeys.add(m.joins);
  const clusterOf = new Map<string, number>();
  for (const [n, m] of sorted.entries()) {
    numbers.vectorOf(m.terms, vector);
    const days = mentionDays(m);
    const joined = m.joins === undefined ? undefined : clusterOf.get(m.joins);
    if (joined !== undefined) {
      addMember(clusters[joined]!, m, vector, days);
      if (joinedKeys.has(m.key)) clusterOf.set(m.key, joined);
      continue;
    }
    count = 0;
    for (const key of keysOf(m, days, 1)) {
      for (const c of buckets.get(key) ?? []) {
        if (seenBy[c] === n) continue;
        seenBy[c] = n;
        if (count === candidates.length) {
          const grown = new Int32Array(count * 2);
          grown.set(candidates);
          candidates = grown;
        }
        candidates[count++] = c;
      }
    }
    const found = candidates.subarray(0, count).sort();
    let best = -1;
    let bestScore = weights.threshold;
    const own = mentionEntities(m, weights);
    for (const c of found) {
      const score = mentionScore(m, days, vector, clusters[c]!, weights, own);
      if (score >= bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best < 0) {
      clusters.push(newCluster());
      seenBy.push(-1);
      best = clusters.length - 1;
    }
    addMember(clusters[best]!, m, vector, days);
    if (joinedKeys.has(m.key)) clusterOf.set(m.key, best);
    for (const key of keysOf(m, days, 0)) {
      const list = buckets.get(key) ?? [];
      if (list[list.length - 1] !== best) list.push(best);
      buckets.set(key, list);
    }
  }
  return mergeClusters(clusters, buckets, weights).map((c) => c.members);
}

/**
 * Joins the pairs of events that agree as a whole, best pair of each event first, until none is
 * left; candidates come from the same day buckets. The earlier event absorbs the later one, so the
 * result does not depend on the order pairs are visited in beyond the date order itself.
 */
function mergeClusters(
  clusters: Cluster[],
  buckets: Map<BucketKey, number[]>,
  weights: typeof defaultWeights,
): Cluster[] {
  const parent = clusters.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  // Neighbours: events that share a day bucket (the same day, or the same report day for leads).
  const neighbours: Set<number>[] = clusters.map(() => new Set());
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    for (const a of list) for (const b of list) if (a !== b) neighbours[a]!.add(b);
  }
  // Each pass re-reads every pair, but a pair's score changes only when one of the two absorbed
  // another event: scores are kept with the versions of the pair they were computed for.
  const version = clusters.map(() => 0);
  const scores = clusters.map(() => new Map<number, { mine: number; theirs: number; score: number }>());
  const scoreOf = (i: number, n: number): number => {
    const kept = scores[i]!.get(n);
    if (kept && kept.mine === version[i] && kept.theirs === version[n]) return kept.score;
    const score = clusterScore(clusters[i]!, clusters[n]!, weights);
    scores[i]!.set(n, { mine: version[i]!, theirs: version[n]!, score });
    return score;
  };
  let merged = true;
  while (merged) {
    merged = false;
    for (let i = 0; i < clusters.length; i++) {
      if (find(i) !== i) continue;
      let best = -1;
      let bestScore = weights.mergeThreshold;
      for (const n of [...new Set([...neighbours[i]!].map(find))].sort((a, b) => a - b)) {
        if (n === i) continue;
        const score = scoreOf(i, n);
        if (score >= bestScore) {
          best = n;
          bestScore = score;
        }
      }
      if (best < 0) continue;
      const [into, from] = best < i ? [best, i] : [i, best];
      absorb(clusters[into]!, clusters[from]!);
      version[into]!++;
      scores[from]!.clear();
      parent[from] = into;
      for (const n of neighbours[from]!) neighbours[into]!.add(n);
      merged = true;
    }
  }
  return clusters.filter((_, i) => find(i) === i);
}

/**
 * A day bucket: a day number times two, plus one for a lead's report day; a span too long to
 * bucket by day is a bucket of its own, named by its precision and start.
 */
type BucketKey = number | string;

/** Day buckets of a mention: its event's days, and for a lead also its report's day. */
function keysOf(m: EventMention, days: MentionDays, slack: number): BucketKey[] {
  const keys: BucketKey[] = [];
  if (days.last - days.first + 1 > MAX_BUCKETED_SPAN) keys.push(`${m.date.precision}:${m.date.start}`);
  else for (let day = days.first - slack; day <= days.last + slack; day++) keys.push(day * 2);
  for (const reported of days.reportedDays)
    for (let day = reported - slack; day <= reported + slack; day++) keys.push(day * 2 + 1);
  return keys;
}
