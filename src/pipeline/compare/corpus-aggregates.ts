import type { Article } from "../../schema/article.ts";
import {
  type AttributedQuote,
  type CorpusComparison,
  chartMonthOf,
  type NamingForm,
  type OutletAggregate,
} from "../../schema/comparison.ts";
import type { EntityMention } from "../../schema/entity.ts";
import type { Event } from "../../schema/event.ts";
import { type LinkedEntity, mentionsOf } from "../events/mention-list.ts";
import type { ArticleTexts } from "./naming.ts";
import { namingForms } from "./naming.ts";
import { attributeQuote, type FoundQuote } from "./quotes.ts";
import type { TermTable } from "./term-table.ts";
import { type Background, candidateCounts } from "./words.ts";

const MAX_ENTITIES = 40;
const MAX_SPEAKERS = 25;
const WORDS_PER_OUTLET = 40;

export interface CorpusInputs {
  events: Event[];
  entities: LinkedEntity[];
  articlesBySource: Map<string, Article[]>;
  /** Outlet ids in display order. */
  sourceIds: string[];
  texts: ArticleTexts;
  quotes(articleId: string): FoundQuote[];
  /** The corpus's term counts, terms by their numbers (term-table.ts). */
  background: Background<number>;
  /** Term counts of each outlet's articles. */
  outletCounts: Map<string, { counts: TermTable; total: number }>;
  /** What a term number reads as. */
  termName(key: number): string;
  /** Outlets' naming tables and speakers from the last build (see `OutletMemo`). */
  memo?: OutletMemo;
}

/** What of an outlet's aggregate depends on its own articles alone. */
export type OutletReading = Pick<OutletAggregate, "naming" | "speakers">;

/**
 * Each outlet's naming table and speakers kept from the last build, for an outlet none of whose
 * articles changed: they read nothing but its articles (their texts, names as linked, quotes and
 * own events), and were half of the compare stage in a 10,000-article rebuild. `get` gives
 * undefined for an outlet whose articles are not known to be unchanged.
 */
export interface OutletMemo {
  get(sourceId: string): OutletReading | undefined;
  set(sourceId: string, reading: OutletReading): void;
  /**
   * Each article's speakers (`ArticleSpeakers`), kept by what the article was made from: an outlet
   * made anew because one of its articles changed reads the others' from here, where finding the
   * quotes of an outlet's thousand articles again was a third of the compare stage in a
   * 10,000-article rebuild. `get` gives undefined for an article not known to be unchanged. An
   * outlet's reading taken from the memo (`get`) keeps its articles' speakers for a later build.
   */
  articleSpeakers?: {
    get(articleId: string): ArticleSpeakers | undefined;
    set(articleId: string, speakers: ArticleSpeakers): void;
  };
}

/**
 * The speakers of one article's quotes, in the order first quoted, each with how many of the
 * article's quotes are theirs and the first of them; `key` is who they are (see `speakersOf`).
 */
export type ArticleSpeakers = { key: string; speaker: string; count: number; example: AttributedQuote }[];

/**
 * Per-outlet aggregates for the corpus view: events covered, per month, the naming of every person
 * and organisation, whom the outlet quotes, and word counts. Each outlet's figures stand alone, so
 * the browser compares any chosen outlets by combining them, without another pass over the corpus.
 */
export function corpusAggregates(input: CorpusInputs): CorpusComparison {
  const months = reportingMonths(input);
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const outlets: OutletAggregate[] = input.sourceIds.map((sourceId) => ({
    sourceId,
    eventCount: 0,
    monthly: months.map(() => 0),
    naming: [],
    speakers: [],
  }));
  const byId = new Map(outlets.map((o) => [o.sourceId, o]));
  for (const event of input.events) {
    for (const sourceId of new Set(event.sourceIds)) {
      const outlet = byId.get(sourceId);
      if (!outlet) continue;
      outlet.eventCount += 1;
      outlet.monthly[monthIndex.get(chartMonthOf(event))!]! += 1;
    }
  }

  // The forms are made without the events their examples link to, which are put in below: an
  // outlet's reading kept from the last build is then only its articles', and an edit that renames
  // an event (every outlet that told it links to it) leaves it as it was.
  const { eventOf, ...textsOnly } = input.texts;
  // The outlets whose naming and speakers are made here; the others' are the last build's.
  const fresh = new Set<string>();
  for (const outlet of outlets) {
    const kept = input.memo?.get(outlet.sourceId);
    if (kept) {
      outlet.naming = kept.naming;
      outlet.speakers = kept.speakers;
    } else fresh.add(outlet.sourceId);
  }
  for (const entity of fresh.size ? input.entities : []) {
    if (entity.kind !== "person" && entity.kind !== "organization") continue;
    const bySource = new Map<string, EntityMention[]>();
    // One entity's mentions as objects at a time, let go after its forms are counted.
    for (const m of mentionsOf(entity.mentions)) {
      if (!fresh.has(m.sourceId)) continue;
      const list = bySource.get(m.sourceId);
      if (list) list.push(m);
      else bySource.set(m.sourceId, [m]);
    }
    for (const [sourceId, mentions] of bySource) {
      byId.get(sourceId)?.naming.push({
        entityId: entity.id,
        name: entity.name,
        kind: entity.kind,
        count: mentions.length,
        forms: namingForms(mentions, textsOnly, 4),
      });
    }
  }
  for (const outlet of outlets) {
    if (!fresh.has(outlet.sourceId)) continue;
    // Ties go by entity id: an outlet's table does not depend on the order of the corpus's entities.
    outlet.naming.sort((a, b) => b.count - a.count || (a.entityId < b.entityId ? -1 : 1));
    outlet.naming = outlet.naming.slice(0, MAX_ENTITIES);
    outlet.speakers = speakersOf(
      input.articlesBySource.get(outlet.sourceId) ?? [],
      input.quotes,
      input.memo?.articleSpeakers,
    );
    input.memo?.set(outlet.sourceId, { naming: outlet.naming, speakers: outlet.speakers });
  }
  if (eventOf)
    for (const outlet of outlets)
      outlet.naming = outlet.naming.map((entry) => ({
        ...entry,
        forms: entry.forms.map((f) => withEvent(f, eventOf)),
      }));

  const { background, outletCounts } = input;
  const words = candidateCounts(
    outletCounts,
    background,
    WORDS_PER_OUTLET,
    (source, term) => (background.counts.get(term) ?? 0) - (outletCounts.get(source)?.counts.get(term) ?? 0),
    (source) => background.total - (outletCounts.get(source)?.total ?? 0),
    input.termName,
  );
  return { months, outlets, words };
}

