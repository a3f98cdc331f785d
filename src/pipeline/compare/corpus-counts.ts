import type { Article } from "../../schema/article.ts";
import { stem } from "../events/tokens.ts";
import { type CorpusTermCounts, countCorpusTerms, type TermCounts } from "./corpus-terms.ts";
import { countSteps } from "./count-changes.ts";
import { createLexicon, type Lexicon, type LexiconSnapshot } from "./lexicon.ts";
import { BIGRAM, TermTable, type TermTableParts } from "./term-table.ts";

// Term maps are pruned of singletons past this size, which bounds memory on very large corpora at
// the cost of treating words seen once as seen once (see priorOf).
const MAX_TERMS = 2_000_000;

/** What the compare stage counts over the whole corpus before it compares any event. */
export interface CorpusCounts {
  /** The lexicon the counts are numbered by; the compare stage goes on with it. */
  lexicon: Lexicon;
  terms: CorpusTermCounts;
  /** Stemmed unigram counts, for the similarity weights (see `unigramCounts`). */
  words: { counts: Map<string, number>; total: number };
}

/** The articles the counts read, with the fields they read. */
export type CountedArticle = Pick<Article, "id" | "title" | "text" | "source">;

/** The corpus's term counts, each outlet's, and its stems', read from every article's title and text. */
export function countCorpus(articles: readonly CountedArticle[]): CorpusCounts {
  const lexicon = createLexicon();
  const terms = countCorpusTerms(articles, lexicon, MAX_TERMS);
  return { lexicon, terms, words: unigramCounts(terms.corpus, lexicon.terms) };
}

/**
 * Stemmed unigram counts for the similarity weights, folded from the term counts so the corpus is
 * read once (bigrams are left out: a sentence's words are compared one by one).
 */
function unigramCounts(corpus: TermCounts, terms: string[]): { counts: Map<string, number>; total: number } {
  const counts = new Map<string, number>();
  let total = 0;
  corpus.counts.forEach((n, key) => {
    if (key >= BIGRAM) return;
    const word = stem(terms[key]!);
    counts.set(word, (counts.get(word) ?? 0) + n);
    total += n;
  });
  return { counts, total };
}

/**
 * The counts in plain data, to be made on another thread while this one finds the events (they read
 * only the articles), with the ids of the articles that read a count whose step moved since the
 * last build's `previousSteps` (`CountSteps.touches`): reading every text for that was a twentieth
 * of a 10,000-article rebuild. No `touched` without previous steps or with pruned counts, whose
 * steps are not kept.
 */
export interface SentCounts {
  lexicon: LexiconSnapshot;
  corpus: SentTable;
  outlets: [string, SentTable][];
  exact: boolean;
  words: { counts: Map<string, number>; total: number };
  touched?: string[];
}

interface SentTable {
  table: TermTableParts;
  total: number;
}

/** `countCorpus` made into `SentCounts` (see there). */
export function countsToSend(articles: readonly CountedArticle[], previousSteps?: Uint8Array): SentCounts {
  const { lexicon, terms, words } = countCorpus(articles);
  // Taken before the texts are read again below: reading them adds the numbers they hold to the
  // lexicon, which the thread that receives it has not read.
  const snapshot = lexicon.snapshot();
  let touched: string[] | undefined;
  if (previousSteps && terms.exact) {
    const steps = countSteps(terms.corpus.counts, words.counts, lexicon, previousSteps);
    touched = articles.filter((a) => steps.touches(a.text)).map((a) => a.id);
  }
  const sent = (t: TermCounts): SentTable => ({ table: t.counts.parts(), total: t.total });
  return {
    lexicon: snapshot,
    corpus: sent(terms.corpus),
    outlets: [...terms.outlets].map(([id, t]) => [id, sent(t)]),
    exact: terms.exact,
    words,
    ...(touched ? { touched } : {}),
  };
}

/** The counts `countsToSend` made, as `countCorpus` would have made them here. */
export function receivedCounts(sent: SentCounts): { counts: CorpusCounts; touched?: ReadonlySet<string> } {
  const received = (t: SentTable): TermCounts => ({ counts: TermTable.from(t.table), total: t.total });
  return {
    counts: {
      lexicon: createLexicon(sent.lexicon),
      terms: {
        corpus: received(sent.corpus),
        outlets: new Map(sent.outlets.map(([id, t]) => [id, received(t)])),
        exact: sent.exact,
      },
      words: sent.words,
    },
    ...(sent.touched ? { touched: new Set(sent.touched) } : {}),
  };
}
