/**
 * Date expressions in a news article, normalised against its publication date (DCT) to TIMEX3
 * values. Pure: text and DCT in, timexes out.
 *
 * Three sources of candidates feed one longest-match selection: our calendar grammar (numeric
 * dates with a day-order hint, years, decades, quarters, seasons, lone months and weekdays), our
 * relative grammar (yesterday, last week, two years ago, PRESENT/PAST/FUTURE_REF), and chrono-node
 * for days written with a month name, where it is reliable. Blocker rules claim durations, clock
 * times and sets so that no date is cut out of them. Then a document-order pass resolves the
 * references that depend on the story ("the quarter", "a year earlier").
 */
import type { Timex } from "../../schema/article.ts";
import { anaphoraRules } from "./anaphora-rules.ts";
import { blockerRules } from "./blocker-rules.ts";
import { parseDct } from "./calendar.ts";
import { calendarRules, type NumericDateOrder, numericDateRule } from "./calendar-rules.ts";
import { chronoMonthDays } from "./chrono-dates.ts";
import { relativeRules } from "./relative-rules.ts";
import { resolveDeferred } from "./resolve-deferred.ts";
import { applyRules, type RuleContext } from "./rule.ts";
import { selectSpans } from "./select-spans.ts";
import { clauseTense } from "./tense.ts";

export interface FindTimexesOptions {
  /** How to read `10/05/2018` when both readings are real days; default "mdy" (US news). */
  numericDateOrder?: NumericDateOrder;
}

export function findTimexes(text: string, dct: string, options: FindTimexesOptions = {}): Timex[] {
  const anchor = parseDct(dct);
  if (!anchor) throw new RangeError(`findTimexes: DCT must start with a real YYYY-MM-DD day, got "${dct}"`);
  const ctx: RuleContext = { text, dct: anchor, tenseAt: (start, end) => clauseTense(text, start, end) };
  const rules = [
    ...blockerRules,
    ...relativeRules,
    ...anaphoraRules,
    numericDateRule(options.numericDateOrder ?? "mdy"),
    ...calendarRules,
  ];
  const candidates = [...applyRules(rules, ctx), ...chronoMonthDays(ctx)];
  return resolveDeferred(text, selectSpans(candidates), anchor);
}
