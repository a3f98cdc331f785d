import type { Timex } from "../../schema/article.ts";
import type { Action } from "./find-action.ts";
import { MEETING_VERBS } from "./lexicon.ts";
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
  object = object.replace(/\s+/g, " ").trim();
  object = firstWords(object.split(" ").filter(Boolean), MAX_OBJECT_WORDS);
  while (TRAILING.test(object)) object = object.replace(TRAILING, "");
  object = balanceQuotes(object);
  let title = `${subject.name} ${action.present}${object ? ` ${object}` : ""}`;
  const verb = action.verb.toLowerCase();
  if (datelinePlace && MEETING_VERBS.has(verb) && !/\b(?:in|at)\s+\p{Lu}/u.test(object))
    title += ` in ${titleCase(datelinePlace)}`;
  return title.replace(/[.,;:]+$/, "");
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
