import type { EntityKind } from "../../schema/entity.ts";
import {
  COUNTRY_FORMS,
  DEMONYMS,
  DESCRIPTION_MODIFIERS,
  EAST_ASIAN_SURNAMES,
  ORG_WORDS,
  ROLE_CLASS,
} from "./lexicon.ts";
import { findNamePhrases, type NamePhrase } from "./name-phrases.ts";
import type { Sentence } from "./split-sentences.ts";
import { isCapitalized, tokenize } from "./tokens.ts";

/** How a surface form names its entity, for the comparison panel. */
export type NamingForm = "name" | "title" | "apposition" | "description" | "surname";

/** One place where an article names an entity. */
export interface Occurrence {
  start: number;
  end: number;
  text: string;
  form: NamingForm;
  /** Index into the article's `LocalEntity` list. */
  entity: number;
}

/** An entity as one article knows it, before entities are linked across the corpus. */
export interface LocalEntity {
  kind: EntityKind;
  /** Fullest name the article gives ("Kim Jong Un"); a surname alone when that is all it has. */
  name: string;
  /** True when only a surname is known, to be completed from the rest of the corpus. */
  surnameOnly: boolean;
  titles: string[];
  roles: string[];
  country?: string;
  /**
   * Set when the article treats the name as someone's: a title only a person holds ("President",
   * "Sen.", "the North Korean leader"), an apposition of a role ("Kim Il Guk, minister of ..."),
   * or the name says, tells, asks, meets ("Van Jackson said", "said Van Jackson", "Kim, who"). The
   * linker keeps a full name as a person only with such evidence somewhere in the corpus, or with
   * a name's shape (see `createEntityLinker`).
   */
  personal?: true;
}

export interface ArticleEntities {
  entities: LocalEntity[];
  occurrences: Occurrence[];
}

const ROLE_KEYS = Object.keys(ROLE_CLASS).sort((a, b) => b.length - a.length);
const ROLE_ALT = ROLE_KEYS.map((k) => k.replace(/\./g, "\\.")).join("|");
const ROLE_RE = new RegExp(`\\b(${ROLE_ALT})\\b`, "i");
const ROLE_THEN_WORD = new RegExp(`\\b(?:${ROLE_ALT})\\s+(\\S)`, "gi");
/** A role word right before a capitalised word: "Foreign Minister Kono", a titled name. */
function roleBeforeName(text: string): boolean {
  for (const m of text.matchAll(ROLE_THEN_WORD)) if (/\p{Lu}/u.test(m[1]!)) return true;
  return false;
}
const APPOSITION = new RegExp(
  `^,\\s+(?:the |a |an )?(?:[\\w.'’-]+ ){0,3}?(?:${ROLE_ALT})\\b[^,;\\n]*?(?=,|;|\\n| who\\b| which\\b| that\\b|\\.(?:\\s|$)|$)`,
  "i",
);

/**
 * The people, organisations and countries an article names, each with every surface form: full
 * names, titled names, appositions ("Kim Jong Un, chairman of ..."), surnames and the definite
 * descriptions ("the despot", "the U.S. state secretary") that the text ties to a named person.
 */
