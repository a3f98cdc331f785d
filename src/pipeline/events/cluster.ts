import { dayNumber } from "../../lib/days.ts";
import { type EventDate, lastDay, spanDays } from "./event-date.ts";
import type { EventMention } from "./find-mentions.ts";
import { TermSums, type TermVector } from "./term-vectors.ts";

/** How strongly wording and participants must agree for a mention to join an event. */
export interface GroupingWeights {
  terms: number;
  entities: number;
  /** Factor for spans one day apart: outlets in other time zones, or a report filed the next day. */
  adjacentDay: number;
  /** Factor when a mention spanning days meets an event dated to the day, or the reverse. */
  vagueSpan: number;
  threshold: number;
  /**
   * For two whole events in the second pass: a little lower than for one mention, since the mean
   * cosine over all pairs of members is lower than that of the members closest to each other.
   */
  mergeThreshold: number;
  /** Factor on the share of a short clause's wording that the event already holds. */
  coverage: number;
  /** How rare a participant is across the corpus; a name in every story says little. */
  entityIdf: (id: string) => number;
  /** Mean cosine of unrelated leads in this corpus (see `backgroundCosine`); 0 for none. */
  background: number;
}

// Tuned on NeuS (B-cubed over articles' primary events): wording carries nearly all the signal;
// participants, weighted by rarity, only break near-ties, since the common ones are in every story.
export const defaultWeights: GroupingWeights = {
  terms: 0.95,
  entities: 0.05,
  adjacentDay: 0.8,
  vagueSpan: 0.6,
  threshold: 0.17,
  mergeThreshold: 0.145,
  coverage: 0,
  entityIdf: () => 1,
  background: 0,
};

/**
 * Wording agreement beyond what unrelated stories of the corpus share, on the same 0–1 scale. The
 * thresholds were tuned on mixed news, whose unrelated leads share a few percent of their wording:
 * that much is left alone, only a corpus of one beat is corrected.
 */
function beyondBackground(cosine: number, weights: GroupingWeights): number {
  const b = Math.max(0, weights.background - BACKGROUND_FLOOR);
  return b > 0 ? Math.max(0, (cosine - b) / (1 - b)) : cosine;
}
const BACKGROUND_FLOOR = 0.06;

/** IDF-weighted wording of a text, keyed by its words (cited reports; grouping numbers them, see `TermVector`). */
export interface Vector {
  weights: Map<string, number>;
  norm: number;
}

export function weigh(terms: string[], idf: (term: string) => number): Vector {
  const weights = new Map<string, number>();
  for (const t of terms) weights.set(t, (weights.get(t) ?? 0) + idf(t));
  let sum = 0;
  for (const w of weights.values()) sum += w * w;
  return { weights, norm: Math.sqrt(sum) };
}

/** A mention's days as day numbers, worked out once for all its candidates. */
export interface MentionDays {
  first: number;
  last: number;
  /** `[first, last]`, and the day a lead was reported (none for any other mention), as `gapOf` reads them. */
  spans: number[];
  reportedDays: number[];
}

export function mentionDays(m: EventMention): MentionDays {
  const first = dayNumber(m.date.start);
  const last = dayNumber(lastDay(m.date));
  return { first, last, spans: [first, last], reportedDays: m.reported ? [dayNumber(m.reported)] : [] };
}

/** A mention's participants with their weights (`entityWeight`) and its summed weight, worked out once for all its candidates. */
export interface MentionEntities {
  ids: readonly string[];
  weights: number[];
  total: number;
}

export function mentionEntities(m: EventMention, weights: GroupingWeights): MentionEntities {
  const values: number[] = [];
  let total = 0;
  for (const e of m.entityIds) {
    const w = entityWeight(e, weights);
    values.push(w);
    total += w;
  }
  return { ids: m.entityIds, weights: values, total };
}

/** An event being built: its members and what is needed to compare with them, kept incrementally. */
export interface Cluster {
  members: EventMention[];
  /**
   * Sum of the members' unit vectors. Its dot product with a unit vector, over the member count,
   * is the mean cosine with the members (average link): unlike a raw centroid, a long article does
   * not outweigh three short ones. Keyed by word number (see `TermVector`).
   */
  units: TermSums;
  entities: Map<string, number>;
  /** Distinct dates of the members: a big event has hundreds of members but few dates. */
  dates: EventDate[];
  dateKeys: Set<string>;
  /** Whether any member spans days ("days after ..."). */
  hasSpan: boolean;
  /** First and last day (day numbers) of the members dated to the day; NaN while there are none. */
  firstDay: number;
  lastDay: number;
  /** `dates` as day numbers, first and last day of each in turn: gaps are measured millions of times. */
  spans: number[];
  /** The distinct report days of the lead members, as day numbers. */
  reportedDays: number[];
  /** The entities in the order first met, and the sum of their weights over the first `weighed` of them. */
  entityOrder: string[];
  weighed: number;
  entityWeight: number;
  /** The rarity measure that sum was made with. */
  weighedWith?: (id: string) => number;
}

