import { addDays } from "../../lib/days.ts";
import type { Timex } from "../../schema/article.ts";
import { detached } from "../detached-string.ts";
import { dateOfTimexValue, type EventDate } from "./event-date.ts";
import { findAction } from "./find-action.ts";
import type { Occurrence } from "./find-entities.ts";
import { SENTENCE_OPENER, STOPWORDS } from "./lexicon.ts";
import { MAX_TITLE_CHARS, makeTitle, type NamedSpan, type Title } from "./make-title.ts";
import { nounPhraseTitle } from "./noun-events.ts";
import { inRelativeClause } from "./relative-clause.ts";
import type { Sentence } from "./split-sentences.ts";
import { hasWords, stem, tokenize, wordsOf } from "./tokens.ts";

/** A clause of one article that reports an event, dated and with its participants. */
export interface EventMention {
  /** Sortable identity: the article id and the offsets. */
  key: string;
  articleId: string;
  sourceId: string;
  start: number;
  end: number;
  /** The text from `start` to `end`; empty while `extractEvents` holds the texts packed. */
  quote: string;
  date: EventDate;
  entityIds: string[];
  title: string;
  /**
   * How well the title reads as a headline, to choose an event's title among its members: 3 a real
   * subject, verb and object; 2 a short object or an epithet for the subject; 1 an article's
   * headline or no object; 0 a subject that is no participant or a clause read wrongly.
   */
  titleRank?: number;
  /** Stems of the clause (for a lead, of the headline and first sentences too), to compare wording. */
  terms: string[];
  primary: boolean;
  /** For a lead: the day of the report, which leads of the same story share even when they date it differently. */
  reported?: string;
  /**
   * Key of an earlier mention of the same article that this one must join: a story that says twice
   * "days after" the same moment recalls one earlier event ("days after the Hermit Kingdom slammed
   * the talks", "days after the Foreign Ministry released a statement"), whatever the wording.
   */
  joins?: string;
  /** Key of the lead whose story this undated sentence carries on: it joins that lead's event after grouping. */
  follows?: string;
}

export interface MentionInput {
  id: string;
  sourceId: string;
  title: string;
  text: string;
  /** The article's publication day (DCT), `YYYY-MM-DD`. */
  dct: string;
  datelinePlace?: string;
  /** Where the story starts: after a repeated headline and the dateline, whose date is the report's. */
  bodyStart: number;
  sentences: Sentence[];
  occurrences: Occurrence[];
  /** Global id and display name of each local entity. */
  entityIds: string[];
  entityNames: string[];
  timexes: Timex[];
  /** Names of the corpus's outlets, as `outletKey` gives them: an outlet is not a subject of the news. */
  outlets?: ReadonlySet<string>;
}

// "days after the North Korean Foreign Ministry released a statement": an earlier event, placed
// only roughly before the clause it is measured from.
const RELATIVE =
  /\b(?:(?:just|only|mere|barely)\s+)?(?:(?:a few|several|two|three|four|five|\d+)\s+)?(hours|days|weeks)\s+(after|before)\s+/gi;
const SPAN: Record<string, [number, number]> = { hours: [-1, 0], days: [-6, -2], weeks: [-28, -7] };

/**
 * The event mentions of one article: its lead (the primary event, dated by a time expression in
 * it, else by the dateline or publication day), every later sentence that has a date of its own,
 * and the clauses placed "days after"/"weeks before" another event (approximate).
 */
