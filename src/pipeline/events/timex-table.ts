import type { Timex } from "../../schema/article.ts";

/**
 * The time expressions of every article, held packed while the events stage runs: a count per
 * article, then three 32-bit numbers each (start, end, the value's number in a table of distinct
 * values). As objects, the 1.3 million of a 100,000-article corpus took some 80 MB through the
 * stage's peak, where nothing reads them: they are only written out with their articles. A time
 * expression's text is its article's text between its offsets, so it is read back from there; one
 * that is not (`findTimexes` makes none) is kept as it was, so that reading gives back what was added.
 */
export interface TimexTable {
  /** Adds an article's expressions, found in `text`; an article added twice keeps the later ones. */
  add(articleId: string, text: string, timexes: readonly Timex[]): void;
  /** The article's expressions as added (`text` is the same article text), or none. */
  of(articleId: string, text: string): Timex[];
}

export function createTimexTable(): TimexTable {
  let data = new Int32Array(3 * 1024);
  let used = 0;
  const values: string[] = [];
  const valueIds = new Map<string, number>();
  // Article id -> where its expressions are in `data`: their count, then three numbers each.
  const spans = new Map<string, number>();
  // Place in `data` -> the expression's own text, where it is not the article's text at its offsets.
  const texts = new Map<number, string>();

  const valueId = (value: string): number => {
    let id = valueIds.get(value);
    if (id === undefined) {
      id = values.length;
      values.push(value);
      valueIds.set(value, id);
    }
    return id;
  };

  return {
    add(articleId, text, timexes) {
      const needed = used + 1 + 3 * timexes.length;
      if (needed > data.length) {
        const grown = new Int32Array(Math.max(data.length * 2, needed));
        grown.set(data.subarray(0, used));
        data = grown;
      }
      spans.set(articleId, used);
      data[used++] = timexes.length;
      for (const t of timexes) {
        data[used] = t.start;
        data[used + 1] = t.end;
        data[used + 2] = valueId(t.value);
        if (text.slice(t.start, t.end) !== t.text) texts.set(used, t.text);
        used += 3;
      }
    },
    of(articleId, text) {
      const at = spans.get(articleId);
      if (at === undefined) return [];
      const out: Timex[] = [];
      for (let i = at + 1; i < at + 1 + 3 * data[at]!; i += 3) {
        const start = data[i]!;
        const end = data[i + 1]!;
        out.push({ start, end, text: texts.get(i) ?? text.slice(start, end), value: values[data[i + 2]!]! });
      }
      return out;
    },
  };
}