/**
 * Most days between the earliest and the latest day-dated member of one event. A mention may join
 * an event dated within a day of any member, so without a bound a run of daily reports on
 * different stories chains into one event spanning months; one happening is told within a few
 * days (time zones, "Sunday" in a Monday report), however many reports it gets.
 */
export const MAX_DAY_EXTENT = 5;

export function newCluster(): Cluster {
  return {
    members: [],
    units: new TermSums(),
    entities: new Map(),
    dates: [],
    dateKeys: new Set(),
    hasSpan: false,
    firstDay: Number.NaN,
    lastDay: Number.NaN,
    spans: [],
    reportedDays: [],
    entityOrder: [],
    weighed: 0,
    entityWeight: 0,
  };
}

export function addMember(cluster: Cluster, m: EventMention, v: TermVector, days: MentionDays): void {
  cluster.members.push(m);
  if (v.norm) for (let i = 0; i < v.length; i++) cluster.units.add(v.ids[i]!, v.values[i]! / v.norm);
  for (const e of m.entityIds) addEntity(cluster, e, 1);
  addDate(cluster, m.date);
  for (const day of days.reportedDays) addReported(cluster, day);
}

function addEntity(cluster: Cluster, e: string, n: number): void {
  const count = cluster.entities.get(e);
  if (count === undefined) cluster.entityOrder.push(e);
  cluster.entities.set(e, (count ?? 0) + n);
}

function addReported(cluster: Cluster, day: number): void {
  if (!cluster.reportedDays.includes(day)) cluster.reportedDays.push(day);
}

function addDate(cluster: Cluster, date: EventDate): void {
  const key = `${date.start}|${date.end ?? ""}|${date.precision}`;
  if (cluster.dateKeys.has(key)) return;
  cluster.dateKeys.add(key);
  cluster.dates.push(date);
  cluster.spans.push(dayNumber(date.start), dayNumber(lastDay(date)));
  if (spanDays(date) > 1) cluster.hasSpan = true;
  if (date.precision !== "day") return;
  const day = dayNumber(date.start);
  if (!(day >= cluster.firstDay)) cluster.firstDay = day;
  if (!(day <= cluster.lastDay)) cluster.lastDay = day;
}

/** Whether an event would still be told within `MAX_DAY_EXTENT` days with these day-dated members added. */
function withinExtent(c: Cluster, first: number, last: number): boolean {
  if (Number.isNaN(first) || Number.isNaN(c.firstDay)) return true;
  return Math.max(last, c.lastDay) - Math.min(first, c.firstDay) <= MAX_DAY_EXTENT;
}

/** The extent test for two whole events (the merge pass, joined citations). */
export function extentsFit(a: Cluster, b: Cluster): boolean {
  return withinExtent(a, b.firstDay, b.lastDay);
}

/** Folds `from` into `into` (the merge pass). */
export function absorb(into: Cluster, from: Cluster): void {
  // One by one: spreading a large event's members into push() overflows the call stack.
  for (const m of from.members) into.members.push(m);
  const units = from.units;
  for (let i = 0; i < units.size; i++) into.units.add(units.ids[i]!, units.values[i]!);
  for (const [e, n] of from.entities) addEntity(into, e, n);
  for (const d of from.dates) addDate(into, d);
  for (const r of from.reportedDays) addReported(into, r);
}

/** A participant's weight: how rare it is, countries counting less (most stories name the same few). */
function entityWeight(id: string, weights: GroupingWeights): number {
  return (id.startsWith("country-") ? 0.3 : 1) * weights.entityIdf(id);
}

/** The summed weight of an event's participants, kept and extended as it gains new ones (in the same order, so the same sum). */
function clusterEntityWeight(c: Cluster, weights: GroupingWeights): number {
  if (c.weighedWith !== weights.entityIdf) {
    c.weighedWith = weights.entityIdf;
    c.weighed = 0;
    c.entityWeight = 0;
  }
  for (; c.weighed < c.entityOrder.length; c.weighed++)
    c.entityWeight += entityWeight(c.entityOrder[c.weighed]!, weights);
  return c.entityWeight;
}

