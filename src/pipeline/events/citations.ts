import { daysBetween } from "../../lib/days.ts";
import { type Vector, weigh } from "./cluster.ts";
import type { EventMention } from "./find-mentions.ts";

/** An article that says it reports another outlet's report: "the Korean Central News Agency reported Friday". */
export interface Citation {
  articleId: string;
  /** The cited outlet's source id. */
  sourceId: string;
  /** Stems of the sentences that cite it: what the citing article takes from the report. */
  terms: string[];
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
    const forms = [escapeRegExp(name)];
    if (/^\p{Lu}{3,}$/u.test(name)) forms.push(spelledOut(name));
    const alt = forms.join("|");
    const re = new RegExp(
      `(?:\\b(?:${alt})\\b[^.;\\n]{0,30}?\\b${REPORTING}\\b|\\b${BY}\\s+(?:the\\s+)?(?:state-run\\s+|official\\s+)?(?:${alt})\\b)`,
      "u",
    );
    if (re.test(sentence)) found.add(id);
  }
  return [...found].sort();
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
 * bridge. Groups are joined whole, earliest first, so the result does not depend on input order.
 */
export function joinCitedReports(
  groups: EventMention[][],
  citations: Citation[],
  idf: (term: string) => number,
  /** Stems of an article's whole text: a report's lead is often its ceremony, the news comes later. */
  articleTerms: (articleId: string) => string[],
): EventMention[][] {
  const groupOf = new Map<string, number>();
  const leads: EventMention[] = [];
  for (const [g, members] of groups.entries())
    for (const m of members)
      if (m.primary) {
        groupOf.set(m.articleId, g);
        leads.push(m);
      }
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const leadOf = new Map(leads.map((m) => [m.articleId, m]));
  for (const c of [...citations].sort((a, b) =>
    a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.sourceId < b.sourceId ? -1 : 1,
  )) {
    const citing = leadOf.get(c.articleId);
    if (!citing) continue;
    const v = weigh(c.terms, idf);
    let best: EventMention | undefined;
    let bestScore = MIN_COSINE;
    for (const m of leads) {
      if (m.sourceId !== c.sourceId || !near(m, citing)) continue;
      const score = cosine(v, weigh(articleTerms(m.articleId), idf));
      if (score > bestScore || (score === bestScore && best && m.key < best.key)) {
        best = m;
        bestScore = score;
      }
    }
    if (!best) continue;
    const a = find(groupOf.get(citing.articleId)!);
    const b = find(groupOf.get(best.articleId)!);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const joined = new Map<number, EventMention[]>();
  for (const [g, members] of groups.entries()) {
    const root = find(g);
    joined.set(root, [...(joined.get(root) ?? []), ...members]);
  }
  return [...joined.values()];
}

/** Same or adjacent day, by the event's date or the report's. */
function near(a: EventMention, b: EventMention): boolean {
  const days = [a.date.start, a.reported ?? a.date.start];
  const other = [b.date.start, b.reported ?? b.date.start];
  return days.some((x) => other.some((y) => Math.abs(daysBetween(x, y)) <= 1));
}

function cosine(a: Vector, b: Vector): number {
  if (!a.norm || !b.norm) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small.weights) dot += w * (large.weights.get(t) ?? 0);
  return dot / (a.norm * b.norm);
}
