import { addDays } from "../../lib/days.ts";
import type { Article } from "../../schema/article.ts";
import { type CorpusComparison, type EventComparison, eventComparison } from "../../schema/comparison.ts";
import type { Event } from "../../schema/event.ts";
import { type Source, sourceKinds } from "../../schema/source.ts";
import type { LinkedEntity } from "../events/mention-list.ts";
import { splitSentences } from "../events/split-sentences.ts";
import type { FileIdentity } from "../known-file-steps.ts";
import { type CompareContext, compareEvent } from "./compare-event.ts";
import { type ComparisonMemo, memoizedComparisons, outletMemo } from "./comparison-memo.ts";
import { corpusAggregates } from "./corpus-aggregates.ts";
import { countCorpus, type receivedCounts } from "./corpus-counts.ts";
import { countSteps } from "./count-changes.ts";
import { indexMentions, lastTextOf, namedSpans } from "./mention-index.ts";
import { type SentenceSpans, sentenceSpans } from "./naming.ts";
import { type FoundQuote, findQuotes } from "./quotes.ts";
import { snapCount, snappedBackground } from "./snap.ts";
import type { Background } from "./words.ts";

export interface Comparisons {
  corpus: CorpusComparison;
  /** The events compared, in the corpus's order. */
  eventIds: string[];
  /**
   * One event's comparison, worked out when asked for. The comparison files are written a shard
   * at a time, so only one shard's comparisons are held at once: all of them together weigh about
   * as much as the corpus's texts (over 100 MB of objects at 10,000 articles).
   */
  compareEvent(eventId: string): EventComparison;
  /**
   * The same as its file holds it: checked against the schema and made JSON, or taken from the
   * memo of the last build when nothing it reads has changed.
   */
  comparisonJson(eventId: string): string;
  /**
   * With a memo: the name and size of a shard's file when the last build wrote the very same (none
   * of its comparisons changed), and where the file a shard was written to is kept for the next.
   */
  shardFile?(stem: string, eventIds: readonly string[]): FileIdentity | undefined;
  keepShardFile?(stem: string, eventIds: readonly string[], file: FileIdentity): void;
  /** What to keep for the next build, when there is a memo: after every comparison was asked for. */
  memoSteps?: Uint8Array;
}

// An outlet "did not report" an event only if it was publishing in this corpus around then: a
// corpus gathered per outlet and period should not call an outlet silent about a time it was not
// collected for. Ninety days either side of the outlet's first and last article.
const ACTIVE_MARGIN_DAYS = 90;

/**
 * The compare stage: for each event, how each outlet told it; for the corpus, per-outlet aggregates.
 * One pass over the articles for word counts and quotes, then work per event proportional to the
 * event: nothing compares all articles with all others.
 */
