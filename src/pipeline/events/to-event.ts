import type { Event, EventPrecision, Mention } from "../../schema/event.ts";
import { shortHash } from "../hash.ts";
import { lastDay } from "./event-date.ts";
import type { EventMention } from "./find-mentions.ts";

const FINENESS: EventPrecision[] = ["day", "approximate", "month", "year"];

/**
 * One event from a group of mentions. Its id comes from its smallest member mention (article id and
 * offsets), so adding an article that does not join the group leaves the id as it was. Its date is
 * that of its most precise mentions; its title and summary those of its most representative mention
 * (`titleMention`).
 */
export function toEvent(
  group: EventMention[],
  names: Map<string, string>,
  idf: (term: string) => number = () => 1,
): Event {
  const byKey = [...group].sort((a, b) => (a.key < b.key ? -1 : 1));
  const first = byKey[0]!;
  const finest = FINENESS.find((p) => group.some((m) => m.date.precision === p))!;
  const dated = group.filter((m) => m.date.precision === finest);
  const start = dated.map((m) => m.date.start).sort()[0]!;
  const end = dated
    .map((m) => lastDay(m.date))
    .sort()
    .at(-1)!;
  const lead = titleMention(group, idf);
  const mentions: Mention[] = byKey.map((m) => ({
    articleId: m.articleId,
    sourceId: m.sourceId,
    quote: m.quote,
    start: m.start,
    end: m.end,
  }));
  const named = namedCounts(group, names);
  const event: Event = {
    id: `ev-${shortHash(first.key, 12)}`,
    title: lead.title,
    start,
    ...(end !== start ? { end } : {}),
    precision: finest,
    sourceIds: [...new Set(group.map((m) => m.sourceId))].sort(),
    articleIds: [...new Set(byKey.map((m) => m.articleId))],
    mentions,
    summary: oneLine(lead.quote),
    entityIds: named.map(([id]) => id),
    entityCounts: named.map(([, count]) => count),
  };
  return event;
}

/**
 * The entities the members name, with how many members name each, most named first (then by id):
 * the people and places of the story itself come before one outlet's aside ("across the Pacific"
 * in one report of the Singapore summit is not where it happened).
 */
function namedCounts(group: EventMention[], names: Map<string, string>): [string, number][] {
  const counts = new Map<string, number>();
  for (const m of group)
    for (const id of new Set(m.entityIds)) if (names.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Mean cosines within this share of the best count as a tie, settled by the earlier report. */
const TIE = 0.9;

/**
 * The member whose title heads the event: the one whose words are closest on average to the other
 * members' (the story most outlets told, not one outlet's aside), weighed by how well its title reads
 * as a headline (a real subject, verb and object) and whether it is an article's lead; of near ties
 * the better title, then the earliest report. Follow-on sentences only repeat their lead's title.
 */
export function titleMention(group: EventMention[], idf: (term: string) => number = () => 1): EventMention {
  const own = group.filter((m) => m.follows === undefined);
  const pool = own.length > 0 ? own : group;
  const closeness = meanCosines(pool, idf);
  const cast = castOf(pool);
  const score = (m: EventMention) =>
    closeness.get(m)! *
    RANK_WEIGHT[m.titleRank ?? 1]! *
    (m.primary ? 1 : LATER_SENTENCE) *
    (1 + cast(m.entityIds)) *
    0.5;
  // A loop, not Math.max(...): spreading a big event's members overflows the call stack.
  let top = Number.NEGATIVE_INFINITY;
  for (const m of pool) top = Math.max(top, score(m));
  const tied = pool.filter((m) => score(m) >= top * TIE);
  return tied.sort(
    (a, b) =>
      (b.titleRank ?? 1) - (a.titleRank ?? 1) ||
      compare(a.reported ?? a.date.start, b.reported ?? b.date.start) ||
      Number(b.primary) - Number(a.primary) ||
      compare(a.date.start, b.date.start) ||
      compare(a.key, b.key),
  )[0]!;
}

// How much a title's form counts beside its closeness, by `titleRank`: a misread clause only
// heads an event that has nothing better.
const RANK_WEIGHT = [0.05, 0.5, 0.8, 1];
// A later sentence of an article mentions the event in passing, where a lead reports it.
const LATER_SENTENCE = 0.7;

/**
 * The share of the event's participants a member's clause names, each participant weighed by the
 * number of members naming it: a lead about the event names the people most reports name.
 */
function castOf(group: EventMention[]): (ids: string[]) => number {
  const count = new Map<string, number>();
  for (const m of group) for (const id of new Set(m.entityIds)) count.set(id, (count.get(id) ?? 0) + 1);
  const total = [...count.values()].reduce((s, x) => s + x, 0);
  return (ids) =>
    total === 0 ? 0 : [...new Set(ids)].reduce((s, id) => s + (count.get(id) ?? 0), 0) / total;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Each member's mean cosine to the others over idf-weighted terms, in one pass: with unit vectors
 * v_i and their sum S, the mean over j != i of v_i . v_j is v_i . (S - v_i) / (n - 1).
 */
function meanCosines(group: EventMention[], idf: (term: string) => number): Map<EventMention, number> {
  const vectors = group.map((m) => {
    const v = new Map<string, number>();
    for (const t of m.terms) v.set(t, (v.get(t) ?? 0) + idf(t));
    const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
    if (norm > 0) for (const [t, x] of v) v.set(t, x / norm);
    return v;
  });
  const sum = new Map<string, number>();
  for (const v of vectors) for (const [t, x] of v) sum.set(t, (sum.get(t) ?? 0) + x);
  const out = new Map<EventMention, number>();
  for (const [i, m] of group.entries()) {
    const v = vectors[i]!;
    let dot = 0;
    let self = 0;
    for (const [t, x] of v) {
      dot += x * sum.get(t)!;
      self += x * x;
    }
    out.set(m, group.length > 1 ? (dot - self) / (group.length - 1) : 0);
  }
  return out;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= 220 ? flat : `${flat.slice(0, 217).replace(/\s+\S*$/, "")}…`;
}
