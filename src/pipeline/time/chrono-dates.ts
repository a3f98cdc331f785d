/**
 * Days written with a month name ("July 6, 2018", "Jan. 3", "the 6th of July", "Friday, Oct. 13").
 * chrono-node finds these forms well, so we keep it to find them; what we change is the year when
 * the text gives none (chrono takes the nearest occurrence forward, news wants the tense's
 * direction) and the span (chrono swallows "on" and clock times, which are not part of a DATE).
 * A chrono result can hold several dates ("from Aug. 26 to Oct. 20", "from today through Nov. 17")
 * but reports only its start, so each date part is read from the matched text itself.
 */
import * as chrono from "chrono-node";
import { resolveMonthDay } from "./anchor.ts";
import { type Day, formatDay, isValidDay } from "./calendar.ts";
import type { Candidate, RuleContext } from "./rule.ts";
import { monthNumber, monthPattern, weekdayPattern } from "./words.ts";

/** The date part of a chrono match: optional weekday, then day-month or month-day, then year. */
const datePart = new RegExp(
  `(?:(?:${weekdayPattern}),?\\s+)?(?:(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(${monthPattern})|(${monthPattern})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)(?:,?\\s+(\\d{4})\\b)?`,
  "g",
);

export function chronoMonthDays(ctx: RuleContext): Candidate[] {
  const reference = {
    instant: new Date(Date.UTC(ctx.dct.year, ctx.dct.month - 1, ctx.dct.day, 12)),
    timezone: 0,
  };
  const out: Candidate[] = [];
  for (const result of chrono.en.parse(ctx.text, reference)) {
    datePart.lastIndex = 0;
    for (let part = datePart.exec(result.text); part; part = datePart.exec(result.text)) {
      const from = result.index + part.index;
      const to = from + part[0].length;
      const month = monthNumber(part[2] ?? part[3]!);
      const day = Number(part[1] ?? part[4]);
      if (month === undefined) continue;
      let date: Day | null;
      if (part[5]) {
        const year = Number(part[5]);
        date = isValidDay(year, month, day) ? { year, month, day } : null;
      } else {
        date = resolveMonthDay(ctx.dct, month, day, ctx.tenseAt(from, to));
      }
      if (date) out.push({ start: from, end: to, value: formatDay(date) });
    }
  }
  return out;
}
