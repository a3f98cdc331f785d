import type { AttributedQuote } from "../../schema/comparison.ts";

/** A named thing in the text that a speaker can be resolved to (from the events stage's entities). */
export interface NamedSpan {
  start: number;
  end: number;
  entityId: string;
  kind: string;
  /** The words there ("Pompeo"), which name a speaker the text calls "he". */
  text?: string;
}

export interface FoundQuote {
  /** The quoted words, quote marks excluded; a quote over several paragraphs keeps their breaks. */
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  speakerEntityId?: string;
  via?: string;
}

/** A found quote as the comparison files carry it: tied to its article, optional fields only when known. */
export function attributeQuote(articleId: string, q: FoundQuote): AttributedQuote {
  const quote: AttributedQuote = { articleId, start: q.start, text: q.text, speaker: q.speaker };
  if (q.speakerEntityId) quote.speakerEntityId = q.speakerEntityId;
  if (q.via) quote.via = q.via;
  return quote;
}

const CLOSER: Record<string, string> = { "“": "”", '"': '"' };
// Fewer words than this is a scare quote or a quoted phrase ("regrettable", "very nice note"),
// which news text uses for characterising, not for letting someone speak.
const MIN_WORDS = 4;

const VERBS =
  "said|says|say|told|tells|added|adds|wrote|writes|read|reads|stated|states|declared|declares|noted|notes|insisted|asked|explained|continued|tweeted|argued|warned|claimed|responded|replied|recalled|stressed|urged|announced|commented|remarked|concluded|quipped|vowed";
const PRONOUN = "he|she|they|He|She|They|it|It";
// A name phrase: capitalised words, possessives and the small words inside names
// ("Pyongyang's Foreign Ministry", "Secretary of State Mike Pompeo", "The Associated Press").
const NAME = String.raw`(?:The\s+)?\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+(?:of|the|for|de|al|\p{Lu}[\p{L}\p{N}.'’-]*))*`;
// "the letter", "a White House spokeswoman", "the North Korean Foreign Ministry": a determiner and
// up to five words, as few as the verb after it allows.
const DESCRIBED = String.raw`(?:the|a|an|The|A|An)\s+(?!(?:and|or|but)\s)(?:[\p{L}.'’-]+\s+){0,4}?[\p{L}.'’-]+`;
const SPEAKER = `(${PRONOUN}|${DESCRIBED}|${NAME})`;
const ADVERB = String.raw`(?:(?:also|later|then|simply|once|again|previously|earlier)\s+)?`;

const AFTER_SUBJECT_VERB = new RegExp(String.raw`^\s*,?\s*${SPEAKER}\s+${ADVERB}(?:${VERBS})\b`, "u");
// After the verb or "according to" nothing marks where the speaker ends, so a name is taken whole.
const GREEDY_DESCRIBED = String.raw`(?:the|a|an)\s+(?:[\p{L}.'’-]+\s+){0,3}[\p{L}.'’-]+`;
const AFTER_VERB_SUBJECT = new RegExp(String.raw`^\s*,?\s*(?:${VERBS})\s+(${NAME}|${GREEDY_DESCRIBED})`, "u");
const ACCORDING_TO = new RegExp(`according to (${NAME}|${GREEDY_DESCRIBED})`, "u");
const BEFORE = new RegExp(
  String.raw`${SPEAKER}\s+${ADVERB}(?:${VERBS})(?:\s+(?:that|in a statement|in a letter))?\s*[,:]?\s*$`,
  "u",
);

/**
 * Direct quotes and their attribution, in text order. Handles curly and straight quote marks, the
 * news convention for a quote running over paragraphs (each paragraph opens with a mark, only the
 * last one closes), attribution after (`"...," Pompeo said`, `"..." said Pompeo`, `the letter
 * read`), before (`Kim said: "..."`) and through a source (`..., according to The Associated
 * Press`), and a speaker carried over to the next quote of the same paragraph
 * (`"...," Pompeo said. "If I ..."`). Pronouns resolve to the nearest person named before.
 */
