import { addDays, dayNumber } from "../../lib/days.ts";
import { MAX_DAY_EXTENT, type Vector, weigh } from "./cluster.ts";
import type { EventMention } from "./find-mentions.ts";

/** An article that says it reports another outlet's report: "the Korean Central News Agency reported Friday". */
export interface Citation {
  articleId: string;
  /** The cited outlet's source id. */
  sourceId: string;
  /** Stems of the sentences that cite it: what the citing article takes from the report. */
  terms: string[];
  /** Who the citing sentences name: the cited report must name one of the people among them. */
  entityIds: string[];
}

const REPORTING = "(?:reported|reports|said|says|announced|quoted|carried|stated)";
const BY = "(?:according to|cited by|quoted by|reported by|citing|carried by|in)";

/**
 * The outlets of the corpus that a sentence cites as the origin of what it says: by name or by the
 * full name its initials stand for ("Korean Central News Agency" for KCNA), next to a reporting
 * verb ("KCNA said", "according to KCNA"). A name alone is not a citation: "a KCNA photo".
 */
export function citedOutlets(sentence: string, outlets: ReadonlyMap<string, string>): string[] {
  const found = new Set<string>();
  for (const [id, name] of outlets) {
    const { re, acronym } = citationPattern(name);
    // Without a spelled-out form the name itself must be there: a cheap test before the pattern.
    if (!acronym && !sentence.includes(name)) continue;
    if (re.test(sentence)) found.add(id);
  }
  return [...found].sort();
}

/** Compiled once per outlet name: this runs for every sentence of every article and every outlet. */
const PATTERNS = new Map<string, { re: RegExp; acronym: boolean }>();

function citationPattern(name: string): { re: RegExp; acronym: boolean } {
  let pattern = PATTERNS.get(name);
  if (pattern) return pattern;
  const acronym = /^\p{Lu}{3,}$/u.test(name);
  const forms = [escapeRegExp(name)];
  if (acronym) forms.push(spelledOut(name));
  const alt = forms.join("|");
  const re = new RegExp(
    `(?:\\b(?:${alt})\\b[^.;\\n]{0,30}?\\b${REPORTING}\\b|\\b${BY}\\s+(?:the\\s+)?(?:state-run\\s+|official\\s+)?(?:${alt})\\b)`,
    "u",
  );
  pattern = { re, acronym };
  PATTERNS.set(name, pattern);
  return pattern;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "KCNA" -> a run of capitalised words with those initials: "Korean Central News Agency". */
function spelledOut(acronym: string): string {
  return [...acronym].map((c) => `${c}[\\p{Ll}]+`).join("\\s+");
}

/** Least wording a citing lead must share with the cited report: a citation alone is not enough. */
const MIN_COSINE = 0.12;

/**
 * Joins the event of each citing article's lead with the event of the cited outlet's lead that it
 * most resembles, among those of the same or an adjacent day: Western outlets often report what
 * state media announced ("KCNA reported Friday") in their own words, which wording alone cannot
 * bridge. Groups are joined whole, earliest first, so the result does not depend on input order,
 * and only while the joined event is still told within `MAX_DAY_EXTENT` days: a wire cited in
 * passing ("..., according to Reuters") must not chain a month of stories into one.
 */
export function joinCitedReports(
  groups: EventMention[][],
  citations: Citation[],
  idf: (term: string) => number,
  /** Stems of an article's whole text: a report's lead is often its ceremony, the news comes later. */
  articleTerms: (articleId: string) => string[],
  /** The people, organisations and countries an article names anywhere. */
  articleEntities: (articleId: string) => ReadonlySet<string>,
): EventMention[][] {
  const groupOf = new Map<string, number>();
  // Leads by outlet and by day (event and report): a citation looks only at its outlet's leads of three days.
  const leadsAt = new Map<string, EventMention[]>();
  const leadOf = new Map<string, EventMention>();
  for (const [g, members] of groups.entries())
    for (const m of members)
      if (m.primary) {
        groupOf.set(m.articleId, g);
        leadOf.set(m.articleId, m);
        for (const day of new Set([m.date.start, m.reported ?? m.date.start])) {
          const key = `${m.sourceId}|${day}`;
          leadsAt.set(key, [...(leadsAt.get(key) ?? []), m]);
        }
      }
  const extent = groups.map(dayExtent);
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const vectors = new Map<string, Vector>();
  const vectorOf = (articleId: string) => {
    const known = vectors.get(articleId);
    if (known) return known;
    const v = weigh(articleTerms(articleId), idf);
    vectors.set(articleId, v);
    return v;
  };
  for (const c of [...citations].sort((a, b) =>
    a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.sourceId < b.sourceId ? -1 : 1,
  )) {
    const citing = leadOf.get(c.articleId);
    if (!citing) continue;
    // "..., according to Reuters" in background that names no one is no sign of which report it
    // means; "KCNA reported ..., delivering a message from Kim Jong Un" is, through the person.
    const people = c.entityIds.filter((id) => id.startsWith("person-"));
    if (people.length === 0) continue;
    const v = weigh(c.terms, idf);
    let best: EventMention | undefined;
    let bestScore = MIN_COSINE;
    for (const m of candidates(leadsAt, c.sourceId, citing)) {
      const named = articleEntities(m.articleId);
      if (!people.some((id) => named.has(id))) continue;
      const score = cosine(v, vectorOf(m.articleId));
      if (score > bestScore || (score === bestScore && best && m.key < best.key)) {
        best = m;
        bestScore = score;
      }
    }
    if (!best) continue;
    const a = find(groupOf.get(citing.articleId)!);
    const b = find(groupOf.get(best.articleId)!);
    if (a === b) continue;
    const joined = union(extent[a]!, extent[b]!);
    if (joined[1] - joined[0] > MAX_DAY_EXTENT) continue;
    const [root, child] = a < b ? [a, b] : [b, a];
    parent[child] = root;
    extent[root] = joined;
  }
  const joined = new Map<number, EventMention[]>();
  for (const [g, members] of groups.entries()) {
    const root = find(g);
    joined.set(root, [...(joined.get(root) ?? []), ...members]);
  }
  return [...joined.values()];
}

/** The cited outlet's leads of the same or an adjacent day as the citing lead, by event or report day, once each. */
function candidates(
  leadsAt: Map<string, EventMention[]>,
  sourceId: string,
  citing: EventMention,
): EventMention[] {
  const found = new Set<EventMention>();
  for (const day of new Set([citing.date.start, citing.reported ?? citing.date.start]))
    for (const shift of [-1, 0, 1])
      for (const m of leadsAt.get(`${sourceId}|${addDays(day, shift)}`) ?? []) found.add(m);
  return [...found].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** First and last day number of a group's day-dated members; [Infinity, -Infinity] when none. */
function dayExtent(group: EventMention[]): [number, number] {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const m of group) {
    if (m.date.precision !== "day") continue;
    const day = dayNumber(m.date.start);
    first = Math.min(first, day);
    last = Math.max(last, day);
  }
  return [first, last];
}

/** A group with no day-dated member takes the other's extent; two such groups stay unbounded (-Infinity wide). */
function union(a: [number, number], b: [number, number]): [number, number] {
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}

function cosine(a: Vector, b: Vector): number {
  if (!a.norm || !b.norm) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small.weights) dot += w * (large.weights.get(t) ?? 0);
  return dot / (a.norm * b.norm);
}
