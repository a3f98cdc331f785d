import type { StageMemo } from "../cache/stage-memo.ts";

/** The memo's entries (uncounted) of the last build's frequencies and the articles they were counted over. */
const TABLE_ENTRY = "frequencies";
const COUNTED_ENTRY = "frequencies-counted";
const termsEntry = (digest: string) => `terms ${digest}`;

/**
 * The corpus's document frequencies (in how many articles each term occurs), counted through the
 * findings' memo when there is one: it keeps the last build's table, the findings digests of the
 * articles it was counted over, and each article's terms under its digest. A rebuild starts from
 * the last table and takes out the terms of the articles gone and adds those of the articles new;
 * the terms of the others are never read. At 10,000 articles they are 1.5 million strings, which
 * a rebuild parsed and counted (and collected) for a change to one article.
 *
 * The table holds the same counts whichever way it was made; only its order may differ, and no
 * reader depends on that (weights are looked up; `eventMemo` sorts the terms).
 */
export interface FrequencyCount {
  /**
   * An article, by the digest its findings are kept under (any without a memo), with its terms when
   * they are at hand (its findings made anew); without them, they are the memo's (see `known`).
   */
  add(digest: string, terms: readonly string[] | undefined): void;
  /** Whether the memo holds the terms of the article with these findings (always false without one). */
  known(digest: string): boolean;
  /** The frequencies over the articles added; the memo is left holding what the next build needs. */
  finish(): Map<string, number>;
}

export function countFrequencies(memo: StageMemo | undefined): FrequencyCount {
  if (!memo) {
    // Counted as the articles come, holding none of their terms.
    const frequencies = new Map<string, number>();
    return {
      add(_, terms) {
        if (!terms) throw new Error("without a memo, every article's terms must be given");
        for (const t of terms) frequencies.set(t, (frequencies.get(t) ?? 0) + 1);
      },
      known: () => false,
      finish: () => frequencies,
    };
  }
  const digests: string[] = [];
  const given = new Map<string, readonly string[]>();
  const uncounted = { uncounted: true };
  const termsOf = (digest: string): readonly string[] | undefined => {
    const terms = given.get(digest);
    if (terms) return terms;
    const text = memo.getText(termsEntry(digest), uncounted);
    return text === undefined ? undefined : text === "" ? [] : text.split("\n");
  };
  const count = (table: Map<string, number>, terms: readonly string[], by: 1 | -1) => {
    for (const t of terms) {
      const n = (table.get(t) ?? 0) + by;
      if (n === 0) table.delete(t);
      else table.set(t, n);
    }
  };
  /** The last build's table brought to these articles, or undefined when it cannot be. */
  const fromLast = (): Map<string, number> | undefined => {
    const counted = memo.getText(COUNTED_ENTRY, uncounted);
    const table = memo.getText(TABLE_ENTRY, uncounted);
    if (counted === undefined || table === undefined) return undefined;
    const frequencies = new Map<string, number>();
    for (const line of table === "" ? [] : table.split("\n")) {
      const tab = line.lastIndexOf("\t");
      frequencies.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
    // Articles gone and new, as multisets (no two articles share a digest, but nothing here needs that).
    const balance = new Map<string, number>();
    for (const d of counted === "" ? [] : counted.split("\n")) balance.set(d, (balance.get(d) ?? 0) - 1);
    for (const d of digests) balance.set(d, (balance.get(d) ?? 0) + 1);
    for (const [digest, n] of balance) {
      if (n === 0) continue;
      const terms = termsOf(digest);
      if (!terms) return undefined;
      for (let i = 0; i < Math.abs(n); i++) count(frequencies, terms, n > 0 ? 1 : -1);
    }
    return frequencies;
  };
  return {
    add(digest, terms) {
      digests.push(digest);
      if (terms) given.set(digest, terms);
    },
    known: (digest) => memo.getBytes(termsEntry(digest), uncounted) !== undefined,
    finish() {
      let frequencies = fromLast();
      if (!frequencies) {
        frequencies = new Map();
        for (const digest of digests) {
          const terms = termsOf(digest);
          if (!terms) throw new Error(`the terms of the article with findings ${digest} are not known`);
          count(frequencies, terms, 1);
        }
      }
      // The terms of the articles whose findings were kept were taken by `known`, and stay.
      for (const [digest, terms] of given) memo.setText(termsEntry(digest), terms.join("\n"), uncounted);
      memo.setText(COUNTED_ENTRY, digests.join("\n"), uncounted);
      const lines = [...frequencies].map(([t, n]) => `${t}\t${n}`).sort();
      memo.setText(TABLE_ENTRY, lines.join("\n"), uncounted);
      return frequencies;
    },
  };
}