export function findQuotes(text: string, named: NamedSpan[] = []): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  let previous: (FoundQuote & { paragraphStart: number; closedAt: number }) | undefined;
  let i = 0;
  const opening = /["“]/g;
  while (i < text.length) {
    // Straight to the next opening mark: most of a text is not quoted.
    opening.lastIndex = i;
    const found = opening.exec(text);
    if (!found) break;
    i = found.index;
    const closer = CLOSER[found[0]]!;
    const span = closeQuote(text, i, closer);
    if (!span) {
      i++;
      continue;
    }
    const { start, end, closedAt } = span;
    i = closedAt + 1;
    const words = text.slice(start, end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (words < MIN_WORDS) continue;
    const paragraphStart = text.lastIndexOf("\n", start) + 1;
    const sentenceEnd = endOfSentence(text, closedAt + 1);
    const tail = text.slice(closedAt + 1, sentenceEnd);
    const head = text.slice(Math.max(paragraphStart, start - 200), start - 1);
    const quote: FoundQuote = { start, end, text: text.slice(start, end), speaker: null };
    const after = AFTER_SUBJECT_VERB.exec(tail);
    const inverted = after ? null : AFTER_VERB_SUBJECT.exec(tail);
    const before = after || inverted ? null : BEFORE.exec(head);
    const according = ACCORDING_TO.exec(tail);
    let speakerAt: number | undefined;
    if (after) {
      quote.speaker = after[1]!;
      speakerAt = closedAt + 1 + after.index + after[0].indexOf(after[1]!);
    } else if (inverted) {
      quote.speaker = inverted[1]!;
      speakerAt = closedAt + 1 + inverted[0].lastIndexOf(inverted[1]!);
    } else if (before) {
      quote.speaker = before[1]!;
      speakerAt = start - 1 - head.length + before.index;
    }
    if (according) {
      const source = according[1]!;
      if (quote.speaker === null) {
        quote.speaker = source;
        speakerAt = closedAt + 1 + according.index + "according to ".length;
      } else quote.via = source;
    }
    if (quote.speaker && speakerAt !== undefined) {
      resolveSpeaker(quote, speakerAt, named);
    } else if (
      previous?.speaker &&
      previous.paragraphStart === paragraphStart &&
      start - previous.closedAt < 120
    ) {
      // The second half of `"...," Pompeo said. "If I paid attention ..."` is Pompeo's too.
      quote.speaker = previous.speaker;
      if (previous.speakerEntityId) quote.speakerEntityId = previous.speakerEntityId;
      if (previous.via) quote.via = previous.via;
    }
    quotes.push(quote);
    previous = { ...quote, paragraphStart, closedAt };
  }
  return quotes;
}

/** The quoted span after an opening mark at `at`, or undefined if it never closes. */
function closeQuote(
  text: string,
  at: number,
  closer: string,
): { start: number; end: number; closedAt: number } | undefined {
  const start = at + 1;
  let j = start;
  while (j < text.length) {
    const c = text[j]!;
    if (c === closer) return { start, end: j, closedAt: j };
    if (c === "\n") {
      // A paragraph ending inside a quote continues it only if the next paragraph opens a quote again.
      let k = j;
      while (k < text.length && /\s/.test(text[k]!)) k++;
      if (text[k] !== (closer === "”" ? "“" : '"')) return undefined;
      j = k + 1;
      continue;
    }
    j++;
  }
  return undefined;
}

function endOfSentence(text: string, from: number): number {
  const rest = /[.!?](?=\s|$)|\n|[“"]/.exec(text.slice(from));
  return rest ? from + rest.index : text.length;
}

/** Names a pronoun by the nearest person before it; links a named speaker to its entity. */
function resolveSpeaker(quote: FoundQuote, at: number, named: NamedSpan[]): void {
  const speaker = quote.speaker!;
  if (new RegExp(`^(?:${PRONOUN})$`).test(speaker)) {
    const person = named.filter((n) => n.kind === "person" && n.end <= at).at(-1);
    if (!person) return;
    quote.speakerEntityId = person.entityId;
    if (person.text) quote.speaker = person.text;
    return;
  }
  const end = at + speaker.length;
  const hit = named.find((n) => n.start < end && n.end > at);
  if (hit) quote.speakerEntityId = hit.entityId;
}
