import type { Timex } from "../../schema/article.ts";
import type { Action } from "./find-action.ts";
import { presentOf } from "./find-action.ts";
import { AUXILIARIES, BE_FORMS, COUNTRY_FORMS, IRREGULAR_PAST, MEETING_VERBS, NOT_VERBS } from "./lexicon.ts";
import type { Token } from "./tokens.ts";

/** A named participant inside the clause, with the display name to put in its place. */
export interface NamedSpan {
  start: number;
  end: number;
  name: string;
  /** Two participants acting together ("Moon Jae-in and Kim Jong Un"): the verb agrees with both. */
  plural?: boolean;
}

const CLAUSE_END =
  /[,;:(]|\s[—–-]\s|\s(?:saying|who|which|while|as|amid|after|before|because|but|days|weeks|hours|according)\s/;
// Words a headline cannot end on: a preposition, article or conjunction whose phrase was cut off,
// an auxiliary without its verb, or an adverb of time ("makes public a statement ahead").
const TRAILING =
  /\s+(?:the|a|an|of|on|in|at|to|for|with|and|or|but|by|from|his|her|their|its|that|outside|inside|near|across|toward|towards|around|without|within|along|behind|beyond|via|amid|after|before|during|over|under|about|into|through|against|between|since|despite|upon|how|whether|what|who|as|than|will|would|could|can|has|have|had|is|are|was|were|be|been|ahead|early|earlier|later|soon|now|also|then|again|even|there|here)$/i;
const MAX_OBJECT_WORDS = 8;
/** Reported speech is a clause with its own subject and verb: cut at eight words it often loses the verb. */
const MAX_REPORTED_WORDS = 11;

/**
 * Up to three words more for reported speech ("announces three sailors held in Ruritania had been
 * released"), but only where they end the clause or a phrase, and not on a participle that led into
 * the next phrase ("sanctions aimed"); else the usual limit, whose cut the phrase rules below end.
 */
function reportedLimit(words: string[]): number {
  for (let n = Math.min(words.length, MAX_REPORTED_WORDS); n > MAX_OBJECT_WORDS; n--)
    if ((n === words.length || PHRASE_START.test(words[n]!)) && !/(?:ed|ing)$/.test(words[n - 1]!)) return n;
  return MAX_OBJECT_WORDS;
}
/** Headlines past this length are read as sentences: a longer title is cut, or ranks below a short one. */
export const MAX_TITLE_CHARS = 80;

/** A clause's headline and whether the clause after its verb read as a clean object. */
export interface Title {
  title: string;
  /** Words after the verb that the headline kept. */
  objectWords: number;
  /**
   * The clause after the verb is not its object: an auxiliary right after the "verb" ("schedules
   * are": the verb was a noun), or a finite clause after a verb that does not report speech
   * ("divided Korea will sit down": the verb was a participle of the subject's phrase).
   */
  misparsed: boolean;
  /** "was scheduled to meet": the headline's "schedules" misstates who acts. */
  passive: boolean;
}

/** "was detained", "got elected": an auxiliary that makes the participle after it passive. */
const isPassiveAuxiliary = (word: string) => BE_FORMS.has(word) || word === "get" || word === "got";
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
): Title | undefined {
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
      // A date the clause cut runs past ("on August 20, 2018,": the comma ends the clause) goes too.
      .filter((t) => t.start >= objectStart && t.start < objectEnd)
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
  const reporting = REPORTING.test(action.present);
  // "says that the talks…" -> "says the talks…": a headline drops the "that" of reported speech.
  if (reporting) object = object.replace(/^that\s+/i, "");
  const words = object.split(" ").filter(Boolean);
  object = firstWords(words, reporting ? reportedLimit(words) : MAX_OBJECT_WORDS);
  const passive = passiveForm(tokens, action, text.slice(objectStart, objectEnd));
  const head = `${subject.name} ${passive ?? (subject.plural ? pluralOf(action.present) : action.present)}`;
  object = endAtPhrase(words, object, MAX_TITLE_CHARS - head.length - 1);
  object = fitLength(object, MAX_TITLE_CHARS - head.length - 1);
  object = withoutCutEnd(object, words);
  while (TRAILING.test(object)) object = object.replace(TRAILING, "");
  object = withoutHalfPair(object, words);
  // "arrested and sentenced to ...": after a passive head the second verb is a participle too.
  object = balanceQuotes(passive ? object : presentCoordinated(object));
  let title = `${head}${object ? ` ${object}` : ""}`;
  const verb = action.verb.toLowerCase();
  if (
    datelinePlace &&
    MEETING_VERBS.has(verb) &&
    !placedElsewhere(text.slice(objectStart, clauseEnd), datelinePlace)
  )
    title += ` in ${titleCase(datelinePlace)}`;
  title = title.replace(/[\s.,;:]+$/, "");
  while (TRAILING.test(title) && title.length > head.length) title = title.replace(TRAILING, "");
  return {
    title,
    objectWords: object ? object.split(" ").length : 0,
    misparsed:
      misparsed(action, text.slice(objectStart, objectEnd)) ||
      // "..., says an article of Rodong Sinmun": the speaker follows the verb, not the name before it.
      /,\s*$/.test(text.slice(Math.max(0, verbToken.start - 3), verbToken.start)),
    passive: passive !== undefined,
  };
}

