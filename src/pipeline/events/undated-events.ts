import { addDays } from "../../lib/days.ts";
import { slugify } from "../../lib/slug.ts";
import type { ReportEntry } from "../../schema/report.ts";
import type { CleanArticle } from "../clean/clean-article.ts";
import type { EventDate } from "./event-date.ts";
import type { LocalEntity, Occurrence } from "./find-entities.ts";
import { normalizeName } from "./find-entities.ts";
import type { EventMention } from "./find-mentions.ts";
import { STOPWORDS } from "./lexicon.ts";
import type { Sentence } from "./split-sentences.ts";

/**
 * A named happening that an article speaks of without dating it: "the coming DPRK-U.S. summit",
 * "their historic summit in Singapore", "his meeting with Trump". Only specific ones count: a
 * capitalised modifier, a place, or a named counterpart; "the meeting" alone could be any.
 */
export interface UndatedReference {
  mention: EventMention;
  /** The happening's kind: meetings and summits are one kind, since outlets call one event both. */
  kind: string;
  /** "coming": still ahead when the article was written; "past": already behind. */
  tense: "coming" | "past";
  /** For a coming one, the day it was still ahead; for a past one, the day it was already over. */
  bound: string;
  /** Entities and the countries of the people taking part, to tell which references are one event. */
  participants: string[];
  phrase: string;
}

export const REFERENCE =
  /\b(?:(\p{Lu}[\p{L}.'’]*(?:-\p{Lu}[\p{L}.'’]*)*)\s+)?(summit|meeting|talks|conference)(?:\s+(?:in|at|with)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)*))?/gu;
const KINDS: Record<string, string> = {
  summit: "meeting",
  meeting: "meeting",
  talks: "talks",
  conference: "conference",
};
const COMING =
  /\b(?:coming|upcoming|forthcoming|planned|proposed|expected|future|next|prepare|preparing|preparations?|holding|will|to be held|ahead of)\b/i;
const PAST = /\b(?:\w{3,}ed|met|held|said|told|called|during|after|since)\b/i;

/**
 * The undated references of one article (per-article work): sentences that carry no dated mention
 * of their own and name a specific happening, each turned into a mention bounded by what the
 * article knows. A coming one happens after the article's day; a past one before the date of the
 * account it sits in (the nearest dated mention before it, "In the letter dated July 6, ..."),
 * else before the article's day.
 */
export function findUndatedReferences(
  article: CleanArticle,
  dct: string,
  sentences: Sentence[],
  occurrences: Occurrence[],
  entities: LocalEntity[],
  entityIds: string[],
  mentions: EventMention[],
): UndatedReference[] {
  const refs: UndatedReference[] = [];
  const { text } = article;
  for (const s of sentences) {
    if (mentions.some((m) => m.start < s.end && m.end > s.start)) continue;
    const sentence = text.slice(s.start, s.end);
    for (const match of sentence.matchAll(REFERENCE)) {
      const [phrase, modifier, noun, place] = match;
      if (!modifier && !place) continue;
      // "The summit", "This meeting": a capital that only opens the sentence names nothing.
      if (modifier && !place && STOPWORDS.has(modifier.toLowerCase())) continue;
      const tense = COMING.test(sentence) ? "coming" : PAST.test(sentence) ? "past" : undefined;
      if (!tense) continue;
      const inside = occurrences.filter((o) => o.start >= s.start && o.end <= s.end);
      const participants = new Set<string>();
      for (const o of inside) {
        participants.add(entityIds[o.entity]!);
        const country = entities[o.entity]!.country;
        if (country) participants.add(`country-${slugify(normalizeName(country))}`);
      }
      // Where it is held is not who takes part: "the summit in Singapore", "talks in Panmunjom".
      if (place) {
        const slug = slugify(normalizeName(place));
        participants.delete(`country-${slug}`);
        participants.delete(`place-${slug}`);
      }
      if (participants.size === 0) continue;
      const before = mentions.filter((m) => m.end <= s.start && m.date.start <= dct).at(-1);
      const bound = tense === "past" && before ? before.date.start : dct;
      const date: EventDate = { start: bound, precision: "approximate" };
      refs.push({
        mention: {
          key: `${article.id}:${String(s.start).padStart(7, "0")}:${String(s.end).padStart(7, "0")}`,
          articleId: article.id,
          sourceId: article.source.id,
          start: s.start,
          end: s.end,
          quote: sentence,
          date,
          entityIds: [...new Set(inside.map((o) => entityIds[o.entity]!))],
          title: "",
          terms: [],
          primary: false,
        },
        kind: KINDS[noun!.toLowerCase()]!,
        tense,
        bound,
        participants: [...participants].sort(),
        phrase,
      });
      break;
    }
  }
  return refs;
}

