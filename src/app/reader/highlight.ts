/** A run of an article's text, marked when it lies in one of the highlighted ranges. */
export type Segment = { text: string; start: number; marked: boolean };

/**
 * Cuts a text into plain and marked runs. Ranges are UTF-16 offsets, as everywhere in the data; they
 * are clamped to the text and merged where they overlap, so bad offsets never throw or repeat text.
 */
export function segmentText(text: string, ranges: { start: number; end: number }[]): Segment[] {
  const clean = ranges
    .map((r) => ({
      start: Math.max(0, Math.min(r.start, text.length)),
      end: Math.max(0, Math.min(r.end, text.length)),
    }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const range of clean) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const range of merged) {
    if (range.start > at) segments.push({ text: text.slice(at, range.start), start: at, marked: false });
    segments.push({ text: text.slice(range.start, range.end), start: range.start, marked: true });
    at = range.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), start: at, marked: false });
  return segments;
}

/**
 * A quote with some of the text around it, cut at word boundaries, for showing a mention in context
 * without the whole article.
 */
export function quoteInContext(
  text: string,
  start: number,
  end: number,
  around = 160,
): { before: string; quote: string; after: string } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let from = Math.max(0, s - around);
  let to = Math.min(text.length, e + around);
  if (from > 0) from = text.indexOf(" ", from) + 1 || s;
  if (to < text.length) to = Math.max(e, text.lastIndexOf(" ", to));
  const paragraphStart = text.lastIndexOf("\n", s - 1) + 1;
  const paragraphEnd = text.indexOf("\n", e);
  // A quote's context stays within its paragraph: the next one is often about something else.
  from = Math.max(from, paragraphStart);
  if (paragraphEnd !== -1) to = Math.min(to, paragraphEnd);
  const before = text.slice(from, s);
  const after = text.slice(e, to);
  const cutAfter = paragraphEnd === -1 ? to < text.length : to < paragraphEnd;
  return {
    before: (from > paragraphStart ? "…" : "") + before,
    quote: text.slice(s, e),
    after: cutAfter ? `${after}…` : after,
  };
}
