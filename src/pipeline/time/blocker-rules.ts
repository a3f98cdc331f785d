/**
 * Durations, clock times, parts of days, sets and event-anchored offsets: not dates, so they are
 * left out, but they must own their span so that "the past two years" does not yield "the past"
 * (PAST_REF), "Friday night" or "5 p.m. EST Nov. 9" does not yield a day, and "each Thursday"
 * does not yield one Thursday. TimeBank annotates "the past/last/next N units" as DURATION and a
 * clock time with its day ("noon Thursday") as one TIME.
 */
import type { Rule } from "./rule.ts";
import { countPattern, fullMonthPattern, monthPattern, vagueCountPattern, weekdayPattern } from "./words.ts";

export const blockerRules: readonly Rule[] = [
  {
    name: "the past/next N units (duration)",
    pattern: new RegExp(
      `\\b(?:(?:at least|in|over|during|for|within|each of) )?(?:the )?(?:past|last|next|coming|previous|first|final)[- ](?:(?:${countPattern}|${vagueCountPattern}|couple(?: of)?)[- ])(?:or so )?(?:to (?:${countPattern}) )?(?:days?|weeks?|months?|years?|decades?|quarters?|hours?|centuries)\\b`,
      "gi",
    ),
    resolve: () => null,
  },
  {
    name: "N units (duration) and N units from now",
    // Not "will one day", which is a time ahead (FUTURE_REF).
    pattern: new RegExp(
      `(?<!\\b(?:will|would|could|may|might) )\\b(?:${countPattern}|${vagueCountPattern})[- ](?:days?|weeks?|months?|years?|decades?|quarters?|hours?|minutes?)(?:[- ]old| from now| later| long)?\\b`,
      "gi",
    ),
    resolve: () => null,
  },
  {
    name: "part of a day (TIME)",
    pattern: new RegExp(
      `\\b(?:(?:${weekdayPattern}|yesterday|today|tomorrow|this|last|late|early|later|earlier)\\s+(?:morning|afternoon|evening|night)|tonight|overnight|midnight|noon)\\b`,
      "gi",
    ),
    resolve: () => null,
  },
  {
    name: "clock time or part of a day with its day (TIME)",
    // "10 p.m. Wednesday", "5 p.m. EST, Nov. 6", "noon Thursday", "mid-afternoon yesterday".
    pattern: new RegExp(
      `\\b(?:\\d{1,2}(?::\\d\\d)?\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)|noon|midnight|(?:mid[- ]?)?(?:morning|afternoon|evening))(?:\\s+[A-Z]{2,4}\\b)?,?\\s+(?:on\\s+)?(?:${weekdayPattern}|yesterday|today|tomorrow|(?:${monthPattern})\\s+\\d{1,2}\\b)`,
      "g",
    ),
    resolve: () => null,
  },
  {
    name: "sets",
    pattern:
      /\b(?:every|each|per|a) (?:day|week|month|year|quarter|morning|night)\b|\b(?:daily|weekly|monthly|annually|yearly)\b/gi,
    resolve: () => null,
  },
  {
    name: "sets of named days and months",
    // "departing each Thursday", "march each July": every such day, not the nearest one.
    pattern: new RegExp(`\\b(?:[Ee]very|[Ee]ach) (?:${weekdayPattern}|${fullMonthPattern})\\b`, "g"),
    resolve: () => null,
  },
  {
    name: "N units before an event",
    // "30 days before closing the purchase", "several months before he entered": anchored to an
    // event the text names, not to the publication date, so no value can be given.
    pattern: new RegExp(
      `\\b(?:(?:${countPattern}|${vagueCountPattern})[- ](?:days?|weeks?|months?|years?)|a (?:day|week|month|year)) before (?=[a-z])`,
      "gi",
    ),
    resolve: () => null,
  },
];
