import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../../schema/article.ts";
import { countCorpusTerms } from "./corpus-terms.ts";
import { createLexicon } from "./lexicon.ts";
import { termsOf } from "./terms.ts";

/** The counting as first written: every term into the corpus's Map and its outlet's, pruned as it goes. */
function countByMaps(articles: Article[], maxTerms: number) {
  const prune = (counts: Map<string, number>) => {
    if (counts.size <= maxTerms) return;
    for (const [term, n] of counts) if (n === 1) counts.delete(term);
  };
  const corpus = { counts: new Map<string, number>(), total: 0 };
  const outlets = new Map<string, { counts: Map<string, number>; total: number }>();
  for (const a of articles) {
    let outlet = outlets.get(a.source.id);
    if (!outlet) {
      outlet = { counts: new Map(), total: 0 };
      outlets.set(a.source.id, outlet);
    }
    for (const term of termsOf(`${a.title}\n${a.text}`)) {
      corpus.counts.set(term, (corpus.counts.get(term) ?? 0) + 1);
      outlet.counts.set(term, (outlet.counts.get(term) ?? 0) + 1);
      corpus.total += 1;
      outlet.total += 1;
    }
    prune(corpus.counts);
    prune(outlet.counts);
  }
  return { corpus, outlets };
}

const article = (source: string, title: string, text: string) =>
  ({ id: `${source}-${title}`, source: { id: source, name: source }, title, text }) as Article;

describe("countCorpusTerms", () => {
  it("counts as counting every term into the corpus and its outlet does, pruning included", () => {
    const words = ["Kim", "summit", "Trump", "missile", "talks", "the", "Moon", "Seoul", ",", "."];
    const text = fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((w) => w.join(" "));
    const articles = fc.array(
      fc
        .tuple(fc.constantFrom("kcna", "ap", "fox"), text, text)
        .map(([s, title, body]) => article(s, title, body)),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(articles, fc.integer({ min: 1, max: 60 }), (list, maxTerms) => {
        const lexicon = createLexicon();
        const got = countCorpusTerms(list, lexicon, maxTerms);
        const want = countByMaps(list, maxTerms);
        const named = (t: { counts: { forEach(f: (n: number, k: number) => void): void } }) => {
          const out: [string, number][] = [];
          t.counts.forEach((n, k) => {
            out.push([lexicon.termName(k), n]);
          });
          return out.sort();
        };
        expect(named(got.corpus)).toEqual([...want.corpus.counts].sort());
        expect(got.corpus.total).toBe(want.corpus.total);
        expect([...got.outlets.keys()]).toEqual([...want.outlets.keys()]);
        for (const [source, outlet] of want.outlets) {
          expect(named(got.outlets.get(source)!)).toEqual([...outlet.counts].sort());
          expect(got.outlets.get(source)!.total).toBe(outlet.total);
        }
      }),
      { numRuns: 500 },
    );
  });
});
