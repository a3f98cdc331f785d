import type { EntityKind } from "../../schema/entity.ts";
import { COUNTRY_FORMS, DEMONYMS, NOT_NAMES, ORG_WORDS, SENTENCE_OPENER, TITLE_WORDS } from "./lexicon.ts";
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
      if (isCapitalized(next.text) && !NOT_NAMES.has(bare(next.text))) {
        j++;
        continue;
      }
      // "of the", "for", "and" inside organisation names: only when a capitalised word follows.
      let k = j + 1;
      while (
        k < tokens.length &&
        CONNECTORS.has(tokens[k]!.text) &&
        k - j <= 2 &&
        joined(text, tokens[k - 1]!, tokens[k]!)
      )
        k++;
      const after = tokens[k];
      if (
        k > j + 1 &&
        after &&
        joined(text, tokens[k - 1]!, after) &&
        isCapitalized(after.text) &&
        !NOT_NAMES.has(bare(after.text)) &&
        connectorFits(tokens.slice(j + 1, k), tokens, i, k)
      ) {
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
        : j > i && SENTENCE_OPENER.test(tokens[i]!.text) && opensName(tokens[i + 1]!.text)
          ? i + 1
          : i;
    const run = tokens.slice(from < j && tokens[from]!.text === "the" ? from + 1 : from, j + 1);
    const words = run.map((t) => t.text).join(" ");
    if (run.length > 0 && !HOLIDAY.test(words) && !WAR.test(words) && !COMPASS.test(words))
      phrases.push(...classify(text, run));
    i = j + 1;
  }
  return phrases;
}

/** "the North" alone is a region (in this news, often North Korea), never a person's surname. */
const COMPASS = /^(?:North|South|East|West)(?:['’]s)?$/;

/** What can follow an opening gerund or adverb and start the name proper: "the", a title, a country. */
function opensName(word: string): boolean {
  return word === "the" || TITLE_WORDS.has(word) || COUNTRY_FORMS[word] !== undefined;
}

/** "and" joins organisation names ("Ministry of Culture and Sports"), never two people ("Kim and Trump"). */
function connectorFits(connectors: Token[], tokens: Token[], from: number, to: number): boolean {
  if (!connectors.some((t) => t.text === "and")) return true;
  return tokens.slice(from, to + 1).some((t) => ORG_WORDS.has(t.text));
}

function joined(text: string, a: Token, b: Token): boolean {
  return /^['’]?[ \t]+$|^-$/.test(text.slice(a.end, b.start));
}

function bare(word: string): string {
  return word.replace(/['’]s$/, "");
}

function classify(text: string, words: Token[]): NamePhrase[] {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const possessive = /['’]s$/.test(last.text);
  const end = possessive ? last.end - 2 : last.end;
  const whole = text.slice(first.start, end);
  const base = { start: first.start, end, nameStart: first.start, nameEnd: end, name: whole, title: "" };
  if (whole in COUNTRY_FORMS) return [{ ...base, kind: "country", country: COUNTRY_FORMS[whole]! }];
  if (whole in DEMONYMS) return [{ ...base, kind: "demonym", country: DEMONYMS[whole]! }];
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
  if (words.some((w) => ORG_WORDS.has(bare(w.text)))) return [{ ...base, kind: "organization" }];
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
  let t = lead;
  while (t < words.length && TITLE_WORDS.has(words[t]!.text)) t++;
  // "Supreme Leader" ends a title; "of State" may continue it.
  const nameWords = words.slice(t);
  const titleText = t > 0 ? text.slice(first.start, words[t - 1]!.end) : "";
  if (nameWords.length === 0) {
    return [{ ...base, kind: "title", title: titleText, ...(country ? { country } : {}) }];
  }
  const nameFirst = nameWords[0]!;
  const name = text.slice(nameFirst.start, end);
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
    return [{ ...base, kind: "organization" }];
  }
  const phrase: NamePhrase = { ...base, kind: "person", nameStart: nameFirst.start, name, title: titleText };
  if (country) phrase.country = country;
  return [phrase];
}