/**
 * The headline form of a passive verb: "was detained" -> "detained", "is expected to" -> "expected
 * to", "will be freed" -> "to be freed", and a participle with its agent ("flanked by bodyguards").
 * Put in the active present ("detains", "flanks by") it would say the subject did what was done to it.
 */
function passiveForm(tokens: Token[], action: Action, object: string): string | undefined {
  const before = tokens[action.index - 1]?.text.toLowerCase() ?? "";
  const byAgent = /^\s*by\b/i.test(object) && !action.verb.includes(" ");
  if (!isPassiveAuxiliary(before) && !byAgent) return undefined;
  const participle = action.verb.toLowerCase();
  const modal = tokens[action.index - 2]?.text.toLowerCase();
  return before === "be" && (modal === "will" || modal === "would") ? `to be ${participle}` : participle;
}

/** "meets" -> "meet", "pushes" -> "push", "tries" -> "try": the verb of two subjects. */
function pluralOf(present: string): string {
  if (present.startsWith("to ")) return present;
  const irregular: Record<string, string> = { has: "have", is: "are", does: "do", goes: "go", was: "were" };
  if (present in irregular) return irregular[present]!;
  if (/[^aeiou]ies$/.test(present)) return `${present.slice(0, -3)}y`;
  if (/(?:sh|ch|x|ss|zz)es$/.test(present)) return present.slice(0, -2);
  return present.endsWith("s") ? present.slice(0, -1) : present;
}

// Verbs whose object is a clause of its own: "tweeted North Korea has agreed to ...".
const REPORTING =
  /^(?:says|tweets|announces|suggests|warns|claims|reports|writes|insists|believes|thinks|argues|adds|notes|tells|confirms|denies|hopes|expects|fears|knows|reveals|declares|states|acknowledges|admits|predicts|stresses|indicates|shows|signals|agrees|vows|promises|threatens|hints|explains|assures|learns|finds|sees|feels|means|recalls|discloses)$/;

function misparsed(action: Action, after: string): boolean {
  const words = after.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 || action.present.startsWith("to ")) return false;
  if (AUXILIARIES.has(words[0]!)) return true;
  // "led by Kim Yong Nam": a participle of the subject's phrase, not its verb.
  if (words[0] === "by" && action.verb.endsWith("ed")) return true;
  if (REPORTING.test(action.present)) return false;
  // A finite verb before any word that would open a clause of its own ("that", "who", "to").
  for (const w of words.slice(1, 6)) {
    if (/^(?:that|which|who|whom|whose|to|when|where|if|whether|how|what|and|but|or)$/.test(w)) return false;
    if (/^(?:will|would|shall|can|could|may|might|must|is|are|was|were|has|have)$/.test(w)) return true;
  }
  return false;
}

// Words that open a new phrase: an object that stops right before one is complete.
const PHRASE_START =
  /^(?:in|of|on|at|for|with|by|from|into|over|about|to|and|or|but|as|after|before|amid|while|that|which|who|because|than|since|during|following|despite|under|between|against|through)$/i;

/**
 * The object cut at the word limit, ended where its phrase does: kept as it is when the next word
 * opens a new phrase ("thanks Donald Trump for his 'efforts'" before "to improve"), run on over
 * the last words of a noun phrase the limit cut into while the title stays short ("would end joint
 * military exercises", not "... joint military"), else ended before the prepositional chain the
 * limit fell in ("a grand banquet", not "a grand banquet in welcome of the China").
 */
