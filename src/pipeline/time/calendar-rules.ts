/**
 * Expressions that name calendar units: numeric dates, years, decades, centuries, spelled-out years
 * (broadcast transcripts), quarters, halves, seasons, and a month or weekday named alone.
 * chrono-node has no quarters, seasons, halves or decades, reads every numeric date month-first,
 * does not return a year alone ("in 2018"), and sends a bare weekday forward; hence our own grammar
 * here, small regular expressions each tied to the value it makes.
 */
import {
  type Direction,
  resolveHalf,
  resolveMonth,
  resolveQuarter,
  resolveSeason,
  resolveWeekday,
} from "./anchor.ts";
import {
  formatCentury,
  formatDay,
  formatDecade,
  formatHalf,
  formatMonth,
  formatQuarter,
  formatSeason,
  formatYear,
  isValidDay,
} from "./calendar.ts";
import type { Rule, RuleContext } from "./rule.ts";
import type { Tense } from "./tense.ts";
import {
  decadeWordPattern,
  decadeWordValue,
  fullMonthPattern,
  monthNumber,
  monthPattern,
  ordinalNumber,
  ordinalPattern,
  seasonCode,
  seasonPattern,
  spelledTwoDigitPattern,
  spelledTwoDigitValue,
  weekdayNumber,
  weekdayPattern,
} from "./words.ts";

export type NumericDateOrder = "dmy" | "mdy";

const year4 = "(?:1[6-9]\\d\\d|20\\d\\d)";
const spelledYear = `(?:nineteen(?: hundred(?: and)?)? ${spelledTwoDigitPattern}|two thousand(?: and)?(?: ${spelledTwoDigitPattern})?)`;
/** Nearby words that make a year plain: "fiscal 1989", "mid-1996", "the end of 1990". */
const yearPrefix =
  "(?:(?:early|late|mid|the end of|the start of|the beginning of|the middle of|the first half of|the summer of|fiscal|calendar|the year)[- ])?";

function spelledYearValue(words: string): number | undefined {
  const w = words.toLowerCase();
  if (w.startsWith("two thousand")) {
    const rest = w.replace(/^two thousand(?: and)?\s*/, "");
    return rest ? 2000 + (spelledTwoDigitValue(rest) ?? Number.NaN) : 2000;
  }
  const rest = w.replace(/^nineteen(?: hundred(?: and)?)? /, "");
  const tail = spelledTwoDigitValue(rest);
  return tail === undefined ? undefined : 1900 + tail;
}

function direction(ctx: RuleContext, start: number, end: number): Tense {
  return ctx.tenseAt(start, end);
}

/** Makes "12/05/2018" a day, honouring the hint unless only the other reading is a real date. */
export function numericDateRule(order: NumericDateOrder): Rule {
  return {
    name: "numeric date",
    pattern: /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)/g,
    resolve: (m) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      let year = Number(m[4]);
      // Two-digit years: the pivot keeps 1950–2049, enough for news archives.
      if (m[4]!.length === 2) year += year < 50 ? 2000 : 1900;
      const mdy = isValidDay(year, a, b);
      const dmy = isValidDay(year, b, a);
      if (!mdy && !dmy) return undefined;
      const dayFirst = dmy && (order === "dmy" || !mdy);
      return dayFirst ? formatDay({ year, month: b, day: a }) : formatDay({ year, month: a, day: b });
    },
  };
}

