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
  return (
    <>
      {pieces.map((piece, i) =>
        piece.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional and rebuilt with the text
          <mark key={i}>{piece.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional and rebuilt with the text
          <Fragment key={i}>{piece.text}</Fragment>
        ),
      )}
    </>
  );
}
