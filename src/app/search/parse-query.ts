/**
 * The filter's query language, parsed without touching the index (pure, no DOM):
 *
 *   pompeo kim            every word must match (in any field of the event or its articles)
 *   "supreme leader"      a phrase: these words, adjacent, in this order
 *   pomp                  the last word, while it is being typed, also matches as a prefix
 *   sanctons              small typos are forgiven: 1 edit from 4 letters, 2 from 8
 *   -olympics -"the US"   exclude a word or a phrase
 *   source:kcna           only events an outlet reported; several `source:` (or `source:a,b`) are OR
 *   from:2018-03 to:2018-04   only events within the period: YYYY, YYYY-MM or YYYY-MM-DD; `to` is inclusive
 *
 * Words are folded by the shared normaliser, so "Chosŏn" asks for "choson". A word the normaliser splits
 * ("Yong-ho", "金正恩") is asked as a phrase of its parts. Mistakes never throw: they come back in
 * `problems`, and the rest of the query still applies.
 */
import { terms as termsOf } from "../../lib/normalize-text.ts";

export interface QueryWord {
  term: string;
  /** The word is being typed: terms that start with it match too. */
  prefix: boolean;
  /** Edits (Levenshtein) forgiven, scaled by the word's length. */
  maxEdits: number;
}

export interface ParsedQuery {
  words: QueryWord[];
  /** Each phrase as its folded terms, in order; single-term phrases match that term exactly. */
  phrases: string[][];
  excludedWords: string[];
  excludedPhrases: string[][];
  /** Lower-case source ids; empty means every source. */
  sources: string[];
  /** First day of the `from:` period, `YYYY-MM-DD`. */
  from?: string;
  /** Last day of the `to:` period, `YYYY-MM-DD`. */
  to?: string;
}

export interface ParseResult {
  query: ParsedQuery;
  problems: string[];
}

/** Edits forgiven for a word of this length: none up to 3 letters, 1 up to 7, then 2. */
export function editsFor(term: string): number {
  const length = [...term].length;
  return length <= 3 ? 0 : length <= 7 ? 1 : 2;
}

/** True when the query asks for nothing (no words, phrases, exclusions or filters). */
export function isEmptyQuery(q: ParsedQuery): boolean {
  return (
    q.words.length === 0 &&
    q.phrases.length === 0 &&
    q.excludedWords.length === 0 &&
    q.excludedPhrases.length === 0 &&
    q.sources.length === 0 &&
    q.from === undefined &&
    q.to === undefined
  );
}

interface Part {
  text: string;
  negated: boolean;
  quoted: boolean;
  /** Offset just after the part in the input, to know whether the user is still typing it. */
  end: number;
}

const QUOTES = /["“”„«»]/;

/** Splits the input into whitespace-separated parts, a quoted phrase being one part even with spaces. */
function splitParts(input: string): Part[] {
  const parts: Part[] = [];
  let i = 0;
  while (i < input.length) {
    while (i < input.length && /\s/.test(input[i]!)) i++;
    if (i >= input.length) break;
    let negated = false;
    if (input[i] === "-" && i + 1 < input.length && !/\s/.test(input[i + 1]!)) {
      negated = true;
      i++;
    }
    if (QUOTES.test(input[i]!)) {
      const close = input.slice(i + 1).search(QUOTES);
      // An unclosed quote runs to the end: the phrase is still being typed.
      const end = close === -1 ? input.length : i + 1 + close;
      parts.push({
        text: input.slice(i + 1, end),
        negated,
        quoted: true,
        end: Math.min(input.length, end + 1),
      });
      i = end + 1;
      continue;
    }
    const start = i;
    while (i < input.length && !/\s/.test(input[i]!) && !QUOTES.test(input[i]!)) i++;
    parts.push({ text: input.slice(start, i), negated, quoted: false, end: i });
  }
  return parts;
}

/** A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` period as its first and last days; undefined when invalid. */
export function parsePeriod(value: string): { first: string; last: string } | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { first: `${m[1]}-01-01`, last: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const ym = `${m[1]}-${m[2]}`;
  if (m[3] === undefined) return { first: `${ym}-01`, last: `${ym}-${String(daysInMonth).padStart(2, "0")}` };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth) return undefined;
  return { first: value, last: value };
}

export function parseQuery(input: string): ParseResult {
  const query: ParsedQuery = {
    words: [],
    phrases: [],
    excludedWords: [],
    excludedPhrases: [],
    sources: [],
  };
  const problems: string[] = [];
  const parts = splitParts(input);
  // Only a word touching the end of the input is still being typed; "pomp " is a finished word.
  const typing = parts.length > 0 && parts[parts.length - 1]!.end === input.length ? parts.at(-1) : undefined;

  for (const part of parts) {
    if (!part.quoted) {
      const filter = /^(source|from|to):(.*)$/i.exec(part.text);
      if (filter) {
        applyFilter(query, problems, filter[1]!.toLowerCase(), filter[2]!, part.negated);
        continue;
      }
    }
    const folded = termsOf(part.text);
    if (folded.length === 0) {
      if (part.quoted && part.text.trim() !== "") problems.push(`"${part.text}" has no words to search for`);
      continue;
    }
    if (part.negated) {
      if (part.quoted || folded.length > 1) query.excludedPhrases.push(folded);
      else query.excludedWords.push(folded[0]!);
    } else if (part.quoted || folded.length > 1) {
      query.phrases.push(folded);
    } else {
      const term = folded[0]!;
      query.words.push({ term, prefix: part === typing, maxEdits: editsFor(term) });
    }
  }
  if (query.from && query.to && query.from > query.to) {
    problems.push(`from: ${query.from} is after to: ${query.to}, so nothing can match`);
  }
  return { query, problems };
}

function applyFilter(query: ParsedQuery, problems: string[], key: string, value: string, negated: boolean) {
  if (negated) {
    problems.push(`-${key}: is not supported; leave out the minus to filter by ${key}`);
    return;
  }
  if (key === "source") {
    const ids = value
      .split(",")
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    if (ids.length === 0) problems.push("source: needs an outlet id, as in source:kcna");
    for (const id of ids) if (!query.sources.includes(id)) query.sources.push(id);
    return;
  }
  const period = parsePeriod(value);
  if (!period) {
    problems.push(`${key}: expects YYYY, YYYY-MM or YYYY-MM-DD, not "${value}"`);
    return;
  }
  if (key === "from") query.from = period.first;
  else query.to = period.last;
}
