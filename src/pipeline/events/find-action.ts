import { AUXILIARIES, BE_FORMS, IRREGULAR_PAST, NOT_VERBS, PASSIVE_ONLY_VERBS } from "./lexicon.ts";
import { inRelativeClause } from "./relative-clause.ts";
import type { Token } from "./tokens.ts";

/** The verb that carries a clause's event, with its place among the tokens. */
export interface Action {
  index: number;
  verb: string;
  /** Third person present form for a headline: "met" -> "meets". */
  present: string;
}

const PRESENT_3SG = /^[a-z]+(?:s)$/;

/**
 * The first finite verb after the subject: an irregular past ("met", "said"), a regular past
 * ("visited"), "will"/"would" + verb, or a third person present ("says", "slams"). News leads put
 * the event verb right after the subject and its title, so the first such word is usually it.
 * With the `text` the tokens come from, a verb in a relative clause is passed over: in "those
 * countries which took part in the Korean War" or "Kim, who met Moon on Friday, said", the clause
 * says what a noun is, and the sentence's event is told by the verb outside it.
 */
export function findAction(
  tokens: Token[],
  from: number,
  to = tokens.length,
  text?: string,
): Action | undefined {
  for (let i = from; i < to; i++) {
    const action = actionAt(tokens, i, to);
    // Checked only for a verb found: most words are none, and the check reads the text before.
    if (action && !(text !== undefined && inRelativeClause(text, tokens[from]!.start, tokens[i]!.start)))
      return action;
  }
  return undefined;
}

/** The action whose verb is (or, after "will", follows) the `i`th token, if it is one. */
function actionAt(tokens: Token[], i: number, to: number): Action | undefined {
  const word = tokens[i]!.text;
  const lower = word.toLowerCase();
  if (word !== lower) return undefined;
  if (lower in IRREGULAR_PAST) return { index: i, verb: word, present: IRREGULAR_PAST[lower]! };
  if (
    lower.length > 4 &&
    lower.endsWith("ed") &&
    (!NOT_VERBS.has(lower) || (PASSIVE_ONLY_VERBS.has(lower) && afterPassiveAuxiliary(tokens[i - 1]))) &&
    !modifiesNoun(tokens[i - 1])
  )
    return { index: i, verb: word, present: presentOf(lower) };
  if ((lower === "will" || lower === "would") && i + 1 < to) {
    // "will soon visit", "will also meet": the adverb is not the verb.
    const skip =
      i + 2 < to && /^(?:soon|also|likely|probably|then|now|again|still|[a-z]+ly)$/.test(tokens[i + 1]!.text)
        ? 1
        : 0;
    const next = tokens[i + 1 + skip]!.text;
    if (/^[a-z]+$/.test(next) && !AUXILIARIES.has(next))
      return { index: i + 1 + skip, verb: `${word} ${next}`, present: `to ${next}` };
  }
  if (
    PRESENT_3SG.test(lower) &&
    /(?:says|plans|meets|visits|calls|holds|urges|warns|vows|slams|agrees|announces|signs|tweets|accuses|rejects|praises|sends|hosts|launches|fires|tests|threatens)$/.test(
      lower,
    )
  ) {
    return { index: i, verb: word, present: lower };
  }
  return undefined;
}

// "a planned meeting", "Trump's planned summit": after a determiner or a possessive, a participle
// describes the noun that follows; it is not the clause's verb.
const NOUN_OPENER = /^(?:a|an|the|its|his|her|their|our|this|these|those|any|every|each)$/;

function afterPassiveAuxiliary(previous: Token | undefined): boolean {
  return BE_FORMS.has(previous?.text.toLowerCase() ?? "");
}

function modifiesNoun(previous: Token | undefined): boolean {
  if (!previous) return false;
  return NOUN_OPENER.test(previous.text.toLowerCase()) || /\p{L}['’]s$/u.test(previous.text);
}

/** "visited" -> "visits", "agreed" -> "agrees", "slammed" -> "slams", "tried" -> "tries". */
export function presentOf(past: string): string {
  const base = past.slice(0, -2);
  // Stems the rules below get wrong, found running them over the usdprk corpus's -ed words.
  if (SILENT_E.test(base)) return `${base}es`;
  if (base === "echo") return "echoes";
  if (/(?:oo[kt]|ou[td]|au[dt])$/.test(base)) return `${base}s`;
  if (/(?:contro|patro|compe|expe|prope|rebe)ll$/.test(base)) return `${base.slice(0, -1)}s`;
  if (base.endsWith("i")) return `${base.slice(0, -1)}ies`;
  if (/([bdgklmnprt])\1$/.test(base) && !/(?:ll|ss)$/.test(base)) return `${base.slice(0, -1)}s`;
  // Endings the rules below cannot tell apart: "scheduled", "postponed", "welcomed" keep their e.
  if (/(?:[^aeiou]ul|[^io]pon|com|[^aeiou][ai]m)$/.test(base)) return `${base}es`;
  if (
    past.endsWith("eed") ||
    past.endsWith("ued") ||
    (/(?:[^aeiou]e|[cgsvz]e|[aeiou][^aeiouwy]e)d$/.test(past) && needsE(base))
  ) {
    return `${past.slice(0, -1)}s`.replace(/ses$/, "ses");
  }
  if (/(?:sh|ch|x|ss|z)$/.test(base)) return `${base}es`;
  return `${base}s`;
}

const SILENT_E =
  /(?:deplor|ignor|explor|restor|ador|sum|scrib|massacr|shap|clin|termin|plet|compet|delet|bin|fin|min|lin)$/;

// Past forms whose base ends in a silent "e": "released", "accused", "announced", "received".
function needsE(base: string): boolean {
  if (base.endsWith("it")) return /(?:invit|^cit|excit|recit|ignit|unit|writ)$/.test(base);
  return (
    /(?:[cgvz]|[aeiou]s|[^aeiou]s|at|it|ut|ot|ir|ur|ar|[aeiou]k|dg|[^aeiou]l|ok|ud|id|ad|rg)$/.test(base) &&
    !/(?:ow|ain|ess|ll|ss|rt|rk|nt|st|rd|lt|ect|ist|ash|ead|ear|(?:[^c]r|[^r])eat|oat|ait|oad)$/.test(base)
  );
}
