import type { NamingForm } from "../../schema/comparison.ts";
import type { EntityMention } from "../../schema/entity.ts";
import type { Sentence } from "../events/split-sentences.ts";

/**
 * An article's sentences as [start, end) offset pairs one after another: a corpus has millions of
 * sentences, which the compare stage holds for every article while it works.
 */
export type SentenceSpans = Int32Array;

export function sentenceSpans(sentences: Sentence[]): SentenceSpans {
  const spans = new Int32Array(sentences.length * 2);
  for (const [k, s] of sentences.entries()) {
    spans[2 * k] = s.start;
    spans[2 * k + 1] = s.end;
  }
  return spans;
}

/** The texts a naming table reads from: each article's text and sentences. */
export interface ArticleTexts {
  text(articleId: string): string;
  sentences(articleId: string): SentenceSpans;
  /** The event an article is mainly about, when links should open it. */
  eventOf?(articleId: string): string | undefined;
}

/**
 * How one outlet names one entity: the events stage's surface forms (full names, titled names,
 * appositions, surnames and descriptions such as "the despot" or "the respected Supreme Leader"),
 * folded so that the same words count once, most used first, each with the first sentence it
 * came from so that a cell can link to its evidence. `mentions` are in reading order.
 */
export function namingForms(mentions: EntityMention[], texts: ArticleTexts, limit = 8): NamingForm[] {
  const byKey = new Map<string, NamingForm>();
  for (const m of mentions) {
    const text = texts.text(m.articleId);
    const { value, start } = normalizeForm(text, m.start, m.end, m.form);
    if (!value) continue;
    const found = byKey.get(value);
    if (found) {
      found.count += 1;
      continue;
    }
    const spans = texts.sentences(m.articleId);
    const k = sentenceAt(spans, start);
    const eventId = texts.eventOf?.(m.articleId);
    // In the schema's order of fields, which is the order its parse gives (see `outputFiles`).
    const form: NamingForm = {
      text: value,
      ...(m.form ? { form: m.form } : {}),
      count: 1,
      articleId: m.articleId,
      sentence: k < 0 ? text.slice(start, m.end) : text.slice(spans[2 * k], spans[2 * k + 1]),
      ...(eventId ? { eventId } : {}),
    };
    byKey.set(value, form);
  }
  // Stable: Array.prototype.sort keeps first-seen order among equal counts.
  return [...byKey.values()].sort((a, b) => b.count - a.count).slice(0, limit);
}

// Whitespace that collapsing would change: two in a row, or one that is not a plain space.
const UNCLEAN_SPACE = /\s\s|[^\S ]/;
const TRAILING = /[\s,;:.]$/;

/**
 * One way of writing a form: whitespace collapsed, trailing punctuation dropped, a sentence-initial
 * "The" lower-cased ("The despot" and "the despot" are one form), and a "the" just before a
 * description or a title joined to it ("The respected Supreme Leader Kim Jong Un" where the events
 * stage began the span at "respected").
 */
export function normalizeForm(
  text: string,
  start: number,
  end: number,
  form: EntityMention["form"],
): { value: string; start: number } {
  let from = start;
  if (
    (form === "description" || form === "title") &&
    /(?:^|[\s“"(])[Tt]he $/.test(text.slice(Math.max(0, start - 5), start))
  )
    from = start - 4;
  let value = text.slice(from, end);
  // Most forms are already clean ("Kim Jong Un"): each rewrite only where it would change something.
  if (UNCLEAN_SPACE.test(value)) value = value.replace(/\s+/g, " ");
  if (TRAILING.test(value)) value = value.replace(/[\s,;:.]+$/, "");
  value = value.trim();
  if (/^The \p{Ll}|^The \p{Lu}/u.test(value) && (form === "description" || form === "title"))
    value = `t${value.slice(1)}`;
  return { value, start: from };
}

/** Which sentence holds offset `at` (its place in `spans`), by binary search; -1 if none does. */
export function sentenceAt(spans: SentenceSpans, at: number): number {
  let lo = 0;
  let hi = spans.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < spans[2 * mid]!) hi = mid - 1;
    else if (at >= spans[2 * mid + 1]!) lo = mid + 1;
    else return mid;
  }
  return -1;
}
