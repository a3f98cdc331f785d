import type { Article } from "../../schema/article.ts";
import type {
  AccountSentence,
  AttributedQuote,
  EventComparison,
  NamingRow,
  SourceAccount,
} from "../../schema/comparison.ts";
import type { EntityMention } from "../../schema/entity.ts";
import type { Event } from "../../schema/event.ts";
import type { LinkedEntity } from "../events/mention-list.ts";
import { alignDetails } from "./details.ts";
import type { Lexicon } from "./lexicon.ts";
import { type ArticleMentions, lastTextOf } from "./mention-index.ts";
import { namingForms, type SentenceSpans } from "./naming.ts";
import { attributeQuote, type FoundQuote } from "./quotes.ts";
import { sentenceWords } from "./sentence-words.ts";
import { keepShownSentences } from "./shown-sentences.ts";
import { TermTable } from "./term-table.ts";
import { type Background, candidateCounts } from "./words.ts";

/** What comparing one event needs from the rest of the corpus, computed once per build. */
export interface CompareContext {
  articles: Map<string, Article>;
  entities: Map<string, LinkedEntity>;
  sentences(articleId: string): SentenceSpans;
  quotes(articleId: string): FoundQuote[];
  mentionsIn(articleId: string): ArticleMentions;
  /** Each entity's place in the corpus's entities: numbers are quicker to look up than ids. */
  entityNumbers: Map<string, number>;
  /** The corpus's term counts, terms by their numbers (term-table.ts). */
  background: Background<number>;
  /** The build's words, each read once (the same words recur in every event). */
  lexicon: Lexicon;
  /** Weight of a stem (by its id in the lexicon) for sentence similarity: rarer in the corpus, heavier. */
  weight(stem: number): number;
  /** Outlets in display order. */
  compareSources(a: string, b: string): number;
  /** Outlets publishing in the corpus around a day (see compare-corpus.ts). */
  activeAround(day: string): string[];
}

// An account shows what a reader needs to compare, not every article: the outlet's articles about
// the event first, then its other articles that mention it; long accounts are cut to keep the
// comparison file and the alignment proportional to the event.
const MAX_ARTICLES = 3;
const MAX_SENTENCES = 40;
const MAX_NAMING_ROWS = 12;
const WORDS_PER_SOURCE = 12;

/** How each outlet told one event: accounts, naming, word counts, aligned details, who stayed silent. */
export function compareEvent(event: Event, ctx: CompareContext): EventComparison {
  const bySource = new Map<string, Article[]>();
  for (const id of event.articleIds) {
    const article = ctx.articles.get(id);
    if (!article) continue;
    const list = bySource.get(article.source.id);
    if (list) list.push(article);
    else bySource.set(article.source.id, [article]);
  }
  const sourceIds = [...bySource.keys()].sort(ctx.compareSources);
  const ranges = new Map<string, Event["mentions"]>();
  for (const m of event.mentions) {
    const list = ranges.get(m.articleId);
    if (list) list.push(m);
    else ranges.set(m.articleId, [m]);
  }
  const accounts: SourceAccount[] = sourceIds.map((sourceId) =>
    buildAccount(event, sourceId, bySource.get(sourceId)!, (id) => ranges.get(id) ?? [], ctx),
  );

  const counts = new Map<string, { counts: TermTable; total: number }>();
  // Every outlet's counts together: an outlet's rest is the event's count less its own.
  const eventCounts = new TermTable(256);
  let eventTotal = 0;
  const wordSets = new Map<string, number[][]>();
  for (const account of accounts) {
    const table = new TermTable(128);
    let total = 0;
    const sets: number[][] = [];
    for (const sentence of account.sentences) {
      const read = sentenceWords(sentence.text, table, ctx.lexicon);
      sets.push(read.words);
      total += read.terms;
    }
    wordSets.set(account.sourceId, sets);
    counts.set(account.sourceId, { counts: table, total });
    table.forEach((n, key) => {
      eventCounts.add(key, n);
    });
    eventTotal += total;
  }
  const words = candidateCounts(
    counts,
    ctx.background,
    WORDS_PER_SOURCE,
    (source, term) => eventCounts.get(term)! - (counts.get(source)!.counts.get(term) ?? 0),
    (source) => eventTotal - counts.get(source)!.total,
    ctx.lexicon.termName,
  );

  // wordSets holds the accounts in their order, so an outlet's place there is its account's.
  const alignment = alignDetails(wordSets, ctx.weight);
  for (const [n, account] of accounts.entries()) {
    const list = alignment.counterparts[n]!;
    for (const [i, sentence] of account.sentences.entries())
      if (list[i]!.length > 0) sentence.counterparts = list[i]!;
  }

  const covered = new Set(sourceIds);
  const naming = namingTable(event, accounts, ctx);
  const shown = keepShownSentences(accounts, alignment.shared);
  return {
    eventId: event.id,
    accounts: shown.accounts,
    notReportedBy: ctx
      .activeAround(event.start)
      .filter((s) => !covered.has(s))
      .sort(ctx.compareSources),
    naming,
    words,
    shared: shown.shared,
  };
}