export const calendarRules: readonly Rule[] = [
  {
    name: "ISO date",
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => {
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return isValidDay(year, month, day) ? formatDay({ year, month, day }) : undefined;
    },
  },
  {
    name: "month and year",
    pattern: new RegExp(`\\b${yearPrefix}(${monthPattern})(?:,? (?:of )?)(${year4})\\b`, "g"),
    resolve: (m) => formatMonth(Number(m[2]), monthNumber(m[1]!)!),
  },
  {
    name: "month-day with this/last/next year",
    pattern: new RegExp(`\\b(${monthPattern}) (\\d{1,2})(?:st|nd|rd|th)?,? (this|last|next) year\\b`, "g"),
    resolve: (m, { dct }) => {
      const shift = m[3]!.toLowerCase();
      const year = dct.year + (shift === "last" ? -1 : shift === "next" ? 1 : 0);
      const month = monthNumber(m[1]!)!;
      const day = Number(m[2]);
      return isValidDay(year, month, day) ? formatDay({ year, month, day }) : undefined;
    },
  },
  {
    name: "month and spelled year",
    pattern: new RegExp(`\\b(${monthPattern}),? (${spelledYear})\\b`, "g"),
    resolve: (m) => {
      const year = spelledYearValue(m[2]!);
      return year === undefined ? undefined : formatMonth(year, monthNumber(m[1]!)!);
    },
  },
  {
    name: "year",
    // Not an amount ($1990, 1,990, 1990.5), not a count of things followed by a plural noun the
    // year would not take ("2000 troops"), and not part of a longer number or a phone/ID code.
    pattern: new RegExp(
      `(?<![$£€#\\d,.:/-])\\b${yearPrefix}(${year4})\\b(?![,.]\\d|[-/:]\\d|%| ?(?:percent|per cent|troops|people|soldiers|members|units|shares|dollars|tons|miles|feet|meters|km|kilometers|votes|delegates|employees|workers|cars|homes|jobs|won|yen|yuan))`,
      "gi",
    ),
    resolve: (m) => formatYear(Number(m[1])),
  },
  {
    name: "spelled year",
    pattern: new RegExp(`\\b(?:the year |in |of |since |until |by )?(${spelledYear})\\b`, "gi"),
    resolve: (m) => {
      const year = spelledYearValue(m[1]!);
      // "two thousand" alone is usually a number of things; take it only as "the year two thousand".
      if (year === undefined || (year === 2000 && !/^the year/i.test(m[0]))) return undefined;
      return formatYear(year);
    },
  },
  {
    name: "decade",
    pattern: new RegExp(
      `\\b(?:the )?(?:(?:early|mid|late|last half of the|first half of the)[- ])?(?:(1[6-9]|20)(\\d)0'?s|'(\\d)0s|(\\d)0s|(?:nineteen[- ])?(${decadeWordPattern}))\\b`,
      "gi",
    ),
    resolve: (m, { dct }) => {
      if (m[1] && m[2]) return formatDecade(Number(`${m[1]}${m[2]}0`));
      const digit = m[3] ?? m[4];
      const century = Math.floor(dct.year / 100) * 100;
      if (digit !== undefined) {
        // "the '90s" in 2018 are the 1990s: a decade not yet reached belongs to the last century.
        let year = century + Number(digit) * 10;
        if (year > dct.year) year -= 100;
        return formatDecade(year);
      }
      // "the nineties" needs "the" to be a decade, not someone's age.
      if (!/^the /i.test(m[0])) return undefined;
      let year = century + decadeWordValue(m[5]!);
      if (year > dct.year) year -= 100;
      return formatDecade(year);
    },
  },
  {
    name: "century",
    pattern:
      /\b(?:the )?(?:(?:early|mid|late)[- ])?(\d{1,2})(?:st|nd|rd|th) century\b|\b(?:the )?(twentieth|twenty-first|nineteenth|eighteenth) century\b/gi,
    resolve: (m) => {
      const words: Record<string, number> = {
        eighteenth: 18,
        nineteenth: 19,
        twentieth: 20,
        "twenty-first": 21,
      };
      const n = m[1] ? Number(m[1]) : words[m[2]!.toLowerCase()]!;
      return formatCentury((n - 1) * 100);
    },
  },
  {
    name: "quarter",
    pattern: new RegExp(
      `\\b(?:(?:the|its|a|this year's|next year's|last year's|(${year4})'s|the (${year4}))\\s+)?(?:(?:fiscal|calendar|flat|weak|strong|latest|current)[- ])*(${ordinalPattern})[- ](?:fiscal[- ])?(?:quarter|qtr\\.?)(?!ly|-century|-to-)(?:\\s+(?:of|in)\\s+(?:fiscal\\s+)?(${year4}|this year|last year|next year))?|\\bQ([1-4])(?:[ -/]?(${year4}))?\\b`,
      "gi",
    ),
    resolve: (m, ctx) => {
      const quarter = m[5] ? Number(m[5]) : ordinalNumber(m[3]!);
      const explicit = m[1] ?? m[2] ?? m[6] ?? m[4];
      const lead = m[0].toLowerCase();
      let year: number;
      if (explicit && /^\d{4}$/.test(explicit)) year = Number(explicit);
      else if (/last year/.test(lead)) year = ctx.dct.year - 1;
      else if (/next year/.test(lead)) year = ctx.dct.year + 1;
      else if (/this year/.test(lead)) year = ctx.dct.year;
      else year = resolveQuarter(ctx.dct, quarter, direction(ctx, m.index, m.index + m[0].length));
      return formatQuarter(year, quarter);
    },
  },
  {
    name: "half of the year",
    pattern: new RegExp(
      `\\b(?:the )?(first|second|last|latter) half(?: of (?:(?:fiscal )?(${year4})|(this|last|next) year))?(?=[ ,.;])`,
      "gi",
    ),
    resolve: (m, ctx) => {
      const half = m[1]!.toLowerCase() === "first" ? 1 : 2;
      // "the second half" of something else ("of the game") is not ours: only a year may follow.
      const rest = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4);
      if (!m[2] && !m[3] && / of\b/i.test(rest)) return undefined;
      let year: number;
      if (m[2]) year = Number(m[2]);
      else if (m[3])
        year = ctx.dct.year + (m[3].toLowerCase() === "last" ? -1 : m[3].toLowerCase() === "next" ? 1 : 0);
      else year = resolveHalf(ctx.dct, half, direction(ctx, m.index, m.index + m[0].length));
      return formatHalf(year, half);
    },
  },
  {
    name: "season",
    pattern: new RegExp(
      `\\b(?:(?:in|during|by|until|over|through|since)\\s+)?(?:the\\s+)?(?:(?:early|late|mid)[- ])?(${seasonPattern})(?:\\s+of\\s+(${year4}|${spelledYear})|\\s+(${year4}))?\\b`,
      "gi",
    ),
    resolve: (m, ctx) => {
      const season = seasonCode(m[1]!);
      const word = m[1]!.toLowerCase();
      const yearText = m[2] ?? m[3];
      if (yearText) {
        const year = /^\d/.test(yearText) ? Number(yearText) : spelledYearValue(yearText);
        return year === undefined ? undefined : formatSeason(year, season);
      }
      // Events named after a season ("the Winter Olympics", "the Spring Festival") are names, not dates.
      const next = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if (/^\s+(?:olympics|paralympics|games|festival|palace|session|offensive)\b/i.test(next))
        return undefined;
      if (
        /^[A-Z]/.test(m[1]!) &&
        /^\s+[A-Z]/.test(next) &&
        m.index > 0 &&
        !/[.!?"“]\s*$/.test(ctx.text.slice(0, m.index))
      )
        return undefined;
      const lead = m[0].toLowerCase();
      // "fall" is a verb and a noun ("a fall in prices", "the fall of the Wall"): a season only
      // after a preposition or "the", and not when "of"/"in" follows. Other seasons are names anyway.
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4);
      if (
        word === "fall" &&
        (!/^(?:in|during|by|until|over|through|since|the)\b/.test(lead) || /^ (?:of|in)\b/.test(after))
      )
        return undefined;
      if (!/^(?:in|during|by|until|over|through|since|the)\b/.test(lead) && /^ of\b/.test(after))
        return undefined;
      const tense = direction(ctx, m.index, m.index + m[0].length);
      return formatSeason(resolveSeason(ctx.dct, season, tense), season);
    },
  },
  {
    name: "month alone",
    // Capitalised only, and "May"/"March" only where a month fits: they are also a modal and a verb.
    pattern: new RegExp(
      `\\b(?:(?:early|late|mid|the end of|the beginning of|the start of|the middle of)[- ])?(${fullMonthPattern})(?![\\w]| \\d)`,
      "g",
    ),
    resolve: (m, ctx) => {
      const name = m[1]!;
      if (!/^[A-Z]/.test(name)) return undefined;
      if (/^(?:May|March)$/.test(name)) {
        const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
        const modified = m[0] !== name;
        if (
          !modified &&
          !/\b(?:in|since|until|till|by|from|through|during|of|before|after|last|next|this|between|and|to)\s+$/i.test(
            before,
          )
        )
          return undefined;
      }
      const month = monthNumber(name)!;
      const dir: Direction = direction(ctx, m.index, m.index + m[0].length);
      return formatMonth(resolveMonth(ctx.dct, month, dir), month);
    },
  },
  {
    name: "weekday alone",
    pattern: new RegExp(`\\b(?:early |late )?(${weekdayPattern})\\b(?!'s? (?:paper|edition|issue))`, "g"),
    resolve: (m, ctx) => {
      const weekday = weekdayNumber(m[1]!)!;
      const dir = direction(ctx, m.index, m.index + m[0].length);
      return formatDay(resolveWeekday(ctx.dct, weekday, dir));
    },
  },
];
