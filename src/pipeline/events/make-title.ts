import type { Timex } from "../../schema/article.ts";
import type { Action } from "./find-action.ts";
import { presentOf } from "./find-action.ts";
import { COUNTRY_FORMS, IRREGULAR_PAST, MEETING_VERBS, NOT_VERBS } from "./lexicon.ts";
import type { Token } from "./tokens.ts";

/** A named participant inside the clause, with the display name to put in its place. */
export interface NamedSpan {
  start: number;
  end: number;
  name: string;
}

const CLAUSE_END =
  /[,;:(]|\s[—–-]\s|\s(?:saying|who|which|while|as|amid|after|before|because|but|days|weeks|hours|according)\s/;
const TRAILING = /\s+(?:the|a|an|of|on|in|at|to|for|with|and|or|by|from|his|her|their|its|that)$/i;
const MAX_OBJECT_WORDS = 8;

/**
 * A short neutral headline made from the clause itself: the subject's name, the verb in the
 * present ("met" -> "meets"), and the start of what follows, with every participant named by its
 * plain name rather than the outlet's epithet ("the despot" -> "Kim Jong Un") and the time words
 * dropped. A meeting without a place in the clause takes the dateline's city.
 */
export function makeTitle(
  text: string,
  tokens: Token[],
  action: Action | undefined,
  subject: NamedSpan | undefined,
  named: NamedSpan[],
  timexes: Timex[],
  clauseEnd: number,
  datelinePlace: string | undefined,
): string | undefined {
  if (!subject || !action) return undefined;
  const verbToken = tokens[action.index]!;
  const objectStart = verbToken.end;
  const rest = text.slice(objectStart, clauseEnd);
  const cut = CLAUSE_END.exec(rest);
  const objectEnd = objectStart + (cut ? cut.index : rest.length);
  let object = "";
  let at = objectStart;
  const pieces = [
    ...named.filter((n) => n.start >= objectStart && n.end <= objectEnd).map((n) => ({ ...n, drop: false })),
    ...timexes
      .filter((t) => t.start >= objectStart && t.end <= objectEnd)
      .map((t) => ({ start: t.start, end: t.end, name: "", drop: true })),
  ].sort((a, b) => a.start - b.start);
  for (const p of pieces) {
    if (p.start < at) continue;
    object += text.slice(at, p.start);
    if (p.drop) object = object.replace(/\b(?:on|in|last|this|earlier|at)\s*$/i, "");
    object += p.name;
    at = p.end;
  }
  object += text.slice(at, objectEnd);
  object = object.replace(TIME_WORDS, " ").replace(/\s+/g, " ").trim();
  const words = object.split(" ").filter(Boolean);
  object = firstWords(words, MAX_OBJECT_WORDS);
  // A phrase cut at the word limit dangles ("a grand banquet in welcome of the China"): the object
  // ends before the prepositional phrase the limit fell in.
  if (words.length > MAX_OBJECT_WORDS) object = beforeCutPhrase(object);
  while (TRAILING.test(object)) object = object.replace(TRAILING, "");
  object = balanceQuotes(presentCoordinated(object));
  let title = `${subject.name} ${action.present}${object ? ` ${object}` : ""}`;
  const verb = action.verb.toLowerCase();
  if (
    datelinePlace &&
    MEETING_VERBS.has(verb) &&
    !placedElsewhere(text.slice(objectStart, clauseEnd), datelinePlace)
  )
    title += ` in ${titleCase(datelinePlace)}`;
  return title.replace(/[.,;:]+$/, "");
}

// Times of day and relative days that the time expressions leave out: a title names no moment.
const TIME_WORDS =
  /\b(?:(?:on|late|early|this|last)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|today|tonight|yesterday|(?:this|last)\s+(?:morning|afternoon|evening|night))\b|\s(?:early|earlier|later)$/g;

// Not "to": an infinitive ("agreed to suspend") carries the news.
const PREPOSITION = /^(?:in|of|on|at|for|with|by|from|into|over|about)$/i;

/**
 * "a grand banquet in welcome of the China" -> "a grand banquet": the phrases of the last
 * preposition chain ("in welcome of ...") go, since the limit cut into them.
 */
function beforeCutPhrase(object: string): string {
  const words = object.split(" ");
  let at = words.findLastIndex((w, i) => i >= 2 && PREPOSITION.test(w));
  // Walk back over a chain of short phrases: "in welcome of the China" is one.
  while (at > 2 && PREPOSITION.test(words[at - 2] ?? "")) at -= 2;
  return at < 0 ? object : words.slice(0, at).join(" ");
}

/** The first words, never stopping inside a quotation: it is finished if short, else left out. */
function firstWords(words: string[], count: number): string {
  const kept = words.slice(0, count);
  const open = kept.findLastIndex((w) => /[“"]/.test(w) && !/[”"][^\p{L}]*$/u.test(w.slice(1)));
  if (open < 0 || /[”"]/.test(kept.slice(open).join(" ").slice(1))) return kept.join(" ");
  const close = words.findIndex((w, i) => i > open && /[”"]/.test(w));
  if (close >= 0 && close < count + 4) return words.slice(0, close + 1).join(" ");
  return kept.slice(0, open).join(" ");
}

function balanceQuotes(s: string): string {
  const open = (s.match(/“/g) ?? []).length;
  const close = (s.match(/”/g) ?? []).length;
  if (open > close) return `${s}”`;
  if ((s.match(/"/g) ?? []).length % 2 === 1) return `${s}"`;
  return s;
}

function titleCase(place: string): string {
  return place === place.toUpperCase()
    ? place.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase())
    : place;
}

// "shrugged off the statement and said ...": a second verb of the clause takes the headline's tense too.
const COORDINATED = /\b(and|then) ([a-z]+)\b/g;

function presentCoordinated(object: string): string {
  return object.replace(COORDINATED, (whole, conj: string, word: string) => {
    if (word in IRREGULAR_PAST) return `${conj} ${IRREGULAR_PAST[word]}`;
    if (word.length > 4 && word.endsWith("ed") && !NOT_VERBS.has(word)) return `${conj} ${presentOf(word)}`;
    return whole;
  });
}

const NOT_PLACES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/**
 * Whether the clause puts its meeting somewhere the dateline does not stand for: a venue or city
 * ("at the Great Hall of the People", "in Beijing") or a visit to another country ("the China
 * visit by ..."). A dateline tells where the report was filed; state agencies date-line at home
 * the leader's meetings abroad, so the dateline's city only stands in when the clause names no place.
 */
function placedElsewhere(clause: string, datelinePlace: string): boolean {
  const home = COUNTRY_FORMS[titleCase(datelinePlace)];
  for (const m of clause.matchAll(/\b(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*)/gu)) {
    if (NOT_PLACES.test(m[1]!)) continue;
    if (home && COUNTRY_FORMS[m[1]!.replace(/[.'’]$/, "")] === home) continue;
    return true;
  }
  for (const m of clause.matchAll(
    /\b(\p{Lu}[\p{L}.]*)\s+visit\b|\bvisit\s+to\s+(?:the\s+)?(\p{Lu}[\p{L}.]*)/gu,
  )) {
    const country = COUNTRY_FORMS[(m[1] ?? m[2])!];
    if (country && country !== home) return true;
  }
  return false;
}
