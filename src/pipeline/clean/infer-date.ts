import { addDays, toDay, WEEKDAYS, weekdayOf } from "../../lib/days.ts";
import { monthNumber } from "./dateline.ts";

export interface CorpusContext {
  /** Years of the corpus's firmly dated articles, most frequent first. */
  years: number[];
}

export interface InferredDate {
  value: string;
  /** How it was found, in words, for the reader panel and the report. */
  how: string;
}

const MONTH =
  "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
/** "July 6" or "6 July" not followed by a year. */
const DAY_MONTH = new RegExp(
  `\\b(?:${MONTH} (\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2}) ${MONTH})\\b(?!,? \\d{4})`,
  "g",
);
const WEEKDAY = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
const YEAR = /\b(19\d{2}|20\d{2})\b/g;

/** How far after the latest dated event a story is still "news": a story on a dated letter comes days after it. */
const MAX_DAYS_AFTER_ANCHOR = 21;

/**
 * Infers the publication day of a story that never states its year, from what the text does
 * constrain: the day-months it mentions (the story comes after them), the weekday of its lead ("on
 * Thursday" in the first sentence is the day the story reports) and the years around it (the
 * corpus's other articles, else years in the text). Returns undefined when the text does not
 * constrain the day enough to be honest about it.
 */
export function inferPublicationDate(text: string, corpus: CorpusContext): InferredDate | undefined {
  const anchors: { month: number; day: number; text: string }[] = [];
  for (const match of text.matchAll(DAY_MONTH)) {
    const month = monthNumber(match[1] ?? match[4] ?? "");
    const day = Number(match[2] ?? match[3]);
    if (month !== undefined && day >= 1 && day <= 31) anchors.push({ month, day, text: match[0] });
  }
  if (anchors.length === 0) return undefined;
  const lead = text.split(/(?<=[.!?])\s+/)[0] ?? "";
  const leadWeekdayName = WEEKDAY.exec(lead)?.[1];
  WEEKDAY.lastIndex = 0;
  const leadWeekday = leadWeekdayName ? WEEKDAYS.indexOf(leadWeekdayName.toLowerCase()) : undefined;

  const textYears = [...text.matchAll(YEAR)].map((m) => Number(m[1]));
  const years = corpus.years.length > 0 ? corpus.years : mostFrequent(textYears);
  if (years.length === 0) return undefined;

  let best: { value: string; score: number; year: number; anchor: string } | undefined;
  for (const [rank, year] of years.slice(0, 3).entries()) {
    // The story comes after every dated thing it mentions: start from the latest anchor.
    const anchorDays = anchors
      .map((a) => ({ day: toDay(year, a.month, a.day), text: a.text }))
      .filter((a): a is { day: string; text: string } => a.day !== undefined)
      .sort((a, b) => (a.day < b.day ? -1 : 1));
    const latest = anchorDays[anchorDays.length - 1];
    if (!latest) continue;
    for (let offset = 0; offset <= MAX_DAYS_AFTER_ANCHOR; offset++) {
      const candidate = addDays(latest.day, offset);
      let score = -rank * 10 - offset * 0.1;
      if (leadWeekday !== undefined) {
        const gap = (weekdayOf(candidate) - leadWeekday + 7) % 7;
        // Same day is the norm; a day later happens (stories filed overnight); more is unlikely.
        score += gap === 0 ? 5 : gap === 1 ? 2 : 0;
      }
      if (!best || score > best.score) best = { value: candidate, score, year, anchor: latest.text };
    }
  }
  if (!best) return undefined;
  if (leadWeekday === undefined) {
    // Without a weekday the day after the anchor is a guess; say so by keeping the anchor's day.
    return {
      value: best.value,
      how: `on or after "${best.anchor}", the latest day the text mentions; year ${best.year} ${yearSource(corpus)}`,
    };
  }
  const weekday = WEEKDAYS[leadWeekday]!.replace(/^./, (c) => c.toUpperCase());
  return {
    value: best.value,
    how: `the ${weekday} of the lead, first after "${best.anchor}"; year ${best.year} ${yearSource(corpus)}`,
  };
}

function yearSource(corpus: CorpusContext): string {
  return corpus.years.length > 0 ? "from the corpus's other articles" : "from the years the text mentions";
}

function mostFrequent(values: number[]): number[] {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([v]) => v);
}