/** Longest a happening may be "coming" before it is looked back on and still be taken as one. */
const MAX_SPAN_DAYS = 180;

export interface PlacedReferences {
  /** Groups of references placed between their bounds, each one approximate event. */
  groups: { mentions: EventMention[]; title: string }[];
  warnings: ReportEntry[];
}

/**
 * The global step: references of the same kind that share a participant are one happening when
 * one article calls it coming and a later one looks back on it; it then spans from the latest day
 * it was still coming to the earliest day it was already past, marked approximate. A happening
 * referred to only one way stays off the calendar, with one warning per article that names the
 * phrases (a warning per phrase drowns the report on a large corpus).
 */
export function placeUndatedReferences(
  refs: UndatedReference[],
  articles: Map<string, CleanArticle>,
): PlacedReferences {
  const sorted = [...refs].sort((a, b) => (a.mention.key < b.mention.key ? -1 : 1));
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  // Blocking by kind and participant: only references sharing one are compared. Within one
  // article, references of one kind are one happening: a story speaks of one summit.
  const byKey = new Map<string, number[]>();
  const inArticle = new Map<string, number>();
  for (const [i, r] of sorted.entries()) {
    const key = `${r.mention.articleId}|${r.kind}`;
    const first = inArticle.get(key);
    if (first === undefined) inArticle.set(key, i);
    else parent[find(i)] = find(first);
  }
  for (const [i, r] of sorted.entries())
    for (const p of r.participants) {
      const key = `${r.kind}|${p}`;
      byKey.set(key, [...(byKey.get(key) ?? []), i]);
    }
  for (const list of byKey.values()) {
    for (const i of list) {
      const a = sorted[i]!;
      if (a.tense !== "coming") continue;
      for (const j of list) {
        const b = sorted[j]!;
        if (b.tense !== "past" || b.bound < a.bound || b.bound > addDays(a.bound, MAX_SPAN_DAYS)) continue;
        parent[find(j)] = find(i);
      }
    }
  }
  const components = new Map<number, UndatedReference[]>();
  for (const [i, r] of sorted.entries()) components.set(find(i), [...(components.get(find(i)) ?? []), r]);
  const groups: PlacedReferences["groups"] = [];
  const left = new Map<string, string[]>();
  for (const members of components.values()) {
    const coming = members.filter((r) => r.tense === "coming").map((r) => r.bound);
    const past = members.filter((r) => r.tense === "past").map((r) => r.bound);
    const start = coming.sort().at(-1);
    const end = past.sort()[0];
    if (start && end && start <= end) {
      const date: EventDate = { start, end, precision: "approximate" };
      groups.push({ mentions: members.map((r) => ({ ...r.mention, date })), title: titleOf(members) });
      continue;
    }
    for (const r of members)
      left.set(r.mention.articleId, [...(left.get(r.mention.articleId) ?? []), r.phrase]);
  }
  const warnings: ReportEntry[] = [];
  const ordered = [...left].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [id, phrases] of ordered.slice(0, MAX_LISTED)) {
    const article = articles.get(id)!;
    const list = [...new Set(phrases)].map((p) => `"${p}"`).join(", ");
    warnings.push({
      file: article.file,
      ...(article.line ? { line: article.line } : {}),
      reason: `undated events left off the calendar (${id}): ${list}: no date in the text`,
    });
  }
  const rest = ordered.slice(MAX_LISTED);
  if (rest.length > 0) {
    const first = articles.get(rest[0]![0])!;
    warnings.push({
      file: first.file,
      reason: `undated events left off the calendar in ${rest.length} more articles (from ${first.id} on): no date in the text`,
    });
  }
  return { groups, warnings };
}

/** Articles listed one by one before the rest are folded into a count: past that, a list is noise. */
const MAX_LISTED = 50;

/** "Summit in Singapore": the kind's word as the texts use it, with the place one of them names. */
function titleOf(members: UndatedReference[]): string {
  const placed = members
    .map((r) => /\b(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)*)/u.exec(r.phrase))
    .find(Boolean);
  const named = members.map((r) => /^(\p{Lu}\S*-\S+)\s/u.exec(r.phrase)?.[1]).find(Boolean);
  const noun = /summit/i.test(members.map((r) => r.phrase).join(" ")) ? "summit" : members[0]!.kind;
  const head = named ? `${named} ${noun}` : `${noun[0]!.toUpperCase()}${noun.slice(1)}`;
  return placed ? `${head} in ${placed[1]}` : head;
}
