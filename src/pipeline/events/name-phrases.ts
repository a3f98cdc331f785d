import type { EntityKind } from "../../schema/entity.ts";
import { isGivenName } from "./given-names.ts";
import {
  COMPASS_WORDS,
  COUNTRY_FORMS,
  DEMONYMS,
  EAST_ASIAN_SURNAMES,
  NOT_ENTITY_HEADS,
  NOT_NAMES,
  ORG_WORDS,
  PARTY_MEMBERS,
  PLACE_HEADS,
  PLACE_OPENERS,
  PLACES,
  SENTENCE_OPENER,
  TITLE_WORDS,
} from "./lexicon.ts";
import { isCapitalized, type Token } from "./tokens.ts";

/** A capitalised phrase of the text, classified: a name, with its title words split off. */
export interface NamePhrase {
  kind: EntityKind | "demonym" | "title";
  /** Span of the whole phrase, title included. */
  start: number;
  end: number;
  /** Span of the name alone (for a person: without "Secretary of State"). */
  nameStart: number;
  nameEnd: number;
  name: string;
  /** Capitalised title words before the name: "Secretary of State". */
  title: string;
  /** Country of a country phrase or of a demonym. */
  country?: string;
}

const CONNECTORS = new Set(["of", "the", "for", "and"]);
/** Days of the calendar, capitalised like names but naming no one: "the New Year address". */
const HOLIDAY =
  /^(?:Lunar\s+)?(?:New\s+Year(?:['’]s)?(?:\s+Day|\s+Eve)?|Christmas(?:\s+Eve)?|Easter|Thanksgiving|Chuseok)$/;
/** Wars are named like people ("the Korean War") and would be linked by their last word as a surname. */
const WAR = /^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}Wars?$/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,6}$/u;
/** Lower-case words inside a name: "Mohammed bin Salman", "Bashar al-Assad", "Lula da Silva". */
const NAME_PARTICLES = new Set([
  "bin",
  "ibn",
  "bint",
  "al",
  "el",
  "von",
  "van",
  "der",
  "den",
  "de",
  "da",
  "dos",
  "du",
]);
/**
 * An adverb or a gerund opening a sentence before a name ("Recently Trump uttered", "Noting Trump
 * is not entitled", "Outgoing Obama"), unless it is a first name ("Irving", "Beverly").
 */
const OPENER = /^\p{Lu}\p{Ll}{2,}(?:ly|ing)$/u;
/**
 * Verbs of headlines and placards before a name ("Officials Blast Trump's Invectives", "Oppose
 * Trump's visit!"): read as a name, one of them stood for every "Trump" of a KCNA corpus.
 */
const HEADLINE_VERBS = new Set(
  (
    "Blast Blasts Slam Slams Denounce Denounces Censure Censures Ridicule Ridicules Condemn Condemns Oppose " +
    "Opposes Urge Urges Warn Warns Brand Brands Accuse Accuses Hail Hails Praise Praises Visit Visits Tame " +
    "Tolerate Rebuff Rebuffs Reject Rejects Lambast Lambasts Flay Flays Decry Decries Mock Mocks"
  ).split(" "),
);
/** A particle hyphened to the name it opens: "al-Assad". */
const PARTICLE_JOINED = /^(?:al|el)-\p{Lu}/u;
/** What follows an exercise's name: "the Max Thunder drills", "Ulji Freedom Guardian joint military exercises". */
const EXERCISE_AFTER =
  /^['’]?\s+(?:(?:joint|military|naval|air|annual|combined|large-scale|nuclear|war|aggressive|massive)\s+){0,3}(?:drills?|exercises?|war ?games|wargames|maneuvers|manoeuvres)\b/;
/** What follows a ship's name: "Carl Vinson nuclear carrier strike group". */
const SHIP_AFTER = /^['’]?s?\s+(?:nuclear\s+)?(?:aircraft\s+)?(?:carrier|strike group|battle group)\b/;
/** What comes before a ship's name: "the aircraft carrier Carl Vinson". */
const SHIP_BEFORE = /\b(?:carrier|warship|destroyer|submarine|frigate|cruiser|ship|vessel|ferry)\s+$/;
const SHIP_PREFIXES = new Set(["USS", "HMS", "USNS", "HMAS"]);
/**
 * First words of a name that end the name of an office before it: "Minister of Foreign Affairs
 * Taro Kono", "Director of National Intelligence James Clapper", "Minister of Physical Culture and
 * Sports Kim Il Guk". The run reaches across the office's "of", and its last words are no part of
 * the person's name.
 */
const OFFICE_ENDS = new Set(
  "Affairs Intelligence Sports Culture Physical Security Defense Defence Unification Justice Commerce Trade Energy Finance Health Education Interior Relations Operations Staff Chiefs Development Planning Industry Agriculture Labor Labour Transportation Veterans Protection Policy Studies Forces".split(
    " ",
  ),
);
/** Last words of a title that a run may be all of: "the Great Leader", "the Eternal President". */
const TITLE_ENDS = new Set(["Leader", "President", "Premier", "Chairman", "Marshal", "Minister"]);
/** A title word, or one chosen and not yet in office: "Adviser-designate", "Governor-elect". */
function isTitleWord(word: string): boolean {
  return (
    TITLE_WORDS.has(word.replace(/-(?:designate|elect)$/, "").replace(/^Vice-/, "")) || EPITHETS.has(word)
  );
}

/**
 * Words KCNA puts before a name as a title ("Lunatic Trump", "Traitor Hong Yong Phyo", and its
 * misspelt "Prime Minster Abe"): read as names, one of them became the corpus's Trump or Abe (the
 * only full name with that surname), and the naming table is where such forms belong.
 */
const EPITHETS = new Set(
  "Lunatic Dotard Warmonger Traitor Maniac Psychopath Gangster Tyrant Fascist Villain Puppet Minster".split(
    " ",
  ),
);

/** Organisation words too common to name one body alone. */
const GENERIC_ORG_WORDS = new Set(
  "Society Conservatory Embassy Consulate School Academy Hospital Factory Mill Complex Division Confederation".split(
    " ",
  ),
);
/** Plural last words of a run that names a group or a day, no one: "Spring People's Art Festival", "International Women's Day". */
const PLURAL_HEADS = new Set([
  "People",
  "Women",
  "Children",
  "Workers",
  "Youth",
  "Students",
  "Farmers",
  "Soldiers",
]);
/** Ordinal last words: "the Texas Seventh" is a district, nobody's name. */
const ORDINAL = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)$/;
/** Hyphened adjectives that are no name ("the English-language newspaper", "a Dolt-like Trump"). */
const ADJECTIVE =
  /^\p{Lu}[\p{L}.]*-(?:like|style|languages?|based|born|led|made|backed|owned|run|speaking|era|type|linked|funded|sponsored|controlled|ready)$/u;

/**
 * Capitalised runs of words ("Secretary of State Mike Pompeo", "Workers' Party of Korea"), joined
 * across "of"/"the" only when a capitalised word follows, and split at sentence-opening function
 * words ("The", "In") that the capital letter does not make a name.
 */
export function findNamePhrases(text: string, tokens: Token[]): NamePhrase[] {
  const phrases: NamePhrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (!isCapitalized(token.text) || NOT_NAMES.has(bare(token.text))) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1]!;
      if (!joined(text, tokens[j]!, next)) break;
      // A possessive ends a name ("Trump's North Korea policy") except inside one ("People's Republic").
      if (/['’]s$/.test(tokens[j]!.text) && !(next.text === "Republic" || ORG_WORDS.has(next.text))) break;
      if (
        (isCapitalized(next.text) &&
          (!NOT_NAMES.has(bare(next.text)) || givenNamePart(tokens, i, j, next))) ||
        PARTICLE_JOINED.test(next.text)
      ) {
        j++;
        continue;
      }
      // "Mohammed bin Salman", "Bashar al-Assad", "Ursula von der Leyen": lower-case particles
      // inside a name, when a capitalised word follows them.
      const p = pastJoiners(text, tokens, j, NAME_PARTICLES, 3);
      if (p !== undefined) {
        j = p;
        continue;
      }
      // "of the", "for", "and" inside organisation names: only when a capitalised word follows.
      const k = pastJoiners(text, tokens, j, CONNECTORS, 2);
      if (k !== undefined && connectorFits(tokens.slice(j + 1, k), tokens, i, j, k)) {
        j = k;
        continue;
      }
      break;
    }
    // "Long Live Kim Il Sung" (KCNA's slogans): the cheer is not part of the name; nor is the verb or
    // adverb opening a sentence ("Assessing the North’s statements", "Addressing Vice President
    // Mike Pence", "Recently the U.S."), else "North" became the surname of "Assessing the North".
    const from =
      tokens[i]!.text === "Long" && /^live$/i.test(tokens[i + 1]?.text ?? "")
        ? i + 2
        : j > i &&
            ((SENTENCE_OPENER.test(tokens[i]!.text) && opensName(tokens[i + 1]!.text)) ||
              (OPENER.test(tokens[i]!.text) && !isGivenName(tokens[i]!.text)) ||
              HEADLINE_VERBS.has(tokens[i]!.text))
          ? i + 1
          : i;
    const run = tokens.slice(from < j && tokens[from]!.text === "the" ? from + 1 : from, j + 1);
    const words = run.map((t) => t.text).join(" ");
    if (run.length > 0 && !HOLIDAY.test(words) && !WAR.test(words) && !COMPASS.test(words)) {
      const found = classify(text, run);
      // "the Max Thunder drills", "the carrier Carl Vinson", "USS Carl Vinson": an exercise or a
      // ship, named like a person; only a country named in it is kept.
      const following = text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 40);
      const thing =
        EXERCISE_AFTER.test(following) ||
        SHIP_AFTER.test(following) ||
        SHIP_BEFORE.test(text.slice(Math.max(0, run[0]!.start - 24), run[0]!.start)) ||
        SHIP_PREFIXES.has(run[0]!.text);
      phrases.push(...(thing ? found.filter((f) => f.kind === "country" || f.kind === "demonym") : found));
    }
    i = j + 1;
  }
  return phrases;
}