/** A naming form with the event its example's article is mainly about, if any. */
function withEvent(form: NamingForm, eventOf: (articleId: string) => string | undefined): NamingForm {
  const eventId = eventOf(form.articleId);
  // In the schema's order of fields, eventId last (see `outputFiles`).
  return eventId ? { ...form, eventId } : form;
}

/** Whom an outlet quotes: speakers resolved to one entity count together, whatever the wording. */
export function speakersOf(
  articles: Article[],
  quotesOf: (id: string) => FoundQuote[],
  memo?: OutletMemo["articleSpeakers"],
): OutletAggregate["speakers"] {
  const bySpeaker = new Map<string, OutletAggregate["speakers"][number]>();
  for (const article of articles) {
    let speakers = memo?.get(article.id);
    if (!speakers) {
      speakers = articleSpeakers(article.id, quotesOf(article.id));
      memo?.set(article.id, speakers);
    }
    // Counted article by article, first quoted first: the same table as counting every quote of
    // the outlet's in its articles' order, the example of each speaker their first quote.
    for (const { key, speaker, count, example } of speakers) {
      const found = bySpeaker.get(key);
      if (found) found.count += count;
      else bySpeaker.set(key, { speaker, count, example });
    }
  }
  return [...bySpeaker.values()].sort((a, b) => b.count - a.count).slice(0, MAX_SPEAKERS);
}

/** One article's speakers (see `ArticleSpeakers`) from its quotes. */
function articleSpeakers(articleId: string, quotes: readonly FoundQuote[]): ArticleSpeakers {
  const byKey = new Map<string, ArticleSpeakers[number]>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    const key = q.speakerEntityId ?? q.speaker.toLowerCase();
    const found = byKey.get(key);
    if (found) found.count += 1;
    else byKey.set(key, { key, speaker: q.speaker, count: 1, example: attributeQuote(articleId, q) });
  }
  return [...byKey.values()];
}

/**
 * The months of the chart: from the first article's month to the last's, and on to the last event
 * within a year after it (a summit announced for next month). Events that articles recall from long
 * before (the 1953 armistice, an 1868 treaty) count in the totals but are not drawn: a chart from
 * 1868, capped at a hundred years, had left out all of usdprk's 2018.
 */
function reportingMonths(input: CorpusInputs): string[] {
  let first: string | undefined;
  let last: string | undefined;
  for (const articles of input.articlesBySource.values())
    for (const a of articles) {
      const month = a.published.slice(0, 7);
      if (first === undefined || month < first) first = month;
      if (last === undefined || month > last) last = month;
    }
  if (first === undefined || last === undefined) return monthRange(input.events.map(chartMonthOf));
  const horizon = `${Number(last.slice(0, 4)) + 1}${last.slice(4)}`;
  const within = input.events.map(chartMonthOf).filter((m) => m > last! && m <= horizon);
  return monthRange([first, last, ...within]);
}

/** Every month from the first to the last, so a gap in coverage shows as a gap in the chart. */
export function monthRange(months: string[]): string[] {
  if (months.length === 0) return [];
  const sorted = [...months].sort();
  const out: string[] = [];
  let [y, m] = sorted[0]!.split("-").map(Number) as [number, number];
  const last = sorted[sorted.length - 1]!;
  for (;;) {
    const month = `${y}-${String(m).padStart(2, "0")}`;
    out.push(month);
    if (month >= last || out.length > 1200) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}
