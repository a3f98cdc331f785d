import { Fragment, useMemo } from "react";
import { matchRanges, type TextRange, termMatcher } from "../../lib/normalize-text.ts";

/**
 * The pieces of `text` between and at the ranges: `{ text, marked }` in order, covering all of it.
 * Split out of the component so that it can be tested without a DOM.
 */
export function highlightPieces(text: string, ranges: TextRange[]): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) pieces.push({ text: text.slice(at, r.start), marked: false });
    pieces.push({ text: text.slice(r.start, r.end), marked: true });
    at = r.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

/**
 * `text` with every word whose folded form is one of `terms` (a search's `highlightTerms`) wrapped in
 * `<mark>`. Matching goes through the shared normaliser, so "Chosŏn" in the text is marked for
 * "choson". Only React text nodes: the text is never parsed as HTML.
 */
export function Highlight({ text, terms }: { text: string; terms: readonly string[] }) {
  const pieces = useMemo(
    () => (terms.length === 0 ? [] : highlightPieces(text, matchRanges(text, termMatcher(terms)))),
    [text, terms],
  );
  if (terms.length === 0) return <>{text}</>;
  // Keyed by where each piece starts in the text: stable and unique for a given text.
  let at = 0;
  return (
    <>
      {pieces.map((piece) => {
        const key = at;
        at += piece.text.length;
        return piece.marked ? (
          <mark
            key={key}
            data-testid="search-highlight"
            className="rounded-sm bg-yellow-300 text-slate-950 dark:bg-yellow-300 dark:text-slate-950"
          >
            {piece.text}
          </mark>
        ) : (
          <Fragment key={key}>{piece.text}</Fragment>
        );
      })}
    </>
  );
}