function buildAccount(
  event: Event,
  sourceId: string,
  articles: Article[],
  mentionsOf: (articleId: string) => Event["mentions"],
  ctx: CompareContext,
): SourceAccount {
  // The first few in this order, picked without sorting all of an outlet's articles about a big event.
  const before = (a: Article, b: Article) =>
    Number(b.primaryEventId === event.id) - Number(a.primaryEventId === event.id) ||
    (a.published < b.published ? -1 : a.published > b.published ? 1 : a.id < b.id ? -1 : 1);
  const chosen: Article[] = [];
  for (const article of articles) {
    if (chosen.length === MAX_ARTICLES && before(article, chosen[MAX_ARTICLES - 1]!) >= 0) continue;
    let at = Math.min(chosen.length, MAX_ARTICLES - 1);
    while (at > 0 && before(article, chosen[at - 1]!) < 0) at--;
    if (chosen.length === MAX_ARTICLES) chosen.pop();
    chosen.splice(at, 0, article);
  }
  const sentences: AccountSentence[] = [];
  const quotes: AttributedQuote[] = [];
  for (const [n, article] of chosen.entries()) {
    const ranges = mentionsOf(article.id);
    const isMention = (start: number, end: number) => ranges.some((m) => m.start < end && m.end > start);
    const spans = ctx.sentences(article.id);
    // The article about this event gives its whole account; another one only its mentions of it.
    const whole = article.primaryEventId === event.id;
    const room = Math.max(0, MAX_SENTENCES - sentences.length);
    // The picked sentences' spans, for the quotes below.
    const picked: number[] = [];
    for (let k = 0; 2 * k < spans.length && picked.length < 2 * room; k++) {
      const start = spans[2 * k]!;
      const end = spans[2 * k + 1]!;
      const mention = isMention(start, end);
      if (!whole && !mention) continue;
      picked.push(start, end);
      const sentence: AccountSentence = { article: n, start, text: article.text.slice(start, end) };
      if (mention) sentence.mention = true;
      sentences.push(sentence);
    }
    for (const q of ctx.quotes(article.id)) {
      let inPicked = false;
      for (let p = 0; p < picked.length && !inPicked; p += 2)
        inPicked = q.start >= picked[p]! - 1 && q.start < picked[p + 1]!;
      if (inPicked) quotes.push(attributeQuote(article.id, q));
    }
  }
  return {
    sourceId,
    articles: chosen.map((a) => ({ articleId: a.id, title: a.title, published: a.published })),
    sentences,
    quotes,
  };
}

/** For each person and organisation of the event, how each outlet's articles about it name them. */
function namingTable(event: Event, accounts: SourceAccount[], ctx: CompareContext): NamingRow[] {
  const rows: { row: NamingRow; total: number }[] = [];
  const texts = { text: lastTextOf(ctx.articles), sentences: (id: string) => ctx.sentences(id) };
  // Each account's mentions of the event's entities, in reading order (article by article).
  const wanted = new Set((event.entityIds ?? []).map((id) => ctx.entityNumbers.get(id)));
  const byEntity = accounts.map((account) => {
    const found = new Map<number, EntityMention[]>();
    for (const a of account.articles) {
      const { mentions, entities } = ctx.mentionsIn(a.articleId);
      for (const [i, m] of mentions.entries()) {
        const entity = entities[i]!;
        if (!wanted.has(entity)) continue;
        const list = found.get(entity);
        if (list) list.push(m);
        else found.set(entity, [m]);
      }
    }
    return found;
  });
  for (const entityId of event.entityIds ?? []) {
    const entity = ctx.entities.get(entityId);
    if (!entity || (entity.kind !== "person" && entity.kind !== "organization")) continue;
    const row: NamingRow = { entityId, name: entity.name, kind: entity.kind, cells: {} };
    let total = 0;
    for (const [n, account] of accounts.entries()) {
      const mentions = byEntity[n]!.get(ctx.entityNumbers.get(entityId)!) ?? [];
      if (mentions.length === 0) continue;
      row.cells[account.sourceId] = namingForms(mentions, texts);
      total += mentions.length;
    }
    if (total > 0) rows.push({ row, total });
  }
  return rows
    .sort((a, b) => b.total - a.total || (a.row.name < b.row.name ? -1 : 1))
    .slice(0, MAX_NAMING_ROWS)
    .map((r) => r.row);
}
