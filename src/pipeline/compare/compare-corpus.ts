import { addDays } from "../../lib/days.ts";
import type { Article } from "../../schema/article.ts";
import type { CorpusComparison, EventComparison } from "../../schema/comparison.ts";
import type { Entity } from "../../schema/entity.ts";
import type { Event } from "../../schema/event.ts";
import { type Source, sourceKinds } from "../../schema/source.ts";
import { type Sentence, splitSentences } from "../events/split-sentences.ts";
import { stem } from "../events/tokens.ts";
import { type CompareContext, compareEvent, type IndexedMention } from "./compare-event.ts";
import { corpusAggregates } from "./corpus-aggregates.ts";
import { type FoundQuote, findQuotes } from "./quotes.ts";
import { forEachTerm } from "./terms.ts";
import type { Background } from "./words.ts";

export interface Comparisons {
  events: EventComparison[];
  corpus: CorpusComparison;
}

// An outlet "did not report" an event only if it was publishing in this corpus around then: a
// corpus gathered per outlet and period should not call an outlet silent about a time it was not
// collected for. Ninety days either side of the outlet's first and last article.
const ACTIVE_MARGIN_DAYS = 90;
// Term maps are pruned of singletons past this size, which bounds memory on very large corpora at
// the cost of treating words seen once as seen once (see priorOf).
const MAX_TERMS = 2_000_000;

/**
 * The compare stage: for each event, how each outlet told it; for the corpus, per-outlet aggregates.
 * One pass over the articles for word counts and quotes, then work per event proportional to the
 * event: nothing compares all articles with all others.
 */
export function compareCorpus(input: {
  articles: Article[];
  events: Event[];
  entities: Entity[];
  sources: Source[];
}): Comparisons {
  const articles = new Map(input.articles.map((a) => [a.id, a]));
  const sentenceCache = new Map<string, Sentence[]>();
  const sentences = (id: string) => {
    let found = sentenceCache.get(id);
    if (!found) {
      found = splitSentences(articles.get(id)?.text ?? "");
      sentenceCache.set(id, found);
    }
    return found;
  };
  const mentionIndex = new Map<string, IndexedMention[]>();
  const kindOf = new Map(input.entities.map((e) => [e.id, e.kind]));
  for (const entity of input.entities)
    for (const m of entity.mentions) {
      const list = mentionIndex.get(m.articleId);
      const indexed = { ...m, entityId: entity.id };
      if (list) list.push(indexed);
      else mentionIndex.set(m.articleId, [indexed]);
    }
  for (const list of mentionIndex.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentionsIn = (id: string) => mentionIndex.get(id) ?? [];
  const quoteCache = new Map<string, FoundQuote[]>();
  const quotes = (id: string) => {
    let found = quoteCache.get(id);
    if (!found) {
      const text = articles.get(id)?.text ?? "";
      // Most articles quote nobody: their names are only looked up when there is a quote mark.
      found = /["“]/.test(text)
        ? findQuotes(
            text,
            mentionsIn(id).map((m) => ({
              start: m.start,
              end: m.end,
              entityId: m.entityId,
              kind: kindOf.get(m.entityId) ?? "",
              text: m.text,
            })),
          )
        : [];
      quoteCache.set(id, found);
    }
    return found;
  };

  const background: Background = { counts: new Map(), total: 0 };
  const outletCounts = new Map<string, { counts: Map<string, number>; total: number }>();
  const articlesBySource = new Map<string, Article[]>();
  const span = new Map<string, { first: string; last: string }>();
  for (const article of input.articles) {
    const sourceId = article.source.id;
    let outlet = outletCounts.get(sourceId);
    if (!outlet) {
      outlet = { counts: new Map(), total: 0 };
      outletCounts.set(sourceId, outlet);
      articlesBySource.set(sourceId, []);
    }
    articlesBySource.get(sourceId)!.push(article);
    const into = outlet;
    let tokens = 0;
    forEachTerm(`${article.title}\n${article.text}`, (term) => {
      background.counts.set(term, (background.counts.get(term) ?? 0) + 1);
      into.counts.set(term, (into.counts.get(term) ?? 0) + 1);
      tokens += 1;
    });
    background.total += tokens;
    outlet.total += tokens;
    pruneSingletons(background.counts);
    pruneSingletons(outlet.counts);
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

  const wordCounts = unigramCounts(background);
  // Weights are asked for word by word in every event: each is worked out once.
  const weights = new Map<string, number>();
  const weight = (word: string) => {
    let found = weights.get(word);
    if (found === undefined) {
      found = Math.log(1 + wordCounts.total / (1 + (wordCounts.counts.get(word) ?? 0)));
      weights.set(word, found);
    }
    return found;
  };
  const stems = new Map<string, string>();
  const stemOf = (lower: string) => {
    let found = stems.get(lower);
    if (found === undefined) {
      found = stem(lower);
      stems.set(lower, found);
    }
    return found;
  };
  const ctx: CompareContext = {
    stem: stemOf,
    articles,
    entities: new Map(input.entities.map((e) => [e.id, e])),
    sentences,
    quotes,
    mentionsIn,
    background,
    weight,
    compareSources: inDisplayOrder,
    activeAround,
  };
  const events = input.events.map((event) => compareEvent(event, ctx));
  const sourceIds = [...displayOrder.keys()];
  const corpus = corpusAggregates({
    events: input.events,
    entities: input.entities,
    articlesBySource,
    sourceIds,
    texts: {
      text: (id) => articles.get(id)?.text ?? "",
      sentences,
      eventOf: (id) => articles.get(id)?.primaryEventId || undefined,
    },
    quotes,
    background,
    outletCounts,
  });
  return { events, corpus };
}

function pruneSingletons(counts: Map<string, number>): void {
  if (counts.size <= MAX_TERMS) return;
  for (const [term, n] of counts) if (n === 1) counts.delete(term);
}

/**
 * Stemmed unigram counts for the similarity weights, folded from the term counts so the corpus is
 * read once (bigrams are left out: a sentence's words are compared one by one).
 */
function unigramCounts(background: Background): Background {
  const counts = new Map<string, number>();
  let total = 0;
  for (const [term, n] of background.counts) {
    if (term.includes(" ")) continue;
    const key = stem(term);
    counts.set(key, (counts.get(key) ?? 0) + n);
    total += n;
  }
  return { counts, total };
}
