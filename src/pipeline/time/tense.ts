/**
 * Which way a calendar expression without a year or a week points ("on Thursday", "July 6", "in the
 * spring") depends on the clause it sits in: news reports finished things in the past tense and
 * announces plans with will/would/to be/scheduled. We look at the verbs of the sentence around the
 * expression and let the marker nearest to it decide, so that "said on Thursday that he will meet
 * on Friday" sends Thursday back and Friday forward.
 */

export type Tense = "past" | "future" | "unknown";

/**
 * Phrases that put the clause's event ahead of the publication date, including the terms of
 * announcements that name dates to come ("payable Dec. 15", "effective Feb. 1", "expires Nov. 6").
 */
const futureMarker =
  /\b(?:will|payable|effective|expires?|expiring|due|deadline|won't|shall|would|'ll|going to|(?:is|are|was|were) (?:due|set|scheduled|expected|slated|poised|planning|preparing) to|(?:plans?|planned|intends?|hopes?|aims?|expects?|vows?|promised?|agreed) to|(?:is|are|was|were) to|set to|scheduled|slated|upcoming|next|coming)\b/gi;

/** Irregular past forms common in news; regular ones are caught by their -ed ending below. */
const irregularPast =
  "said|told|was|were|had|did|met|went|came|made|took|gave|rose|fell|won|lost|sold|bought|left|began|held|saw|spoke|wrote|sent|brought|found|got|kept|led|paid|ran|shot|struck|thought|knew|became|broke|chose|drove|flew|grew|hit|hung|heard|meant|quit|read|sat|stood|stole|swore|taught|threw|understood|woke|wore|ago|earlier|last|yesterday|already";
const pastMarker = new RegExp(`\\b(?:${irregularPast}|[a-z]{2,}ed)\\b`, "gi");

/**
 * -ed words that are not past verbs in this position: adjectives and nouns that would otherwise
 * make every clause look past, and participles that announce plans ("scheduled to", "expected to").
 */
const notPastWords = new Set([
  "united",
  "based",
  "need",
  "indeed",
  "speed",
  "hundred",
  "limited",
  "related",
  "red",
  "bed",
  "feed",
  "seed",
  "proceed",
  "succeed",
  "exceed",
  "scheduled",
  "expected",
  "planned",
  "slated",
  "proposed",
  "anticipated",
  "intended",
  "supposed",
]);

interface Marker {
  start: number;
  end: number;
  tense: Exclude<Tense, "unknown">;
}

/** Sentence bounds around [start, end): a stop, question or exclamation mark followed by a capital, a semicolon, or a line break. */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0) {
    const c = text[from - 1];
    if (c === "\n" || c === ";") break;
    if (
      (c === "." || c === "!" || c === "?") &&
      /\s/.test(text[from] ?? "") &&
      !isAbbreviationStop(text, from - 1)
    )
      break;
    from--;
  }
  let to = end;
  while (to < text.length) {
    const c = text[to];
    if (c === "\n" || c === ";") break;
    if (
      (c === "." || c === "!" || c === "?") &&
      /\s|$/.test(text[to + 1] ?? "") &&
      !isAbbreviationStop(text, to)
    )
      break;
    to++;
  }
  return [from, to];
}

/** "Jan." or "Mr." end a word, not a sentence. */
function isAbbreviationStop(text: string, dot: number): boolean {
  const before = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, dot - 6), dot))?.[1] ?? "";
  return /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|st|gen|sen|rep|gov|no|u\.s|vs|inc|corp|co|jr|sr|lt|col|sgt|capt)$/i.test(
    before,
  );
}

function collect(pattern: RegExp, tense: Marker["tense"], clause: string, offset: number, into: Marker[]) {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(clause); m; m = pattern.exec(clause)) {
    if (tense === "past" && notPastWords.has(m[0].toLowerCase())) continue;
    // A participle after "be" ("will be paid", "is expected") takes its tense from the auxiliary.
    if (
      tense === "past" &&
      /\b(?:be|been|being|is|are|am|'s)\s+(?:\w+ly\s+)?$/i.test(clause.slice(0, m.index))
    )
      continue;
    into.push({ start: offset + m.index, end: offset + m.index + m[0].length, tense });
  }
}

/**
 * The tense of the clause around text[start, end). Markers inside the expression itself are ignored
 * so that "last week" or "next Friday" do not vote for their own direction here (the rules that
 * read "last"/"next" handle those directly).
 */
export function clauseTense(text: string, start: number, end: number): Tense {
  const tense = markerTense(text, start, end);
  const lead = /\b(since|by|until|till|through)\s+(?:the\s+)?$/i.exec(
    text.slice(Math.max(0, start - 16), start),
  );
  const preposition = lead?.[1]?.toLowerCase();
  // "since March" starts before the report, whatever the clause's other verbs say.
  if (preposition === "since") return "past";
  // A deadline in a past-tense report ("agreed to repay the loan by February") is as often ahead
  // as behind: the nearest occurrence either side is the better guess.
  if (preposition && tense === "past") return "unknown";
  return tense;
}

function markerTense(text: string, start: number, end: number): Tense {
  const [from, to] = sentenceBounds(text, start, end);
  const clause = text.slice(from, to);
  const markers: Marker[] = [];
  collect(futureMarker, "future", clause, from, markers);
  collect(pastMarker, "past", clause, from, markers);
  let best: Marker | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const marker of markers) {
    if (marker.end > start && marker.start < end) continue;
    const between =
      marker.end <= start
        ? clause.slice(marker.end - from, start - from)
        : clause.slice(end - from, marker.start - from);
    // A comma or quotation mark in between usually separates clauses: 'will dry up around October,"
    // Kang said' is about October's future, not the saying. Such markers count as farther away.
    // A subject between the expression and a later marker starts a new clause: in "said on Jan. 12
    // he would continue", "would" belongs to the reported clause, not to the day of the saying.
    const newClause = marker.start >= end && /\b(?:he|she|they|we|i|it|that)\b/i.test(between);
    const distance =
      (marker.end <= start ? start - marker.end : marker.start - end) +
      (/[,"“”]/.test(between) ? 60 : 0) +
      (newClause ? 30 : 0);
    // A future marker wins a tie: "would" and "will" sit closer to the verb they govern.
    if (distance < bestDistance || (distance === bestDistance && marker.tense === "future")) {
      best = marker;
      bestDistance = distance;
    }
  }
  return best?.tense ?? "unknown";
}