function endAtPhrase(words: string[], kept: string, room: number): string {
  const count = kept ? kept.split(" ").length : 0;
  if (count >= words.length) return kept;
  if (PHRASE_START.test(words[count]!) || /[”"]$/.test(kept)) return kept;
  // A cut inside a prepositional phrase ("arranged in | welcome of ...") drops the phrase; one
  // inside a noun phrase runs on to its end.
  // A name is one word to the limit: "had arrived in North | Korea" runs on to its end.
  const capital = (w: string | undefined) => /^\p{Lu}/u.test(w ?? "");
  if (capital(words[count - 1]) && capital(words[count])) {
    let n = count;
    while (n < words.length && capital(words[n])) n++;
    const longer = words.slice(0, n).join(" ");
    if (longer.length <= room && (n === words.length || PHRASE_START.test(words[n]!))) return longer;
  }
  if (words.slice(Math.max(0, count - 3), count).some((w) => PHRASE_START.test(w)))
    return beforeCutPhrase(kept);
  for (let n = count + 1; n <= Math.min(words.length, count + 4); n++) {
    const longer = words.slice(0, n).join(" ");
    if (longer.length > room || /[“"]/.test(words[n - 1]!)) break;
    if (n === words.length || PHRASE_START.test(words[n]!) || /[,.;:]$/.test(words[n - 1]!)) return longer;
  }
  return beforeCutPhrase(kept);
}

// Times of day and relative days that the time expressions leave out: a title names no moment.
const TIME_WORDS =
  /\b(?:(?:on|late|early|this|last)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|today|tonight|yesterday|(?:this|last)\s+(?:morning|afternoon|evening|night))\b|\s(?:early|earlier|later)$/g;

/**
 * The end of an object the limits cut short, where it leaves a phrase unfinished: a verb coordinated
 * without its object ("tests of missiles and close", before "its test site") or a prepositional
 * phrase whose head needs what followed ("a drill in league", before "with the army").
 */
function withoutCutEnd(object: string, all: string[]): string {
  const words = object.split(" ");
  const next = all[words.length]?.toLowerCase();
  if (next === undefined || words.length < 4) return object;
  const last = words.at(-1)!;
  // "and close" before "its site": a verb whose object was cut, not a second noun ("and drones").
  if (/^(?:and|or)$/.test(words.at(-2)!) && /^[a-z]+$/.test(last) && DETERMINER.test(next))
    return words.slice(0, -2).join(" ");
  if (PREPOSITION.test(words.at(-2)!) && /^[a-z]+$/.test(last) && /^(?:of|with|to|for)$/.test(next))
    return words.slice(0, -2).join(" ");
  return object;
}

/**
 * "a meeting in Singapore between Kim Jong Un", before "and Donald Trump": a pair the limits cut in
 * half goes, "between" and all. "Between the two Koreas" has no second half to lose, and stays.
 */
function withoutHalfPair(object: string, all: string[]): string {
  // The kept words are the first words of `all`, so a word's place is the same in both.
  const words = object.split(" ");
  const between = words.lastIndexOf("between");
  if (between < 1 || words.slice(between).includes("and") || !all.slice(between).includes("and"))
    return object;
  return words.slice(0, between).join(" ");
}

const DETERMINER = /^(?:the|a|an|its|his|her|their|our|this|that|these|those)$/;

/**
 * An object too long for a headline, cut before its last phrase until it fits: "releases a
 * statement accusing the United States of 'gangster-like' demands" ends at "the United States".
 * A subject too long to leave room keeps the object whole: that title ranks low anyway.
 */
function fitLength(object: string, room: number): string {
  if (room < 12) return object;
  let words = object.split(" ");
  while (words.join(" ").length > room) {
    const at = words.findLastIndex((w, i) => i >= 2 && (PHRASE_START.test(w) || /^[a-z]{3,}ing$/.test(w)));
    words = at > 0 ? words.slice(0, at) : words.slice(0, -1);
    while (words.length > 1 && TRAILING.test(` ${words.at(-1)!}`)) words.pop();
  }
  return words.join(" ");
}

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
  if (at < 0) return object;
  const kept = words.slice(0, at);
  // "a grand banquet arranged": the participle that led into the phrase goes with it.
  if (kept.length > 2 && /^[a-z]{3,}ed$/.test(kept.at(-1)!) && !AUXILIARIES.has(kept.at(-2)!)) kept.pop();
  // "tests of nuclear weapons and close": a second verb the limit cut from its object.
  if (kept.length > 3 && /^(?:and|or)$/.test(kept.at(-2)!)) kept.splice(-2);
  return kept.join(" ");
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
