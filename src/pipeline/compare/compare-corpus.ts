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
import { termsOf } from "./terms.ts";
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
      found = findQuotes(
        articles.get(id)?.text ?? "",
        mentionsIn(id).map((m) => ({ ...m, kind: kindOf.get(m.entityId) ?? "" })),
      );
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
    for (const term of termsOf(`${article.title}\n${article.text}`)) {
      background.counts.set(term, (background.counts.get(term) ?? 0) + 1);
      outlet.counts.set(term, (outlet.counts.get(term) ?? 0) + 1);
      background.total += 1;
      outlet.total += 1;
    }
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
  const activeAround = (day: string) =>
    [...span.entries()]
      .filter(
        ([, s]) => addDays(s.first, -ACTIVE_MARGIN_DAYS) <= day && day <= addDays(s.last, ACTIVE_MARGIN_DAYS),
      )
      .map(([id]) => id);

  const wordCounts = unigramCounts(background);
  const weight = (word: string) => Math.log(1 + wordCounts.total / (1 + (wordCounts.counts.get(word) ?? 0)));
  const ctx: CompareContext = {
    articles,
    entities: new Map(input.entities.map((e) => [e.id, e])),
    sentences,
    quotes,
    mentionsIn,
    background,
    weight,
    compareSources,
    activeAround,
  };
  const events = input.events.map((event) => compareEvent(event, ctx));
  const sourceIds = [...outletCounts.keys()].sort(compareSources);
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