/**
 * The place a name phrase names, in its usual spelling, or undefined: a known place, a compass
 * word before one ("Northeast Asia", "West Texas"), or a run that ends in a place word ("Sentosa
 * Island", "Kim Il Sung Square") or opens with one ("Mount Paektu", "Sea of Japan").
 */
function placeName(whole: string, words: Token[]): string | undefined {
  const known = PLACES.get(whole.toLowerCase());
  if (known !== undefined) return known;
  if (words.length < 2) return undefined;
  if (COMPASS_WORDS.has(words[0]!.text)) {
    const rest = PLACES.get(whole.slice(words[1]!.start - words[0]!.start).toLowerCase());
    if (rest !== undefined) return `${words[0]!.text} ${rest}`;
  }
  if (PLACE_OPENERS.has(words[0]!.text)) return whole;
  // A title before it makes it a person ("Mr. Bay"); joined over "of" or "the", it is about the
  // place and is not one ("Denuclearization of the Korean Peninsula").
  if (
    PLACE_HEADS.has(bare(words[words.length - 1]!.text)) &&
    !TITLE_WORDS.has(words[0]!.text) &&
    !words.some((w) => CONNECTORS.has(w.text))
  )
    return whole;
  return undefined;
}

/** The leading country or demonym of a run that names no one itself, as a country phrase; none without one. */
function leadingCountry(
  text: string,
  words: Token[],
  lead: number,
  country: string | undefined,
): NamePhrase[] {
  if (lead === 0 || country === undefined) return [];
  const start = words[0]!.start;
  const end = words[lead - 1]!.end;
  // A demonym ("the Iranian nuclear deal") names its country without being a name of it.
  return text.slice(start, end) in COUNTRY_FORMS ? [countryPhrase(text, start, end, country)] : [];
}

