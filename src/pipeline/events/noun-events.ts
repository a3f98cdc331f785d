import type { Timex } from "../../schema/article.ts";
import type { NamedSpan } from "./make-title.ts";

// "the first ever high-level meeting between Kim and a South Korean delegation Monday", "a dinner
// for the special envoys", "the plenary meeting of the Central Committee": a happening named by its
// noun, with who took part after a preposition. News puts these in subordinate clauses ("came
// after ..."), where no name comes before a verb.
const NOUN_EVENT =
  /\b(meeting|talks|summit|dinner|banquet|luncheon|reception|visit|session|plenum|conference)\s+(?:between|with|for|of|to)\s+/giu;
const PHRASE_END =
  /[,;:()]|\s[—–-]\s|\s(?:that|which|who|where|when|while|as|amid|after|before|because|but|and said|to discuss)\s/u;
const MAX_WORDS = 12;

/**
 * A title for a clause whose event is a noun phrase, when the phrase names a participant: "Meeting
 * between Kim Jong Un and a South Korean delegation", names in their plain form and dates dropped;
 * `from` is where the phrase starts, since the words before it ("the breakthrough came after") are
 * another matter.
 */
export function nounPhraseTitle(
  text: string,
  start: number,
  end: number,
  named: NamedSpan[],
  timexes: Timex[],
): { title: string; from: number } | undefined {
  const clause = text.slice(start, end);
  for (const m of clause.matchAll(NOUN_EVENT)) {
    const from = start + m.index;
    const rest = text.slice(from + m[0].length, end);
    const cut = PHRASE_END.exec(rest);
    let to = from + m[0].length + (cut ? cut.index : rest.length);
    for (const t of timexes) if (t.start >= from && t.start < to) to = t.start;
    const inside = named.filter((n) => n.start >= from + m[0].length && n.end <= to);
    if (inside.length === 0) continue;
    let title = "";
    let at = from;
    for (const n of inside) {
      if (n.start < at) continue;
      title += text.slice(at, n.start) + n.name;
      at = n.end;
    }
    title += text.slice(at, to);
    const words = title.replace(/\s+/g, " ").trim().split(" ").slice(0, MAX_WORDS);
    while (
      words.length > 2 &&
      /^(?:the|a|an|of|on|in|at|to|for|with|and|or|by|his|her|their|its)$/i.test(words.at(-1)!)
    )
      words.pop();
    const phrase = words.join(" ").replace(/[.,;:]+$/, "");
    return { title: phrase.charAt(0).toUpperCase() + phrase.slice(1), from };
  }
  return undefined;
}
