/**
 * Term lookups in the sorted vocabulary of the search meta (`terms`, sorted by UTF-16 code units):
 * exact, prefix and typo-forgiving (Levenshtein) matches, as term ordinals.
 *
 * The sorted array is searched as it is, as an implicit trie: the terms that share a prefix are a
 * contiguous range, and a range's children are its runs of equal next characters, found by binary
 * search. Nothing is built when the meta arrives (a radix tree of the 22,741 KCNA terms took 30-75 ms
 * to build, on the way to the first result).
 */

/** The first index whose term is not below `term`. */
function lowerBound(terms: readonly string[], term: string, from = 0, to = terms.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The ordinal of `term`, or undefined when the vocabulary lacks it. */
export function termOrdinal(terms: readonly string[], term: string): number | undefined {
  const i = lowerBound(terms, term);
  return terms[i] === term ? i : undefined;
}

/** The ordinals of the terms that start with `prefix` (the term itself included), as `[from, to)`. */
export function prefixRange(terms: readonly string[], prefix: string): [number, number] {
  const from = lowerBound(terms, prefix);
  // Past `from`, the terms that start with the prefix come first, then none does.
  let lo = from;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]!.startsWith(prefix)) lo = mid + 1;
    else hi = mid;
  }
  return [from, lo];
}

/**
 * The ordinals, ascending, of the terms within `maxEdits` insertions, deletions or substitutions of
 * `query` (Levenshtein distance over UTF-16 code units, as MiniSearch's `fuzzyGet` counts).
 */
export function fuzzyOrdinals(terms: readonly string[], query: string, maxEdits: number): number[] {
  const n = query.length;
  const found: number[] = [];
  // rows[d]: the edit distances between the first d characters of the current prefix and each prefix
  // of the query. A term longer than the query by more than maxEdits can never be close enough.
  const rows: Int32Array[] = [Int32Array.from({ length: n + 1 }, (_, j) => j)];
  const maxDepth = n + maxEdits;

  const visit = (from: number, to: number, depth: number) => {
    let i = from;
    // Within a range sharing `depth` characters, the term of exactly that length sorts first.
    if (terms[i]!.length === depth) {
      if (rows[depth]![n]! <= maxEdits) found.push(i);
      i++;
    }
    if (depth >= maxDepth) return;
    const previous = rows[depth]!;
    rows[depth + 1] ??= new Int32Array(n + 1);
    const row = rows[depth + 1]!;
    while (i < to) {
      const c = terms[i]!.charCodeAt(depth);
      let lo = i + 1;
      let hi = to;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (terms[mid]!.charCodeAt(depth) === c) lo = mid + 1;
        else hi = mid;
      }
      row[0] = depth + 1;
      let best = row[0];
      for (let j = 1; j <= n; j++) {
        const cost = query.charCodeAt(j - 1) === c ? 0 : 1;
        const d = Math.min(previous[j - 1]! + cost, previous[j]! + 1, row[j - 1]! + 1);
        row[j] = d;
        if (d < best) best = d;
      }
      // Distances never shrink as a prefix grows: below a row past the limit, nothing can match.
      if (best <= maxEdits) visit(i, lo, depth + 1);
      i = lo;
    }
  };
  if (terms.length > 0) visit(0, terms.length, 0);
  return found;
}
