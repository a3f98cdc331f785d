import { addDays } from "../../lib/days.ts";
import { dayGap, type EventDate, lastDay, spanDays } from "./event-date.ts";
import type { EventMention } from "./find-mentions.ts";

/** How strongly wording and participants must agree for a mention to join an event. */
export interface GroupingWeights {
  terms: number;
  entities: number;
  /** Factor for spans one day apart: outlets in other time zones, or a report filed the next day. */
  adjacentDay: number;
  /** Factor when a mention spanning days meets an event dated to the day, or the reverse. */
  vagueSpan: number;
  threshold: number;
}

export const defaultWeights: GroupingWeights = {
  terms: 0.9,
  entities: 0.1,
  adjacentDay: 0.8,
  vagueSpan: 0.6,
  threshold: 0.22,
};

interface Cluster {
  members: EventMention[];
  terms: Map<string, number>;
  norm: number;
  entities: Map<string, number>;
  /** Distinct dates of the members: a big event has hundreds of members but few dates. */
  dates: EventDate[];
  dateKeys: Set<string>;
  reported: string[];
  /** Whether any member spans days ("days after ..."). */
  hasSpan: boolean;
}

// Longer spans (a month, a year) are compared only with mentions of the same span: a year-long
// bucket would make every event of that year a candidate, which is quadratic on a large corpus.
const MAX_BUCKETED_SPAN = 14;

/**
 * Groups mentions into events, greedily in date order: each mention joins the most similar event
 * among those within a day of its date (found through day buckets, never by comparing all pairs),
 * or starts a new one. Similarity mixes the cosine of IDF-weighted wording with the overlap of the
 * people and organisations taking part (countries count less: most stories name the same few).
 */
export function groupMentions(
  mentions: EventMention[],
  idf: (term: string) => number,
  weights = defaultWeights,
): EventMention[][] {
  const sorted = [...mentions].sort((a, b) =>
    a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.key < b.key ? -1 : 1,
  );
  const clusters: Cluster[] = [];
  const buckets = new Map<string, number[]>();
  for (const m of sorted) {
    const vector = weigh(m.terms, idf);
    const candidates = new Set<number>();
    for (const key of keysOf(m, 1)) for (const c of buckets.get(key) ?? []) candidates.add(c);
    let best = -1;
    let bestScore = weights.threshold;
    for (const c of [...candidates].sort((a, b) => a - b)) {
      const score = similarity(m, vector, clusters[c]!, weights);
      if (score >= bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best < 0) {
      clusters.push({
        members: [],
        terms: new Map(),
        norm: 0,
        entities: new Map(),
        dates: [],
        dateKeys: new Set(),
        reported: [],
        hasSpan: false,
      });
      best = clusters.length - 1;
    }
    const cluster = clusters[best]!;
    cluster.members.push(m);
    for (const [t, w] of vector.weights) cluster.terms.set(t, (cluster.terms.get(t) ?? 0) + w);
    cluster.norm = Math.sqrt([...cluster.terms.values()].reduce((s, w) => s + w * w, 0));
    for (const e of m.entityIds) cluster.entities.set(e, (cluster.entities.get(e) ?? 0) + 1);
    const dateKey = `${m.date.start}|${m.date.end ?? ""}|${m.date.precision}`;
    if (!cluster.dateKeys.has(dateKey)) {
      cluster.dateKeys.add(dateKey);
      cluster.dates.push(m.date);
    }
    if (spanDays(m.date) > 1) cluster.hasSpan = true;
    if (m.reported && !cluster.reported.includes(m.reported)) cluster.reported.push(m.reported);
    for (const key of keysOf(m, 0)) {
      const list = buckets.get(key) ?? [];
      if (list[list.length - 1] !== best) list.push(best);
      buckets.set(key, list);
    }
  }
  return clusters.map((c) => c.members);
}

/** Day buckets of a mention: its event's days, and for a lead also its report's day. */
function keysOf(m: EventMention, slack: number): string[] {
  const keys = bucketKeys(m.date, slack);
  if (m.reported)
    for (const key of bucketKeys({ start: m.reported, precision: "day" }, slack)) keys.push(`r:${key}`);
  return keys;
}

function bucketKeys(date: EventDate, slack: number): string[] {
  if (spanDays(date) > MAX_BUCKETED_SPAN) return [`${date.precision}:${date.start}`];
  const keys: string[] = [];
  for (let day = addDays(date.start, -slack); day <= addDays(lastDay(date), slack); day = addDays(day, 1))
    keys.push(day);
  return keys;
}

interface Vector {
  weights: Map<string, number>;
  norm: number;
}

function weigh(terms: string[], idf: (term: string) => number): Vector {
  const weights = new Map<string, number>();
  for (const t of terms) weights.set(t, (weights.get(t) ?? 0) + idf(t));
  const norm = Math.sqrt([...weights.values()].reduce((s, w) => s + w * w, 0));
  return { weights, norm };
}

function entityWeight(id: string): number {
  return id.startsWith("country-") ? 0.3 : 1;
}

function similarity(m: EventMention, v: Vector, c: Cluster, weights: GroupingWeights): number {
  let gap = Math.min(...c.dates.map((d) => dayGap(d, m.date)));
  // Two leads of the same day's news may date the story differently ("Sunday" vs the report).
  if (m.reported && c.reported.length > 0) {
    const reported: EventDate = { start: m.reported, precision: "day" };
    gap = Math.min(gap, ...c.reported.map((d) => dayGap({ start: d, precision: "day" }, reported)));
  }
  if (gap > 1) return 0;
  let dot = 0;
  for (const [t, w] of v.weights) dot += w * (c.terms.get(t) ?? 0);
  const cosine = v.norm && c.norm ? dot / (v.norm * c.norm) : 0;
  let shared = 0;
  let own = 0;
  for (const e of m.entityIds) {
    own += entityWeight(e);
    if (c.entities.has(e)) shared += entityWeight(e);
  }
  let theirs = 0;
  for (const e of c.entities.keys()) theirs += entityWeight(e);
  const overlap = own && theirs ? shared / Math.sqrt(own * theirs) : 0;
  let score = weights.terms * cosine + weights.entities * overlap;
  // A vague span ("days after ...") may only join a dated event on strong agreement: most events of
  // those days share its participants without being it.
  if (spanDays(m.date) > 1 !== c.hasSpan) score *= weights.vagueSpan;
  return gap === 1 ? score * weights.adjacentDay : score;
}
