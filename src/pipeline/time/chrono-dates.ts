/**
 * Days written with a month name ("July 6, 2018", "Jan. 3", "the 6th of July", "Friday, Oct. 13").
 * chrono-node reads these forms well, so we keep it for them; what we change is the year when the
 * text gives none (chrono takes the nearest occurrence forward, news wants the tense's direction)
 * and the span (chrono swallows "on" and clock times, which are not part of a DATE).
 */
import * as chrono from "chrono-node";
import { resolveMonthDay } from "./anchor.ts";
import { type Day, formatDay, isValidDay } from "./calendar.ts";
import type { Candidate, RuleContext } from "./rule.ts";
import { monthPattern, weekdayPattern } from "./words.ts";

/** The date part of a chrono match: optional weekday, then month-day or day-month, then year. */
const datePart = new RegExp(
  `(?:(?:${weekdayPattern}),?\\s+)?(?:(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?:${monthPattern})|(?:${monthPattern})\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)(?:,?\\s+\\d{4}\\b)?`,
);

export function chronoMonthDays(ctx: RuleContext): Candidate[] {
  const reference = {
    instant: new Date(Date.UTC(ctx.dct.year, ctx.dct.month - 1, ctx.dct.day, 12)),
    timezone: 0,
  };
  const out: Candidate[] = [];
  for (const result of chrono.en.parse(ctx.text, reference)) {
    const { start } = result;
    if (!start.isCertain("month") || !start.isCertain("day")) continue;
    const part = datePart.exec(result.text);
    // No month name in the match: a numeric date, which has its own rule with a day-order hint.
    if (!part || !/[A-Z]/.test(part[0])) continue;
    const from = result.index + part.index;
    const to = from + part[0].length;
    const month = start.get("month")!;
    const day = start.get("day")!;
    let date: Day | null;
    if (/\d{4}$/.test(part[0])) {
      const year = start.get("year")!;
      date = isValidDay(year, month, day) ? { year, month, day } : null;
    } else {
      date = resolveMonthDay(ctx.dct, month, day, ctx.tenseAt(from, to));
    }
    if (date) out.push({ start: from, end: to, value: formatDay(date) });
  }
  return out;
}
