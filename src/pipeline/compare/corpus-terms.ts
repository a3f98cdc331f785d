import type { Article } from "../../schema/article.ts";
import type { Lexicon } from "./lexicon.ts";
import { forEachArticleTermKey } from "./sentence-words.ts";
import { TermTable } from "./term-table.ts";

/** What counting reads of an article. */
type Counted = Pick<Article, "title" | "text" | "source">;

export interface TermCounts {
  counts: TermTable;
  total: number;
}

export interface CorpusTermCounts {
  corpus: TermCounts;
  outlets: Map<string, TermCounts>;
  /** False when a table forgot its singletons on the way: its counts are then not the corpus's. */
  exact: boolean;
}

/**
 * The term counts of the corpus and of each outlet (in order of their first article), from every
 * article's title and text. A table past `maxTerms` distinct terms forgets its singletons after the
 * article that took it there, which bounds memory on very large corpora.
 *
 * Each term is counted once, into its outlet's table, and the corpus's table is their sum: the
 * same counts as counting every term into both, as long as no table is pruned on the way. The
 * corpus's table can only pass `maxTerms` once the outlets' together do; if they do, or an
 * outlet's table is pruned, the corpus is counted again term by term into both, as the rule reads.
 */
export function countCorpusTerms(
  articles: readonly Counted[],
  lexicon: Lexicon,
  maxTerms: number,
): CorpusTermCounts {
  const outlets = new Map<string, TermCounts>();
  let sizes = 0;
  for (const article of articles) {
    const outlet = outletOf(outlets, article.source.id);
    const before = outlet.counts.size;
    outlet.total += count(article, lexicon, outlet.counts);
    sizes += outlet.counts.size - before;
    if (sizes > maxTerms) return countBoth(articles, lexicon, maxTerms);
  }
  const corpus: TermCounts = { counts: new TermTable(sizes), total: 0 };
  for (const outlet of outlets.values()) {
    outlet.counts.forEach((n, key) => {
      corpus.counts.add(key, n);
    });
    corpus.total += outlet.total;
  }
  return { corpus, outlets, exact: true };
}

function countBoth(articles: readonly Counted[], lexicon: Lexicon, maxTerms: number): CorpusTermCounts {
  const corpus: TermCounts = { counts: new TermTable(1 << 16), total: 0 };
  const outlets = new Map<string, TermCounts>();
  let exact = true;
  for (const article of articles) {
    const outlet = outletOf(outlets, article.source.id);
    const tokens = count(article, lexicon, outlet.counts, corpus.counts);
    outlet.total += tokens;
    corpus.total += tokens;
    for (const table of [corpus.counts, outlet.counts])
      if (table.size > maxTerms) {
        table.pruneSingletons();
        exact = false;
      }
  }
  return { corpus, outlets, exact };
}

function outletOf(outlets: Map<string, TermCounts>, sourceId: string): TermCounts {
  let outlet = outlets.get(sourceId);
  if (!outlet) {
    outlet = { counts: new TermTable(1 << 10), total: 0 };
    outlets.set(sourceId, outlet);
  }
  return outlet;
}

/** Counts an article's terms into one table, or two; returns how many term tokens it has. */
function count(article: Counted, lexicon: Lexicon, into: TermTable, also?: TermTable): number {
  let tokens = 0;
  forEachArticleTermKey(article.title, article.text, lexicon, (key) => {
    into.add(key);
    also?.add(key);
    tokens += 1;
  });
  return tokens;
}