export function findEntities(text: string, sentences: Sentence[]): ArticleEntities {
  const tokens = tokenize(text);
  const phrases = findNamePhrases(text, tokens);
  const sentenceStarts = new Set<number>();
  for (const s of sentences) sentenceStarts.add(s.start);
  const entities: LocalEntity[] = [];
  const occurrences: Occurrence[] = [];
  const byKey = new Map<string, number>();
  const add = (key: string, make: () => LocalEntity): number => {
    const found = byKey.get(key);
    if (found !== undefined) return found;
    entities.push(make());
    byKey.set(key, entities.length - 1);
    return entities.length - 1;
  };

  const persons: { phrase: NamePhrase; prefix: number }[] = [];
  const headlines = headlineLines(text);
  for (const [n, phrase] of phrases.entries()) {
    if (phrase.kind === "country") {
      const country = phrase.country!;
      const e = add(`country:${country}`, () => ({
        kind: "country",
        name: country,
        surnameOnly: false,
        titles: [],
        roles: [],
      }));
      occurrences.push({ start: phrase.start, end: phrase.end, text: phrase.name, form: "name", entity: e });
    } else if (phrase.kind === "organization" || phrase.kind === "place") {
      // A place's name is its usual spelling ("SEOUL" in a dateline is Seoul); the text keeps the form written.
      const name = phrase.kind === "organization" ? phrase.name.replace(/^the /i, "") : phrase.name;
      const kind = phrase.kind;
      const e = add(`${kind}:${normalizeName(name)}`, () => ({
        kind,
        name,
        surnameOnly: false,
        titles: [],
        roles: [],
      }));
      occurrences.push({
        start: phrase.start,
        end: phrase.end,
        text: text.slice(phrase.start, phrase.end),
        form: "name",
        entity: e,
      });
    } else if (phrase.kind === "person" && !headlines.at(phrase.start)) {
      persons.push({ phrase, prefix: descriptivePrefix(text, phrases, n) });
    }
  }

  // Full names first, so that surnames can be resolved to them wherever they occur.
  const full = persons.filter((p) => p.phrase.name.includes(" "));
  const single = persons.filter((p) => !p.phrase.name.includes(" "));
  const completion = completions(full.map((p) => p.phrase.name));
  for (const { phrase, prefix } of [...full, ...single]) {
    const name = phrase.name;
    let e: number | undefined;
    // An initialism ("U.N.", "D.C.") is nobody: read as a surname, "U.N." was Kim Jong Un ("un").
    if (!name.includes(" ") && /\p{L}\.\p{L}/u.test(name)) continue;
    if (!name.includes(" "))
      e = resolveSurname(name, phrase.start, HONORIFIC_HER.test(phrase.title), entities, occurrences);
    if (e === undefined) {
      const titled = phrase.title !== "" || prefix < phrase.start;
      const atStart =
        sentenceStarts.has(phrase.start) ||
        /[“"‘(]\s*$/.test(text.slice(Math.max(0, phrase.start - 2), phrase.start));
      // A lone capitalised word opening a sentence is as likely a verb as a name ("Wishing ...").
      if (!name.includes(" ") && !titled && (atStart || /['’]|^.$/.test(name))) continue;
      const key = normalizeName(name);
      const completed = completion.get(key);
      e = add(`person:${completed ? normalizeName(completed) : key}`, () => ({
        kind: "person",
        name: completed ?? name,
        surnameOnly: !name.includes(" "),
        titles: [],
        roles: [],
      }));
    }
    const entity = entities[e]!;
    if (actsAsPerson(text, phrase.start, phrase.end)) entity.personal = true;
    const start = Math.min(prefix, phrase.start);
    const title = text.slice(start, phrase.nameStart).trim();
    // "North Korean leader Kim Jong Un": the demonym of a lower-case title ties the person to a country.
    if (title) {
      noteTitle(entity, title, phrase.country ?? (prefix < phrase.start ? countryIn(title) : undefined));
      if (personTitle(title)) entity.personal = true;
    }
    const found = APPOSITION.exec(text.slice(phrase.end, phrase.end + 400));
    // ", Japanese Foreign Minister Kono spat out ...": a role before a name opens the next clause's
    // subject; it is no apposition of the name before the comma.
    const apposition = found && !roleBeforeName(found[0]) ? found : null;
    let end = phrase.end;
    let form: NamingForm = title ? "title" : name.includes(" ") ? "name" : "surname";
    if (apposition) {
      noteTitle(entity, apposition[0].replace(/^,\s+/, "").trim(), countryIn(apposition[0]));
      entity.personal = true;
      end = phrase.end + apposition[0].trimEnd().length;
      form = "apposition";
    }
    occurrences.push({ start, end, text: text.slice(start, end), form, entity: e });
  }

  for (const d of findDescriptions(text, phrases)) {
    const e = resolveDescription(d, entities, occurrences);
    if (e !== undefined)
      occurrences.push({
        start: d.start,
        end: d.end,
        text: text.slice(d.start, d.end),
        form: "description",
        entity: e,
      });
  }
  occurrences.sort((a, b) => a.start - b.start || b.end - a.end);
  return { entities, occurrences };
}

/**
 * Whether an offset is on a line written as a headline (every word of four letters or more capitalised,
 * at least two of them, and no sentence's end): "Chongryon Senior Officials Blast Trump's
 * Invectives" above a KCNA story made a person of "Officials Blast Trump", who then stood for every
 * "Trump" of the corpus. The story names its people again in its sentences.
 */
function headlineLines(text: string): { at(offset: number): boolean } {
  // Each line is read once, when a name on it is first asked about.
  const known = new Map<number, boolean>();
  return {
    at(offset) {
      const start = text.lastIndexOf("\n", offset) + 1;
      let found = known.get(start);
      if (found === undefined) {
        const end = text.indexOf("\n", offset);
        const line = text.slice(start, end < 0 ? text.length : end).trim();
        const long = /[.!?"”]$/.test(line) ? [] : (line.match(/[\p{L}'’-]{4,}/gu) ?? []);
        found = long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
        known.set(start, found);
      }
      return found;
    },
  };
}

/**
 * Full names of the article that are the start of one other full name it writes more often: "Kim
 * Jong un" (its last syllable in lower case) reads as "Kim Jong", and is Kim Jong Un. Not a name that
 * another extends by a generation ("Donald Trump Jr."), nor one two longer names start with. By
 * normalised name, to the longer name as first written.
 */
function completions(names: readonly string[]): Map<string, string> {
  const counts = new Map<string, { name: string; count: number }>();
  for (const name of names) {
    const key = normalizeName(name);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { name, count: 1 });
  }
  const completed = new Map<string, string>();
  for (const [key, { count }] of counts) {
    const longer = [...counts].filter(
      ([other]) => other.startsWith(`${key} `) && !GENERATION.test(other.slice(key.length + 1)),
    );
    if (longer.length === 1 && longer[0]![1].count > count) completed.set(key, longer[0]![1].name);
  }
  return completed;
}
const GENERATION = /^(jr|sr|ii|iii|iv)$/;

export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']s$/, "")
    .replace(/[-‐]/g, " ")
    .replace(/[.’']/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The family name: first for Korean and Chinese names ("Kim Jong Un"), last otherwise. */
export function surnameOf(name: string): string {
  const parts = name.split(/[\s]+/);
  if (parts.length >= 2 && EAST_ASIAN_SURNAMES.has(parts[0]!)) return parts[0]!;
  // "Bashar al-Assad" is "Assad" alone.
  return parts[parts.length - 1]!.replace(/^(?:[Aa]l|[Ee]l)-(?=\p{Lu})/u, "");
}

/**
 * A title only a person holds ("President", "Sen.", "North Korean leader"), and that the name does
 * not complete: "minister of Physical Culture and Sports" and "secretary for East Asian and Pacific
 * Affairs" name a portfolio, and "Security" before "Law" or "U.S.-" before "South Korean" no one.
 */
const PERSON_TITLE =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Adm|Sgt|Capt)\.|\b(?:president|chairman|chairwoman|leader|premier|minister|secretary|adviser|advisor|comrade|marshal|senator|representative|congressman|congresswoman|governor|ambassador|envoy|director|excellency|spokesman|spokeswoman|spokesperson|judge|justice|speaker|attorney|commander|admiral|general|pope|king|queen|prince|princess|chancellor|mayor|sheriff|officer|lady|official|negotiator|dictator|despot|ruler|strongman|tyrant|analyst|expert|professor|fellow|researcher|reporter|correspondent|editor|columnist|host|anchor|author|lawyer|aide|chief|founder|ceo|cfo)\b)/i;

export function personTitle(title: string): boolean {
  return PERSON_TITLE.test(title) && !/\b(?:of|for|and|on|to)$/i.test(title);
}

/** What only a person does right after their name: speaks, or is a "who". */
const PERSON_AFTER =
  /^(?:,\s+(?:who|whose)\b|\s+(?:(?:has|had|also|then|later|once)\s+)?(?:said|says|told|tells|added|asked|asks|wrote|tweeted|tweets|stated|explained|argued|warned|insisted|declared|replied|recalled|acknowledged|admitted|stressed|urged|spoke|speaks|met|meets|wants|wanted|believes|believed|thinks|thought|hopes|hoped|knows|knew|called|visited|died|resigned)\b|['’]s?\s+(?:wife|husband|daughter|son|father|mother|sister|brother|widow|spokesman|spokeswoman|lawyer|aide|regime|government|administration|presidency|reign|death|remarks|tweets?|speech)\b)/;
/** What only a person does right before their name: "said Van Jackson, a former official", "met Kim Yong Chol". */
const PERSON_BEFORE =
  /\b(?:said|says|asked|added|wrote|(?:met|meets|meet|meeting|meetings|talks)(?:\s+with)?)\s+$/;

/**
 * Whether the text around a name treats it as a person's: a capitalised run is read as a person
 * when nothing else claims it, and exercises ("Foal Eagle"), ships ("Ferry Sewol"), sign-up boxes
 * ("Email Sign Up") and nicknames never speak.
 */
function actsAsPerson(text: string, start: number, end: number): boolean {
  return (
    PERSON_AFTER.test(text.slice(end, end + 40)) ||
    PERSON_BEFORE.test(text.slice(Math.max(0, start - 16), start))
  );
}

function noteTitle(entity: LocalEntity, title: string, country: string | undefined): void {
  if (!entity.titles.includes(title)) entity.titles.push(title);
  const role = ROLE_RE.exec(title)?.[1]?.toLowerCase();
  if (role && !entity.roles.includes(ROLE_CLASS[role]!)) entity.roles.push(ROLE_CLASS[role]!);
  if (country && !entity.country) entity.country = country;
}

/** The country a text's country name or demonym names, the last if several ("the South Korean president"). */
export function countryIn(text: string): string | undefined {
  let found: string | undefined;
  for (const phrase of findNamePhrases(text, tokenize(text))) {
    if (phrase.kind === "country" || phrase.kind === "demonym") found = phrase.country;
  }
  return found;
}

const WORD_CHAR = /[\p{L}.'’-]/u;

/**
 * Up to five words, each followed by one space, that end right before `end`, looking back no
 * further than 80 characters: a walk back over the characters, where an end-anchored regular
 * expression retried at every position of the window was the build's costliest line.
 */
function wordsBefore(text: string, end: number): string[] {
  const floor = Math.max(0, end - 80);
  const words: string[] = [];
  let at = end;
  while (words.length < 5 && at - 1 >= floor && text[at - 1] === " ") {
    let from = at - 1;
    while (from > floor && WORD_CHAR.test(text[from - 1]!)) from--;
    if (from === at - 1) break;
    words.unshift(text.slice(from, at - 1));
    at = from;
  }
  return words;
}

/** Start of "North Korean leader" / "senior North Korean official" / "the respected" before a name. */
function descriptivePrefix(text: string, phrases: NamePhrase[], index: number): number {
  const phrase = phrases[index]!;
  let start = phrase.start;
  const words = wordsBefore(text, start);
  let taken = 0;
  let sawRole = false;
  for (let w = words.length - 1; w >= 0; w--) {
    const word = words[w]!;
    const lower = word.toLowerCase();
    if (lower in ROLE_CLASS && !isCapitalized(word)) sawRole = true;
    else if (
      !(
        DESCRIPTION_MODIFIERS.has(lower) ||
        word in DEMONYMS ||
        (w > 0 && `${words[w - 1]} ${word}` in DEMONYMS)
      )
    )
      break;
    taken += word.length + 1;
  }
  if (!sawRole && phrase.title === "") return start;
  const prev = phrases[index - 1];
  start -= taken;
  // "the respected" is part of the description; a demonym phrase just before joins it.
  if (prev && prev.kind === "demonym" && prev.start >= start - 1 && prev.end <= phrase.start)
    start = Math.min(start, prev.start);
  return start;
}

/** "Ms. Trump" after "President Trump" and "Ivanka Trump": a woman's honorific picks the name written. */
const HONORIFIC_HER = /^(?:Ms\.?|Mrs\.?|Miss)$/;

/**
 * The article's full name a surname at `at` stands for: of those with that surname written before
 * it, the most named (news repeats the surname of its main actor). A surname met before any of
 * them is someone the reader knows already (the surname alone, linked across the corpus), and stays
 * so while named at least as often as the full name that came later: "President Trump ... Trump and
 * first lady Melania Trump ... Trump said" is one Trump, and Melania Trump once. A woman's honorific
 * ("Ms. Trump") takes the full name written all the same. Undefined when the article has neither.
 */
function resolveSurname(
  surname: string,
  at: number,
  honorific: boolean,
  entities: LocalEntity[],
  occurrences: Occurrence[],
): number | undefined {
  const key = normalizeName(surname);
  let best: number | undefined;
  let bestCount = -1;
  let bestBefore = 0;
  for (const [i, e] of entities.entries()) {
    if (e.kind !== "person" || !e.name.includes(" ")) continue;
    const parts = normalizeName(e.name).split(" ");
    if (normalizeName(surnameOf(e.name)) !== key && parts[parts.length - 1] !== key) continue;
    let count = 0;
    let before = 0;
    for (const o of occurrences)
      if (o.entity === i) {
        count++;
        if (o.start < at) before++;
      }
    if (before > 0 && count > bestCount) {
      best = i;
      bestCount = count;
      bestBefore = before;
    }
  }
  if (honorific && best !== undefined) return best;
  const alone = entities.findIndex(
    (e) => e.kind === "person" && e.surnameOnly && normalizeName(e.name) === key,
  );
  if (alone < 0) return best;
  let aloneCount = 0;
  for (const o of occurrences) if (o.entity === alone) aloneCount++;
  return best === undefined || aloneCount >= bestBefore ? alone : best;
}

interface Description {
  start: number;
  end: number;
  role: string;
  country?: string;
}

const DESCRIPTION = new RegExp(`\\b[Tt]he ((?:[\\p{L}.'’-]+ ){0,3}?)(${ROLE_ALT})(?![\\p{L}'’-])`, "giu");

/** "the despot", "the North Korean leader", "the U.S. state secretary": not followed by a name. */
function findDescriptions(text: string, phrases: NamePhrase[]): Description[] {
  const out: Description[] = [];
  const nameStarts = new Set(phrases.filter((p) => p.kind === "person").map((p) => p.start));
  for (const m of text.matchAll(DESCRIPTION)) {
    const modifiers = m[1]!.trim();
    const words = modifiers ? modifiers.split(" ") : [];
    if (
      !words.every(
        (w, i) =>
          DESCRIPTION_MODIFIERS.has(w.toLowerCase()) ||
          w in DEMONYMS ||
          `${w} ${words[i + 1] ?? ""}` in DEMONYMS ||
          `${words[i - 1] ?? ""} ${w}` in DEMONYMS,
      )
    )
      continue;
    const end = m.index + m[0].length;
    const after = /^\s+(\S+)/.exec(text.slice(end, end + 40));
    if (after && nameStarts.has(end + after[0].length - after[1]!.length)) continue;
    // "the foreign minister of Finland": the office is that country's; one of a place this list does
    // not know is nobody the article names otherwise, so it is left unresolved. An office of an
    // organisation ("the chairman of the Workers' Party") is no place.
    const of = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)/u.exec(
      text.slice(end, end + 60),
    );
    const ofPlace = of && !of[1]!.split(/\s+/).some((w) => ORG_WORDS.has(w)) ? of[1]! : undefined;
    if (ofPlace && !COUNTRY_FORMS[ofPlace]) continue;
    const country = ofPlace ? COUNTRY_FORMS[ofPlace] : words.length ? countryIn(modifiers) : undefined;
    out.push({
      start: m.index,
      end,
      role: ROLE_CLASS[m[2]!.toLowerCase()]!,
      ...(country ? { country } : {}),
    });
  }
  return out;
}

/** The person of that role (and nationality) named most recently before, else first after. */
function resolveDescription(
  d: Description,
  entities: LocalEntity[],
  occurrences: Occurrence[],
): number | undefined {
  const fits = (i: number) => {
    const e = entities[i]!;
    return (
      e.kind === "person" && e.roles.includes(d.role) && (!d.country || !e.country || e.country === d.country)
    );
  };
  let before: number | undefined;
  let after: number | undefined;
  for (const o of occurrences) {
    if (o.form === "description" || !fits(o.entity)) continue;
    if (o.start < d.start) before = o.entity;
    else if (after === undefined) after = o.entity;
  }
  return before ?? after;
}