function entityOverlap(a: Iterable<string>, own: number, b: Cluster, weights: GroupingWeights): number {
  let shared = 0;
  for (const e of a) if (b.entities.has(e)) shared += entityWeight(e, weights);
  const theirs = clusterEntityWeight(b, weights);
  return own && theirs ? shared / Math.sqrt(own * theirs) : 0;
}

/** `entityOverlap` of a mention's participants, weighed beforehand: the same sums in the same order. */
function ownOverlap(own: MentionEntities, b: Cluster, weights: GroupingWeights): number {
  let shared = 0;
  for (let i = 0; i < own.ids.length; i++) if (b.entities.has(own.ids[i]!)) shared += own.weights[i]!;
  const theirs = clusterEntityWeight(b, weights);
  return own.total && theirs ? shared / Math.sqrt(own.total * theirs) : 0;
}

/**
 * Days between the nearest spans of two sets (flat day-number pairs), leads also by their report
 * days; Infinity when none. Stops at 0, which nothing can beat.
 */
function gapOf(spans: number[], reported: number[], otherSpans: number[], otherReported: number[]): number {
  let gap = Number.POSITIVE_INFINITY;
  for (let i = 0; i < spans.length; i += 2)
    for (let j = 0; j < otherSpans.length; j += 2) {
      // Days between two spans: 0 when they overlap.
      const g = Math.max(0, otherSpans[j]! - spans[i + 1]!, spans[i]! - otherSpans[j + 1]!);
      if (g < gap) {
        if (g === 0) return 0;
        gap = g;
      }
    }
  // Two leads of the same day's news may date the story differently ("Sunday" vs the report).
  for (const a of reported)
    for (const b of otherReported) {
      const g = Math.abs(a - b);
      if (g < gap) {
        if (g === 0) return 0;
        gap = g;
      }
    }
  return gap;
}

function dated(score: number, gap: number, spanMismatch: boolean, weights: GroupingWeights): number {
  // A vague span ("days after ...") may only join a dated event on strong agreement: most events of
  // those days share its participants without being it.
  const s = spanMismatch ? score * weights.vagueSpan : score;
  return gap === 1 ? s * weights.adjacentDay : s;
}

/** How well a mention fits an event: 0 when more than a day apart. */
export function mentionScore(
  m: EventMention,
  days: MentionDays,
  v: TermVector,
  c: Cluster,
  weights: GroupingWeights,
  own: MentionEntities,
): number {
  const { first, last } = days;
  const gap = gapOf(days.spans, days.reportedDays, c.spans, c.reportedDays);
  if (gap > 1 || !v.norm) return 0;
  if (m.date.precision === "day" && !withinExtent(c, first, last)) return 0;
  let dot = 0;
  const units = c.units;
  for (let i = 0; i < v.length; i++) dot += v.values[i]! * units.get(v.ids[i]!);
  let wording = dot / v.norm / c.members.length;
  if (weights.coverage > 0 && !m.primary) {
    let covered = 0;
    let all = 0;
    for (let i = 0; i < v.length; i++) {
      all += v.values[i]!;
      if (units.has(v.ids[i]!)) covered += v.values[i]!;
    }
    wording = Math.max(wording, (weights.coverage * covered) / all);
  }
  const score =
    weights.terms * beyondBackground(wording, weights) + weights.entities * ownOverlap(own, c, weights);
  return dated(score, gap, last - first + 1 > 1 !== c.hasSpan, weights);
}

/** How well two events fit each other: the mean cosine over all pairs of their members. */
export function clusterScore(a: Cluster, b: Cluster, weights: GroupingWeights): number {
  const gap = gapOf(a.spans, a.reportedDays, b.spans, b.reportedDays);
  if (gap > 1 || !extentsFit(a, b)) return 0;
  const [small, large] = a.units.size <= b.units.size ? [a, b] : [b, a];
  let dot = 0;
  const { ids, values } = small.units;
  for (let i = 0; i < small.units.size; i++) dot += values[i]! * large.units.get(ids[i]!);
  const wording = dot / (a.members.length * b.members.length);
  const score =
    weights.terms * beyondBackground(wording, weights) +
    weights.entities * entityOverlap(a.entities.keys(), clusterEntityWeight(a, weights), b, weights);
  return dated(score, gap, a.hasSpan !== b.hasSpan, weights);
}