export function compareCorpus(
  input: {
    articles: Article[];
    events: Event[];
    entities: LinkedEntity[];
    sources: Source[];
    /** Digests of each article's work and its names as linked (`EventsResult.linkedKeys`). */
    linkedKeys?: ReadonlyMap<string, string>;
    /** Digests that stand for whole events (`EventsResult.madeFrom`). */
    madeFrom?: ReadonlyMap<string, string>;
  },
  memo?: ComparisonMemo,
  /** The counts made beforehand on another thread (`countsToSend`), if they were. */
  counted?: ReturnType<typeof receivedCounts>,
): Comparisons {
  const articles = new Map(input.articles.map((a) => [a.id, a]));
  const sentenceCache = new Map<string, SentenceSpans>();
  const sentences = (id: string) => {
    let found = sentenceCache.get(id);
    if (!found) {
      found = sentenceSpans(splitSentences(articles.get(id)?.text ?? ""));
      sentenceCache.set(id, found);
    }
    return found;
  };
  const mentionsIn = indexMentions(input.entities);
  const quoteCache = new Map<string, FoundQuote[]>();
  const quotes = (id: string) => {
    let found = quoteCache.get(id);
    if (!found) {
      const text = articles.get(id)?.text ?? "";
      // Most articles quote nobody: their names are only looked up when there is a quote mark.
      found = /["“]/.test(text) ? findQuotes(text, namedSpans(mentionsIn(id), input.entities)) : [];
      quoteCache.set(id, found);
    }
    return found;
  };

  const { lexicon, terms, words: wordCounts } = counted?.counts ?? countCorpus(input.articles);
  const background: Background<number> = terms.corpus;
  // The events' priors read the corpus's counts snapped (snap.ts), so that an edit leaves the
  // comparisons of events it does not touch as they were. The corpus view is made anew each
  // build and reads them exact: its outlets' counts are taken from them.
  const eventBackground = snappedBackground(background);
  const outletCounts = terms.outlets;
  const articlesBySource = new Map<string, Article[]>();
  const span = new Map<string, { first: string; last: string }>();
  for (const article of input.articles) {
    const sourceId = article.source.id;
    const list = articlesBySource.get(sourceId);
    if (list) list.push(article);
    else articlesBySource.set(sourceId, [article]);
    const day = article.published.slice(0, 10);
    const s = span.get(sourceId);
    if (!s) span.set(sourceId, { first: day, last: day });
    else {
      if (day < s.first) s.first = day;
      if (day > s.last) s.last = day;
    }
  }

  const sourceById = new Map(input.sources.map((s) => [s.id, s]));
  const kindRank = (id: string) => sourceKinds.indexOf(sourceById.get(id)?.kind ?? "other");
  const nameOf = (id: string) => sourceById.get(id)?.name ?? id;
  // Stable order: by what an outlet is (state media, wire, broadcaster, ...), then by name.
  const compareSources = (a: string, b: string) =>
    kindRank(a) - kindRank(b) || nameOf(a).localeCompare(nameOf(b), "en") || (a < b ? -1 : a > b ? 1 : 0);
  // Sorting by display order compares names with localeCompare, so each outlet's place is found once.
  const displayOrder = new Map([...outletCounts.keys()].sort(compareSources).map((id, n) => [id, n]));
  const inDisplayOrder = (a: string, b: string) => {
    const x = displayOrder.get(a);
    const y = displayOrder.get(b);
    return x !== undefined && y !== undefined ? x - y : compareSources(a, b);
  };
  const windows = [...span.entries()].map(([id, s]) => ({
    id,
    from: addDays(s.first, -ACTIVE_MARGIN_DAYS),
    to: addDays(s.last, ACTIVE_MARGIN_DAYS),
  }));
  const activeOn = new Map<string, string[]>();
  const activeAround = (day: string) => {
    let found = activeOn.get(day);
    if (!found) {
      found = windows.filter((w) => w.from <= day && day <= w.to).map((w) => w.id);
      activeOn.set(day, found);
    }
    return [...found];
  };

  const wordTotal = snapCount(wordCounts.total);
  // Weights are asked for stem by stem in every event: each is worked out once. Counts are
  // snapped as the priors' are.
  const weights: number[] = [];
  const weight = (stemId: number) => {
    let found = weights[stemId];
    if (found === undefined) {
      const count = snapCount(wordCounts.counts.get(lexicon.stems[stemId]!) ?? 0);
      found = Math.log(1 + wordTotal / (1 + count));
      weights[stemId] = found;
    }
    return found;
  };
  const entityNumbers = new Map(input.entities.map((e, n) => [e.id, n]));
  const ctx: CompareContext = {
    entityNumbers,
    lexicon,
    articles,
    entities: new Map(input.entities.map((e) => [e.id, e])),
    sentences,
    quotes,
    mentionsIn,
    background: eventBackground,
    weight,
    compareSources: inDisplayOrder,
    activeAround,
  };
  const eventById = new Map(input.events.map((e) => [e.id, e]));
  const sourceIds = [...displayOrder.keys()];
  const corpus = corpusAggregates({
    events: input.events,
    entities: input.entities,
    articlesBySource,
    sourceIds,
    texts: {
      text: lastTextOf(articles),
      sentences,
      eventOf: (id) => articles.get(id)?.primaryEventId || undefined,
    },
    quotes,
    background,
    outletCounts,
    termName: lexicon.termName,
    ...(memo?.outlets && input.linkedKeys
      ? { memo: outletMemo(memo.outlets, articlesBySource, input.linkedKeys) }
      : {}),
  });
  const eventOf = (eventId: string) => {
    const event = eventById.get(eventId);
    if (!event) throw new Error(`no event ${eventId} to compare`);
    return event;
  };
  const make = (event: Event) => JSON.stringify(eventComparison.parse(compareEvent(event, ctx)));
  // A memo only of exact counts: pruned ones are not the corpus's, and their steps say nothing.
  const steps =
    memo && terms.exact ? countSteps(terms.corpus.counts, wordCounts.counts, lexicon, memo.steps) : undefined;
  const memoized =
    memo && steps
      ? memoizedComparisons({
          memo,
          steps,
          articles,
          ...(input.linkedKeys ? { linkedKeys: input.linkedKeys } : {}),
          ...(input.madeFrom ? { madeFrom: input.madeFrom } : {}),
          ...(counted?.touched ? { touched: counted.touched } : {}),
          mentionsIn,
          entities: input.entities,
          activeAround,
          shared: [String(eventBackground.total), String(wordTotal), sourceIds.join(" ")],
          make,
        })
      : undefined;
  const comparisonJson = memoized ?? make;
  return {
    corpus,
    eventIds: input.events.map((e) => e.id),
    compareEvent: (eventId) => compareEvent(eventOf(eventId), ctx),
    comparisonJson: (eventId) => comparisonJson(eventOf(eventId)),
    ...(memoized
      ? {
          shardFile: (stem: string, ids: readonly string[]) => memoized.shardFile(stem, ids.map(eventOf)),
          keepShardFile: (stem: string, ids: readonly string[], file: FileIdentity) =>
            memoized.keepShardFile(stem, ids.map(eventOf), file),
        }
      : {}),
    ...(steps ? { memoSteps: steps.bytes() } : {}),
  };
}