export function findMentions(input: MentionInput): EventMention[] {
  const { text, sentences } = input;
  const mentions: EventMention[] = [];
  const relativeKeys = new Map<string, string>();
  const long = (s: Sentence) => s.end > input.bodyStart && hasWords(text.slice(s.start, s.end), 6);
  let lead = sentences.findIndex((s) => long(s) && participants(input, s.start, s.end).length > 0);
  // A story whose lead names no one ("A global shortage of chips could mean ...") still reports
  // its headline's event: the first full sentence stands for it.
  const leadless = lead < 0;
  if (leadless) lead = sentences.findIndex(long);
  for (const [n, sentence] of sentences.entries()) {
    if (n < lead || (n > lead && /^[“"‘]/.test(text.slice(sentence.start, sentence.start + 1)))) continue;
    const from = Math.max(sentence.start, input.bodyStart);
    const dated = input.timexes
      .filter((t) => t.start >= from && t.end <= sentence.end && !backgroundYear(text, from, t))
      .map((t) => ({ t, date: dateOfTimexValue(t.value) }))
      .filter((x) => x.date);
    let date = dated[0]?.date;
    // A lead reports the news of its day: a day named in it ("Wednesday met") dates the event, but
    // a year or an older date in a lead is background ("In 1969, ..."), and the story is the report.
    if (n === lead) {
      const day = dated.find((x) => x.date!.precision === "day" && isNewsDay(x.date!.start, input.dct))?.date;
      date = day ?? { start: input.dct, precision: "day" };
    }
    const relatives = [...text.slice(from, sentence.end).matchAll(RELATIVE)];
    const mainEnd = relatives[0] ? from + relatives[0].index : sentence.end;
    if (date) {
      const m =
        leadless && n === lead ? undefined : mention(input, from, sentence.end, mainEnd, date, n === lead);
      if (m) mentions.push(m);
      // A lead without a verb we know ("There were talks between ...") still reports the story's
      // event: it keeps the article's headline as its title.
      else if (n === lead) mentions.push(headlineMention(input, from, sentence.end, date));
    }
    const anchor = date?.start ?? input.dct;
    for (const r of relatives) {
      const [lo, hi] = SPAN[r[1]!.toLowerCase()]!;
      const before = r[2]!.toLowerCase() === "before";
      const approx: EventDate = before
        ? { start: addDays(anchor, -hi), end: addDays(anchor, -lo), precision: "approximate" }
        : { start: addDays(anchor, lo), end: addDays(anchor, hi), precision: "approximate" };
      const start = from + r.index + r[0].length;
      const m = mention(input, start, sentence.end, sentence.end, approx, false);
      if (!m) continue;
      const recalled = `${r[1]!.toLowerCase()}|${r[2]!.toLowerCase()}|${anchor}`;
      const first = relativeKeys.get(recalled);
      if (first) m.joins = first;
      else relativeKeys.set(recalled, m.key);
      mentions.push(m);
    }
  }
  return mentions;
}

/**
 * A year that dates a state or an earlier event, not what the sentence reports: one after "since"
 * ("separated since the 1953 truce"), in a relative clause that looks back ("a plan to end the
 * Korean War that was ended under an armistice in 1953"), or in any relative clause, which says
 * what a noun is ("Kim stepped out of a building in Panmunjom, where the two sides ended the Korean
 * War in 1953", see `inRelativeClause`). Such a sentence is no mention of that year.
 */
function backgroundYear(text: string, sentenceStart: number, t: Timex): boolean {
  if (!/^\d{4}$/.test(t.value)) return false;
  const before = text.slice(sentenceStart, t.start);
  return (
    /\bsince\s+(?:\S+\s+){0,3}$/i.test(before) ||
    /\b(?:that|which|who)\s+(?:was|were|had)\b/i.test(before) ||
    inRelativeClause(text, sentenceStart, t.start)
  );
}

function isNewsDay(day: string, dct: string): boolean {
  return day <= dct && day >= addDays(dct, -LEAD_DAYS_BACK);
}

const LEAD_DAYS_BACK = 10;

function headlineMention(input: MentionInput, start: number, end: number, date: EventDate): EventMention {
  // A lead whose clause could not be read stands under the article's headline; lead mentions take
  // their terms from the lead, so the clause start does not matter here.
  return build(input, start, end, date, true, participants(input, start, end), input.title, start, 1);
}

function mentionKey(articleId: string, start: number, end: number): string {
  // Joined, not a template: join makes one flat string, where concatenation leaves a tree of parts
  // twice the size, and a large corpus keeps hundreds of thousands of keys until events are made.
  return [articleId, String(start).padStart(7, "0"), String(end).padStart(7, "0")].join(":");
}

function participants(input: MentionInput, start: number, end: number): Occurrence[] {
  return input.occurrences.filter((o) => o.start >= start && o.end <= end);
}

function mention(
  input: MentionInput,
  start: number,
  end: number,
  clauseEnd: number,
  date: EventDate,
  primary: boolean,
): EventMention | undefined {
  const { text } = input;
  const inside = participants(input, start, clauseEnd);
  if (inside.length === 0) return undefined;
  const tokens = tokenize(text, start, clauseEnd);
  const first = inside[0]!;
  const subjectIndex = tokens.findIndex((t) => t.start >= first.end);
  const action = findAction(tokens, subjectIndex < 0 ? tokens.length : subjectIndex, tokens.length, text);
  const named: (NamedSpan & { id: string })[] = inside.map((o) => ({
    start: o.start,
    end: o.end,
    name: input.entityNames[o.entity]!,
    id: input.entityIds[o.entity]!,
  }));
  if (!action) {
    const noun = nounPhraseTitle(text, start, clauseEnd, named, input.timexes);
    return noun === undefined
      ? undefined
      : build(input, start, end, date, primary, inside, noun.title, primary ? start : noun.from, 2);
  }
  const verbStart = tokens[action.index]!.start;
  const beforeVerb = named.filter((n) => n.end <= verbStart);
  // The subject is the first name of the clause; a person before the verb wins over a country. A
  // name that is no participant (an outlet, a capitalised word opening the story) is passed over.
  const real = beforeVerb.filter((n) => !falseSubject(input, n, start));
  const subject =
    real.find((n) => n.id.startsWith("person-")) ??
    real[0] ??
    beforeVerb.find((n) => n.id.startsWith("person-")) ??
    beforeVerb[0];
  const made = makeTitle(
    text,
    tokens,
    { ...action, index: action.index },
    subject && withPartner(text, subject, beforeVerb),
    named,
    input.timexes,
    clauseEnd,
    input.datelinePlace,
  );
  if (!made) return undefined;
  const rank = subject && real.includes(subject) ? rankOf(made, input, subject) : 0;
  return build(input, start, end, date, primary, inside, made.title, start, rank);
}

/**
 * "South Korean President Moon Jae-in and Kim will meet": a second person or country joined to the
 * subject by "and" before the verb acts with it, and the headline names both ("Moon Jae-in and Kim
 * Jong Un to meet"), not the first alone.
 */
function withPartner(
  text: string,
  subject: NamedSpan & { id: string },
  beforeVerb: readonly (NamedSpan & { id: string })[],
): NamedSpan {
  const partner = beforeVerb.find((n) => n.start >= subject.end);
  if (!partner || partner.id === subject.id || !ACTOR.test(subject.id) || !ACTOR.test(partner.id))
    return subject;
  if (!/^\s+and\s+(?:(?:the\s+)?[\p{L}.'’-]+\s+){0,3}$/u.test(text.slice(subject.end, partner.start)))
    return subject;
  return {
    start: subject.start,
    end: partner.end,
    name: `${subject.name} and ${partner.name}`,
    plural: true,
  };
}

const ACTOR = /^(?:person|country)-/;

function rankOf(made: Title, input: MentionInput, subject: NamedSpan): number {
  if (made.misparsed) return 0;
  if (made.objectWords === 0 || made.passive || made.title.length > MAX_TITLE_CHARS) return 1;
  if (made.objectWords === 1 || epithet(input.text.slice(subject.start, subject.end), subject.name)) return 2;
  return 3;
}

/**
 * "the Hermit Kingdom" for North Korea: the outlet's epithet, where a clause that names the
 * subject plainly makes the more neutral headline.
 */
function epithet(surface: string, name: string): boolean {
  const bareSurface = surface.replace(/^the\s+/i, "").replace(/[’']s$/, "");
  if (bareSurface === name || name.includes(bareSurface) || bareSurface.includes(name)) return false;
  return /\s/.test(bareSurface) && /^[\p{Lu}][\p{Ll}]/u.test(bareSurface) && !/\p{Lu}{2}/u.test(bareSurface);
}

/** An outlet's name as the text may write it: "CNN (Web News)" and "cnn-web-news" both give "cnn". */
export function outletKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\(.*?\)|\s+-\s+.*$|\.com$/g, " ")
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/(?:\s(?:news|online|web|opinion|magazine))+\s*$/, "")
    .trim();
}

/**
 * A name before the verb that is no participant of the event: an outlet ("CNN", "Reuters"), a
 * dateline's city in capitals ("WASHINGTON"), an adverb or gerund opening the sentence, or a
 * one-word capitalised name right at the start of the clause that the corpus never completes to a
 * full name ("Days").
 */
function falseSubject(input: MentionInput, n: NamedSpan & { id: string }, clauseStart: number): boolean {
  const surface = input.text.slice(n.start, n.end);
  if (input.outlets?.has(outletKey(surface)) || input.outlets?.has(outletKey(n.name))) return true;
  const atStart = /^[\s\p{P}]*$/u.test(input.text.slice(clauseStart, n.start));
  // "SEOUL/WASHINGTON (Reuters) -": a dateline the story start did not take off stands for no one.
  if (/^\p{Lu}{5,}$/u.test(surface)) return true;
  if (n.id.startsWith("country-")) return false;
  if (SENTENCE_OPENER.test(n.name.split(" ")[0]!) || SENTENCE_OPENER.test(surface.split(" ")[0]!))
    return true;
  return atStart && !n.name.includes(" ");
}

function build(
  input: MentionInput,
  start: number,
  end: number,
  date: EventDate,
  primary: boolean,
  inside: Occurrence[],
  title: string,
  /** Where the words that describe the event start. */
  termsFrom: number,
  titleRank: number,
): EventMention {
  const { text } = input;
  const entityIds = [...new Set(inside.map((o) => input.entityIds[o.entity]!))];
  const termText = primary ? leadTerms(input, start) : text.slice(termsFrom, end);
  return {
    key: mentionKey(input.id, start, end),
    articleId: input.id,
    sourceId: input.sourceId,
    start,
    end,
    quote: text.slice(start, end),
    date,
    entityIds,
    title,
    titleRank,
    terms: termsOf(termText),
    primary,
    ...(primary ? { reported: input.dct } : {}),
  };
}

const LEAD_SENTENCES = 5;

/** The words a lead is compared by: the headline, counted twice since it names the story, and the lead sentences. */
function leadTerms(input: MentionInput, from: number): string {
  return `${input.title} ${input.title} ${leadContext(input, from)}`;
}

/** The first sentences from the lead on: news puts the who, what and where of the story there. */
function leadContext(input: MentionInput, from: number): string {
  const after = input.sentences.filter((s) => s.end > from).slice(0, LEAD_SENTENCES);
  const last = after[after.length - 1];
  return last ? input.text.slice(from, last.end) : "";
}

export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const word of wordsOf(text)) {
    let term = TERMS.get(word);
    if (term === undefined) {
      term = termOf(word);
      // A long word is a view into the text it was read from: kept in the memo as it is, it would
      // keep that whole article's text alive for the rest of the build.
      if (term !== null) term = detached(term);
      if (TERMS.size < TERM_MEMO_LIMIT) TERMS.set(detached(word), term);
    }
    if (term !== null) out.push(term);
  }
  // An exact copy: a list grown by push keeps up to half again its length in spare room, and the
  // terms of every mention and citing sentence are held until events are made.
  return out.slice();
}

function termOf(word: string): string | null {
  const lower = word.toLowerCase();
  return lower.length < 3 || STOPWORDS.has(lower) || /^\d+$/.test(lower) ? null : stem(lower);
}

// Every article's text is read for terms several times, and a corpus's vocabulary is small beside
// its running words: the term of each word form is worked out once. The bound keeps a corpus of
// junk from growing it without end.
const TERMS = new Map<string, string | null>();
const TERM_MEMO_LIMIT = 1_000_000;