/** The country phrase of `text.slice(start, end)`, a form of `country`. */
function countryPhrase(text: string, start: number, end: number, country: string): NamePhrase {
  return {
    kind: "country",
    start,
    end,
    nameStart: start,
    nameEnd: end,
    name: text.slice(start, end),
    title: "",
    country,
  };
}

/** A word in capitals (letters, with a dot or hyphen: "D.C.", "AL-ARISH"). */
const CAPITALS = /^\p{Lu}[\p{Lu}.-]*$/u;

/**
 * Whether a run is a dateline's place: it opens a line, and a comma, a bracket or a dash follows
 * ("SEOUL, South Korea (AP) —", "UNITED NATIONS (Reuters) -").
 */
function atDateline(text: string, start: number, end: number): boolean {
  if (start > 0 && text[start - 1] !== "\n") return false;
  return /^\s*[,(—–-]/.test(text.slice(end, end + 4));
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/**
 * "In" ending a Korean given name written in two words ("Moon Jae In", as Korean outlets often
 * spell Moon Jae-in), where it is no preposition: the run so far ends in a family name and one syllable.
 */
function givenNamePart(tokens: Token[], i: number, j: number, next: Token): boolean {
  // "Moon Jae In", "Hwang Kyo An": a last syllable that is also a word, after the family name and one.
  if (next.text === "In" || next.text === "An") return j > i && EAST_ASIAN_SURNAMES.has(tokens[j - 1]!.text);
  // "Hong Jun Phyo", "Kim So Yon": a syllable that is also a month or a word, right after the family
  // name, with the rest of the given name after it.
  const after = tokens[j + 2];
  return (
    (next.text === "Jun" || next.text === "So") &&
    EAST_ASIAN_SURNAMES.has(tokens[j]!.text) &&
    after !== undefined &&
    /^\p{Lu}\p{Ll}+$/u.test(after.text) &&
    !NOT_NAMES.has(after.text) &&
    after.start === next.end + 1
  );
}

/** "the North" alone is a region (in this news, often North Korea), never a person's surname. */
const COMPASS = /^(?:North|South|East|West)(?:['’]s)?$/;

/** What can follow an opening gerund or adverb and start the name proper: "the", a title, a country. */
function opensName(word: string): boolean {
  return word === "the" || TITLE_WORDS.has(word) || COUNTRY_FORMS[word] !== undefined;
}

/**
 * "and" joins organisation names ("Ministry of Culture and Sports"), never two people ("Kim and
 * Trump"), nor two organisations each whole ("Chosun Ilbo and Dong-A Ilbo", "the Senate and House").
 */
function connectorFits(
  connectors: Token[],
  tokens: Token[],
  from: number,
  last: number,
  to: number,
): boolean {
  if (!connectors.some((t) => t.text === "and")) return true;
  if (ORG_WORDS.has(tokens[last]!.text)) return false;
  return tokens.slice(from, to + 1).some((t) => ORG_WORDS.has(t.text));
}

/**
 * The place of the capitalised name word after the words of `words` that follow token `j` (at most
 * `most` of them, each joined to the one before), or undefined when there are none or no such word.
 */
function pastJoiners(
  text: string,
  tokens: Token[],
  j: number,
  words: ReadonlySet<string>,
  most: number,
): number | undefined {
  let k = j + 1;
  while (
    k < tokens.length &&
    words.has(tokens[k]!.text) &&
    k - j <= most &&
    joined(text, tokens[k - 1]!, tokens[k]!)
  )
    k++;
  const after = tokens[k];
  return k > j + 1 &&
    after &&
    joined(text, tokens[k - 1]!, after) &&
    isCapitalized(after.text) &&
    !NOT_NAMES.has(bare(after.text))
    ? k
    : undefined;
}

function joined(text: string, a: Token, b: Token): boolean {
  return /^['’]?[ \t]+$|^-$/.test(text.slice(a.end, b.start));
}

function bare(word: string): string {
  return word.replace(/['’]s$/, "");
}

/** Whether a word is possessive: "Trump's", or "CBS'" (the apostrophe after the word). */
function ownerEnds(text: string, word: Token): boolean {
  return (
    /['’]s$/.test(word.text) ||
    ((text[word.end] === "'" || text[word.end] === "’") && text[word.end + 1] === " ")
  );
}

function classify(text: string, words: Token[]): NamePhrase[] {
  if (ADJECTIVE.test(words[0]!.text)) return words.length > 1 ? classify(text, words.slice(1)) : [];
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const possessive = /['’]s$/.test(last.text);
  const end = possessive ? last.end - 2 : last.end;
  const whole = text.slice(first.start, end);
  const base = { start: first.start, end, nameStart: first.start, nameEnd: end, name: whole, title: "" };
  // The lists spell apostrophes straight; pages often curl them ("Democratic People’s Republic").
  const straight = whole.replace(/’/g, "'");
  if (straight in COUNTRY_FORMS) return [{ ...base, kind: "country", country: COUNTRY_FORMS[straight]! }];
  if (straight in DEMONYMS) return [{ ...base, kind: "demonym", country: DEMONYMS[straight]! }];
  // "CBS' Lesley Stahl", "Fox News’ Bret Baier": an owner before a person's full name is a name of
  // its own (not in "Workers' Party of Korea", whose rest names no one).
  const owner = words.findIndex((w, i) => i < words.length - 2 && ownerEnds(text, w));
  if (owner >= 0) {
    const rest = classify(text, words.slice(owner + 1));
    if (rest.length === 1 && rest[0]!.kind === "person")
      return [...classify(text, words.slice(0, owner + 1)), ...rest];
  }
  // Several words in capitals are a dateline's city ("NEW DELHI, July 15 (KCNA) --"), or a
  // headline's words: known, they are that place or country; unknown, a dateline's run is its
  // city all the same (no one is named at the head of a dateline), and a headline's is left to
  // the rules below. (One word in capitals is mostly an acronym: see below.)
  if (words.length > 1 && words.every((w) => CAPITALS.test(w.text))) {
    const usual = words.map((w) => titleCase(w.text)).join(" ");
    if (usual in COUNTRY_FORMS) return [{ ...base, kind: "country", country: COUNTRY_FORMS[usual]! }];
    const known = PLACES.get(whole.toLowerCase());
    if (known !== undefined) return [{ ...base, kind: "place", name: known }];
    if (atDateline(text, first.start, end)) return [{ ...base, kind: "place", name: usual }];
  }
  if (words.length === 1 && first.text.includes("-")) {
    // "DPRK-U.S. summit": a pair of countries written as one word.
    const parts = first.text.split("-");
    if (parts.every((p) => p in COUNTRY_FORMS)) {
      let at = first.start;
      return parts.map((p) => {
        const phrase: NamePhrase = {
          ...base,
          kind: "country",
          start: at,
          end: at + p.length,
          nameStart: at,
          nameEnd: at + p.length,
          name: p,
          country: COUNTRY_FORMS[p]!,
        };
        at += p.length + 1;
        return phrase;
      });
    }
  }
  let titled = 0;
  while (titled < words.length && isTitleWord(words[titled]!.text)) titled++;
  // "White House Press Secretary Sarah Sanders", "Senate Majority Leader Mitch McConnell": an
  // organisation, then the capitalised title it gives a person, then the person's full name (not
  // "Institute of International Studies", nor "Press Secretary Yoon", a title alone).
  for (let o = titled; o + 2 < words.length; o++) {
    const next = words[o + 1]!.text;
    if (!ORG_WORDS.has(bare(words[o]!.text)) || !TITLE_WORDS.has(next) || !/^\p{Lu}/u.test(next)) continue;
    const rest = classify(text, words.slice(o + 1));
    if (rest.length === 1 && rest[0]!.kind === "person" && rest[0]!.title && rest[0]!.name.includes(" "))
      return [...classify(text, words.slice(0, o + 1)), ...rest];
    break;
  }
  // Title words that are also organisation words ("Press Secretary") before a full name make no
  // organisation; alone, before one word ("Press TV") or before more than a name ("Committee for
  // the Peaceful Reunification of the Country") they do.
  const after = words.slice(titled);
  const named = after.length >= 2 && !after.some((w) => CONNECTORS.has(w.text)) ? after : words;
  // "the Embassy", "the School" alone name no one body.
  if (words.length === 1 && GENERIC_ORG_WORDS.has(bare(first.text))) return [];
  if (named.some((w) => ORG_WORDS.has(bare(w.text)))) return [{ ...base, kind: "organization" }];
  const place = placeName(whole, words);
  if (place !== undefined) return [{ ...base, kind: "place", name: place }];
  // A leading country or demonym: "South Korea National Security Adviser Chung Eui-yong".
  let lead = 0;
  let country: string | undefined;
  for (let n = Math.min(words.length - 1, 4); n >= 1; n--) {
    const form = text.slice(first.start, words[n - 1]!.end);
    const found = COUNTRY_FORMS[form] ?? DEMONYMS[form];
    if (found) {
      lead = n;
      country = found;
      break;
    }
  }
  // "touring Europe Abe met": a known place, then one name, is the place and the person.
  const placeFirst = lead === 0 && words.length === 2 ? PLACES.get(first.text.toLowerCase()) : undefined;
  const placed = placeFirst === undefined ? [] : classify(text, words.slice(1));
  // "the Texas Seventh" is a district, "Spring People's" a crowd: nobody's name.
  const noName = ORDINAL.test(last.text) || PLURAL_HEADS.has(bare(last.text));
  if (placed.length === 1 && placed[0]!.kind === "person" && !noName && !PARTY_MEMBERS.has(bare(last.text)))
    return [{ ...base, kind: "place", end: first.end, nameEnd: first.end, name: placeFirst! }, ...placed];
  // "the Singapore Summit", "the Winter Olympics": a happening or a document, no one; only a
  // leading country in it is named.
  if (NOT_ENTITY_HEADS.has(bare(last.text))) return leadingCountry(text, words, lead, country);
  // "Jeff Flake, Arizona Republican", "a Texas Democratic strategist": a party member's home and
  // party, nobody's name (the party alone, "Democrats", is an organisation).
  if (words.length > 1 && PARTY_MEMBERS.has(bare(last.text)))
    return leadingCountry(text, words, lead, country);
  let t = lead;
  // "CIA Director Mike Pompeo": an organisation's initials open the title.
  if (t === 0 && words.length > 2 && ACRONYM.test(words[0]!.text) && TITLE_WORDS.has(words[1]!.text)) t = 1;
  while (t < words.length && isTitleWord(words[t]!.text)) t++;
  // A word or two before a title that opens the name ("Somebody President Trump", "Foreign Affairs
  // Minister Taro Kono", "Republican Sen. Ted Cruz"): capitalised words the run took in, no part of it.
  for (let k = t + 1; k <= t + 2 && k < words.length - 1; k++) {
    if (TITLE_WORDS.has(words[k]!.text) && /^\p{Lu}/u.test(words[k]!.text)) {
      if (words.slice(t, k).some((w) => CONNECTORS.has(w.text))) break;
      // "Senator Angus King of Maine": a surname that is also a title, of a place.
      if (words[k + 1]!.text === "of") break;
      return classify(text, words.slice(k));
    }
  }
  // The office a title names, reached across its "of" ("Minister of Foreign Affairs Taro Kono"), and
  // the initials of a body or an honour ("Ambassador to the UN Nikki Haley", "HE Kim Jong Un"), before
  // a full name: no part of it.
  const office = t;
  while (
    t < words.length - 2 &&
    (OFFICE_ENDS.has(words[t]!.text) ||
      (ACRONYM.test(words[t]!.text) && !EAST_ASIAN_SURNAMES.has(titleCase(words[t]!.text))))
  )
    t++;
  // "Prime Minister of Japan Abe", "President of the United States Donald Trump": the country of the
  // title, before the name.
  if (t > lead && t < words.length - 1 && (words[t - 1]!.text === "of" || words[t - 1]!.text === "the"))
    for (let n = Math.min(4, words.length - 1 - t); n >= 1; n--) {
      const form = text.slice(words[t]!.start, words[t + n - 1]!.end);
      if (COUNTRY_FORMS[form] === undefined) continue;
      country ??= COUNTRY_FORMS[form];
      t += n;
      break;
    }
  // Without a title before them they are no title either: the name is read on its own (initials in
  // capitals may be a headline's words: "TRUST Kim" names no body).
  if (t > office && office === 0) return classify(text, words.slice(t));
  // "Supreme Leader" ends a title; "of State" may continue it.
  const nameWords = words.slice(t);
  const titleText = t > 0 ? text.slice(first.start, words[t - 1]!.end) : "";
  if (nameWords.length === 0) {
    return [{ ...base, kind: "title", title: titleText, ...(country ? { country } : {}) }];
  }
  const nameFirst = nameWords[0]!;
  const name = text.slice(nameFirst.start, end);
  // What is left past a country or a title may be no one: a demonym ("U.S.-South Korean"), a place
  // ("Chinese Hong Kong"), a title alone ("the Great Leader"), a district ("the Texas Seventh").
  const rest = { ...base, start: nameFirst.start, nameStart: nameFirst.start, name };
  const demonym = DEMONYMS[name.replace(/’/g, "'")];
  if (demonym !== undefined)
    return [...leadingCountry(text, words, lead, country), { ...rest, kind: "demonym", country: demonym }];
  const known = PLACES.get(name.toLowerCase());
  if (known !== undefined)
    return [...leadingCountry(text, words, lead, country), { ...rest, kind: "place", name: known }];
  if (
    nameWords.every((w) => OFFICE_ENDS.has(w.text)) ||
    (nameWords.length >= 2 && t === 0 && TITLE_ENDS.has(bare(last.text)))
  )
    return [{ ...base, kind: "title", title: whole }];
  // "ICBM Hwasong-14": a weapon's name has a number; "East European" is a region's people.
  if (nameWords.some((w) => /\d/.test(w.text))) return leadingCountry(text, words, lead, country);
  if (words.length === 2 && COMPASS_WORDS.has(first.text) && /(?:an|ese|ish)$/.test(last.text)) return [];
  if (words.length >= 2 && noName) return leadingCountry(text, words, lead, country);
  if (name in COUNTRY_FORMS) {
    return [
      {
        ...base,
        kind: "country",
        nameStart: nameFirst.start,
        name,
        start: nameFirst.start,
        country: COUNTRY_FORMS[name]!,
      },
    ];
  }
  if (t === lead && lead === 0 && nameWords.length === 1 && ACRONYM.test(name)) {
    // A dateline's city in capitals ("SEOUL (Yonhap) --") is its place, not an organisation.
    const city = titleCase(name);
    if (city in COUNTRY_FORMS) return [{ ...base, kind: "country", country: COUNTRY_FORMS[city]! }];
    const place = PLACES.get(name.toLowerCase());
    if (place !== undefined) return [{ ...base, kind: "place", name: place }];
    // An unknown city heading a dateline ("BEIRUT (Reuters) -"); an acronym is rarely that long.
    if (name.length >= 5 && atDateline(text, first.start, end))
      return [{ ...base, kind: "place", name: city }];
    return [{ ...base, kind: "organization" }];
  }
  // A name joined over "of" past its title: "Prime Minister Shinzo Abe of Japan" is the person and
  // the country; "Denuclearization of the Korean Peninsula" is an idea, no one's name.
  const cut = nameWords.findIndex((w) => CONNECTORS.has(w.text));
  if (cut >= 0) {
    let from = cut + 1;
    while (from < nameWords.length && CONNECTORS.has(nameWords[from]!.text)) from++;
    const before = nameWords.slice(0, cut);
    const after = from < nameWords.length ? text.slice(nameWords[from]!.start, end) : "";
    const ofCountry = COUNTRY_FORMS[after];
    // "Senator Angus King of Maine": of a place that is no country, the person and the place.
    const ofPlace = ofCountry === undefined && titleText ? PLACES.get(after.toLowerCase()) : undefined;
    if (
      before.length === 0 ||
      (ofCountry === undefined && ofPlace === undefined) ||
      (before.length === 1 && !titleText)
    )
      return leadingCountry(text, words, lead, country);
    const personEnd = before[before.length - 1]!.end;
    const afterStart = nameWords[from]!.start;
    return [
      {
        ...base,
        kind: "person",
        end: personEnd,
        nameStart: nameFirst.start,
        nameEnd: personEnd,
        name: text.slice(nameFirst.start, personEnd),
        title: titleText,
        ...(ofCountry !== undefined ? { country: ofCountry } : {}),
      },
      ofCountry !== undefined
        ? countryPhrase(text, afterStart, end, ofCountry)
        : { ...base, kind: "place", start: afterStart, nameStart: afterStart, name: ofPlace! },
    ];
  }
  const phrase: NamePhrase = { ...base, kind: "person", nameStart: nameFirst.start, name, title: titleText };
  if (country) phrase.country = country;
  return [phrase];
}
