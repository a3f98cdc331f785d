/**
 * Expressions whose value comes from another date in the text rather than from the publication
 * date: "that year", "the following month", "the 1988 period", and "the quarter ended Sept. 30",
 * whose quarter is given by the date that follows it.
 */
import { resolveMonthDay } from "./anchor.ts";
import { formatMonth, formatQuarter, isValidDay } from "./calendar.ts";
import type { Rule } from "./rule.ts";
import { fullMonthPattern, monthNumber, monthPattern } from "./words.ts";

export const anaphoraRules: readonly Rule[] = [
  {
    name: "first month of a range that shares its year",
    // "from March to November last year", "between May and June 2021": the year written after the
    // second month holds for the first as well.
    pattern: new RegExp(
      `(?<=\\b(?:from|between) )(${fullMonthPattern})(?= (?:to|and|through|until|till) (?:${fullMonthPattern}),? (?:((?:19|20)\\d\\d)\\b|(this|last|next) year\\b))`,
      "g",
    ),
    resolve: (m, { dct }) => {
      const shift = m[3] === undefined ? 0 : m[3] === "last" ? -1 : m[3] === "next" ? 1 : 0;
      const year = m[2] ? Number(m[2]) : dct.year + shift;
      return formatMonth(year, monthNumber(m[1]!)!);
    },
  },
  {
    name: "a day that names an era",
    // "the June 15 era of reunification", "the May 4th Movement": names, not days of this year.
    pattern: new RegExp(
      `\\b(?:${monthPattern}) \\d{1,2}(?:st|nd|rd|th)?(?= (?:era|movement|spirit|generation)\\b)`,
      "g",
    ),
    resolve: () => null,
  },
  {
    name: "that year / the following year or month",
    pattern:
      /\b(?:that (year|month)|the (following|previous|preceding) (year|month))\b(?! (?:of|in|to|when|after|before)\b)/gi,
    resolve: (m) => {
      const unit = (m[1] ?? m[3])!.toLowerCase() as "year" | "month";
      const shift = !m[2] ? 0 : m[2].toLowerCase() === "following" ? 1 : -1;
      return { kind: "anaphor", unit, shift };
    },
  },
  {
    name: "the YYYY period",
    pattern: /\b(?:the|its) ((?:19|20)\d\d) (?:period|quarter)\b/gi,
    resolve: (m) => ({ kind: "year-period", year: Number(m[1]) }),
  },
  {
    name: "the quarter ended <day>",
    // A fiscal quarter is named by the calendar quarter of its middle month: the quarter ended
    // July 31 (May to July) is the second. Only "the quarter" is the DATE; the day is its own.
    pattern: new RegExp(
      `\\b(?:the|its|their) (?:fiscal )?quarter(?= end(?:ed|ing) (${monthPattern}) (\\d{1,2})\\b(?:,? ((?:19|20)\\d\\d))?)`,
      "g",
    ),
    resolve: (m, { dct }) => {
      const month = monthNumber(m[1]!)!;
      const day = Number(m[2]);
      const year = m[3] ? Number(m[3]) : resolveMonthDay(dct, month, day, "past")?.year;
      if (year === undefined || !isValidDay(year, month, day)) return undefined;
      const middle = (year * 12 + month - 2) % 12;
      // A story that has already named its (possibly fiscal) quarter keeps that name for it.
      return {
        kind: "quarter-ref",
        fallback: formatQuarter(Math.floor((year * 12 + month - 2) / 12), Math.floor(middle / 3) + 1),
      };
    },
  },
];
