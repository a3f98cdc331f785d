/**
 * Expressions whose value is computed from the publication date: deictic days, weeks, months and
 * years ("yesterday", "last week", "earlier this month", "two years ago"), "last/next" + a named
 * month, weekday or season, and the TimeML references PRESENT_REF, PAST_REF and FUTURE_REF.
 * chrono-node parses some of these but returns an instant without a granularity ("last week" comes
 * back as a day), so the value TimeML wants (a week, a month, a year) is lost; we compute it here.
 */
import { resolveMonth, resolveSeason, resolveWeekday } from "./anchor.ts";
import {
  addDays,
  addMonths,
  formatDay,
  formatDecade,
  formatMonth,
  formatQuarter,
  formatSeason,
  formatWeek,
  formatYear,
  isoWeek,
  weekdayOf,
} from "./calendar.ts";
import type { Rule } from "./rule.ts";
import {
  countPattern,
  countValue,
  monthNumber,
  monthPattern,
  seasonCode,
  seasonPattern,
  vagueCountPattern,
  weekdayNumber,
  weekdayPattern,
} from "./words.ts";

/** Modifiers that narrow a period without changing its TIMEX3 value ("early next year" is `1990`). */
const within = "(?:(?:early|late|mid|earlier|later)(?: in)?[- ])?";

function shiftOf(word: string): -1 | 0 | 1 {
  const w = word.toLowerCase();
  if (w === "last" || w === "past" || w === "previous" || w === "this past") return -1;
  if (w === "next" || w === "coming" || w === "this coming") return 1;
  return 0;
}

export const relativeRules: readonly Rule[] = [
  {
    name: "deictic day",
    pattern: new RegExp(
      `\\b${within}(today|yesterday|tomorrow)\\b(?!'s? (?:world|society|economy|standards))`,
      "gi",
    ),
    resolve: (m, { dct }) => {
      const word = m[1]!.toLowerCase();
      return formatDay(addDays(dct, word === "yesterday" ? -1 : word === "tomorrow" ? 1 : 0));
    },
  },
  {
    name: "this/last/next week, month, year",
    pattern: new RegExp(
      `\\b${within}(?:the )?(this|last|next|past|previous|coming|current)[- ](week|month|year|quarter)\\b(?!s|'s? (?:quarter|period))`,
      "gi",
    ),
    resolve: (m, { dct, text }) => {
      // Title case inside a sentence names a programme or a column ('ABC's "This Week"').
      if (
        /^[A-Z]\S* [A-Z]/.test(m[0]) &&
        !/(?:^|[.!?]\s+)$/.test(text.slice(Math.max(0, m.index - 3), m.index))
      )
        return undefined;
      const shift = shiftOf(m[1]!);
      const unit = m[2]!.toLowerCase();
      // "This past week" in a Sunday paper is the week ending that day: the ISO week of the DCT.
      // (A bare "last week" on a Sunday stays the previous ISO week, as wire copy mostly means.)
      const thisPast =
        /\bthis $/i.test(text.slice(Math.max(0, m.index - 5), m.index)) && m[1]!.toLowerCase() === "past";
      if (unit === "week")
        return formatWeek(isoWeek(addDays(dct, thisPast && weekdayOf(dct) === 0 ? 0 : 7 * shift)));
      if (unit === "month") {
        const d = addMonths(dct, shift);
        return formatMonth(d.year, d.month);
      }
      if (unit === "quarter") {
        const index = dct.year * 4 + Math.floor((dct.month - 1) / 3) + shift;
        return formatQuarter(Math.floor(index / 4), (index % 4) + 1);
      }
      return formatYear(dct.year + shift);
    },
  },
  {
    name: "the week, month, year (the current one)",
    pattern: /\b(?:earlier|later) (?:in )?the (week|month|year)\b/gi,
    resolve: (m, { dct }) => {
      const unit = m[1]!.toLowerCase();
      if (unit === "week") return formatWeek(isoWeek(dct));
      if (unit === "month") return formatMonth(dct.year, dct.month);
      return formatYear(dct.year);
    },
  },
  {
    name: "the year under report",
    // "Sales for the year", "the full year", "year-end": the current year, as TimeML reads them.
    // Not "the year before/after/when ...", which are anchored elsewhere.
    pattern:
      /\b(?:(?:for|during|in|through|over|throughout) the (?:full |fiscal |current |calendar |whole |entire )?year(?! (?:before|after|earlier|later|ago|when|that|in which|of|to|ended|ending|\d))|the (?:full|current|current fiscal|entire) year|(?:at |by |until |before )?(?:the )?(?:year-end|year end|year's end|end of the year)(?! (?:results|report|figures|bonus))|the (?:end|rest|remainder|balance|start|beginning) of the year)\b/gi,
    resolve: (_m, { dct }) => formatYear(dct.year),
  },
  {
    name: "weekend",
    pattern: /\b(?:(this|last|next|the past|the coming|the) )weekend\b/gi,
    resolve: (m, { dct, tenseAt }) => {
      const modifier = m[1]!.toLowerCase().replace(/^the /, "");
      let shift = shiftOf(modifier);
      if (modifier === "the" || modifier === "this") {
        const tense = tenseAt(m.index, m.index + m[0].length);
        shift = tense === "future" ? 1 : tense === "past" ? -1 : 0;
      }
      // A weekend belongs to the ISO week of its Saturday.
      const saturday = resolveWeekday(dct, 6, shift < 0 ? "past" : shift > 0 ? "future" : "past");
      return `${formatWeek(isoWeek(saturday))}-WE`;
    },
  },
  {
    name: "last/next/this + named month",
    pattern: new RegExp(
      `\\b(last|next|this|this past|this coming|early last|late last)\\s+(${monthPattern})(?!\\s+\\d)`,
      "g",
    ),
    resolve: (m, { dct }) => {
      const month = monthNumber(m[2]!)!;
      const modifier = m[1]!.toLowerCase().replace(/^(?:early|late) /, "");
      const shift = shiftOf(modifier);
      const year =
        shift < 0
          ? resolveMonth(dct, month, "before")
          : shift > 0
            ? resolveMonth(dct, month, "after")
            : dct.year;
      return formatMonth(year, month);
    },
  },
  {
    name: "named month + this/last/next year",
    pattern: new RegExp(`\\b(${monthPattern})(?:,)? (?:of )?(this|last|next) year\\b`, "g"),
    resolve: (m, { dct }) => formatMonth(dct.year + shiftOf(m[2]!), monthNumber(m[1]!)!),
  },
  {
    name: "last/next/this + weekday",
    pattern: new RegExp(
      `\\b(?:the )?(last|next|this|this past|this coming|previous|coming)\\s+(${weekdayPattern})\\b`,
      "gi",
    ),
    resolve: (m, { dct, tenseAt }) => {
      const weekday = weekdayNumber(m[2]!)!;
      const shift = shiftOf(m[1]!);
      if (shift < 0) return formatDay(resolveWeekday(dct, weekday, "before"));
      if (shift > 0) return formatDay(resolveWeekday(dct, weekday, "after"));
      // "this Friday" is the one of the current week's span the clause points at.
      const tense = tenseAt(m.index, m.index + m[0].length);
      return formatDay(resolveWeekday(dct, weekday, tense === "past" ? "past" : "future"));
    },
  },
  {
    name: "this/last/next + season",
    pattern: new RegExp(
      `\\b(?:${within})?(this|last|next|this past|this coming|past|coming)\\s+(?:(?:early|late)\\s+)?(${seasonPattern})\\b`,
      "gi",
    ),
    resolve: (m, { dct }) => {
      const season = seasonCode(m[2]!);
      const shift = shiftOf(m[1]!);
      const year =
        shift < 0
          ? resolveSeason(dct, season, "before")
          : shift > 0
            ? resolveSeason(dct, season, "after")
            : dct.year;
      return formatSeason(year, season);
    },
  },
  {
    name: "N units ago",
    pattern: new RegExp(
      `\\b(?:(?:nearly|almost|about|some|roughly|around|more than|less than|over|just|only) )?(${countPattern}|${vagueCountPattern})[- ](day|week|month|year|decade)s? (?:ago|earlier|before)\\b`,
      "gi",
    ),
    resolve: (m, { dct }) => {
      const count = countValue(m[1]!);
      const unit = m[2]!.toLowerCase();
      if (count === undefined) return "PAST_REF";
      if (unit === "day") return formatDay(addDays(dct, -count));
      if (unit === "week") return formatWeek(isoWeek(addDays(dct, -7 * count)));
      if (unit === "month") {
        const d = addMonths(dct, -count);
        return formatMonth(d.year, d.month);
      }
      if (unit === "decade") return formatDecade(dct.year - 10 * count);
      // "A year ago" in an earnings story means the same quarter a year before: decided later.
      if (count === 1) return { kind: "year-before", quarterly: false, fallback: formatYear(dct.year - 1) };
      return formatYear(dct.year - count);
    },
  },
  {
    name: "year-ago / year-earlier period",
    pattern:
      /\b(?:the )?(?:(?:comparable|corresponding|same) )?(?:year-ago|year-earlier|year ago|year earlier|prior-year|last year's)(?: (?:first|second|third|fourth|fiscal))*(?: (quarter|period|months?))?\b|\bthe (?:comparable |corresponding |same )?(?:quarter|period) (?:a year (?:ago|earlier)|last year)\b/gi,
    resolve: (m, { dct }) => ({
      kind: "year-before",
      quarterly: /quarter|period/i.test(m[0]),
      fallback: formatYear(dct.year - 1),
    }),
  },
  {
    name: "the quarter under report",
    pattern:
      /\b(?:the|that|this|its) (?:latest |most recent |just-ended |recent |last )?(?:fiscal )?(?:quarter|three months)\b(?!ly|-century|-to-| (?:a year|last year|of|ended|ending))|\bthe latest period\b/gi,
    resolve: (m, { dct }) =>
      /^this/i.test(m[0])
        ? `${formatYear(dct.year)}-Q${Math.floor((dct.month - 1) / 3) + 1}`
        : { kind: "quarter-ref" },
  },
  {
    name: "the last decade",
    pattern: /\b(?:the )?(last|past|previous|next|coming|this) decade\b/gi,
    resolve: (m, { dct }) => formatDecade(dct.year + 10 * shiftOf(m[1]!)),
  },
  {
    name: "present reference",
    pattern:
      /\b(?:right now|just now|now(?![- ](?:defunct|famous|retired|former|closed|that))|currently|at present|presently|nowadays|these days|at the moment|at this time|current(?![- ]account|ly| (?:officials?|leaders?|leadership|administration|government|president|chairman|director|ceo|chief|owners?|holders?|members?|management|regime|generation|system|crop|events)\b))\b/gi,
    // "the then current price" is the present of a past moment, not of the report.
    resolve: (m, { text }) =>
      /\bthen[- ]$/i.test(text.slice(Math.max(0, m.index - 5), m.index)) ? "PAST_REF" : "PRESENT_REF",
  },
  {
    name: "past reference",
    pattern: new RegExp(
      `\\b(?:(?:more |most |until |only |very )?recently|recent(?: (?:days|weeks|months|years|times|decades))?|(?:in )?the (?:recent |distant )?past(?=\\s*(?:[.,;:!?)"”’]|$)|\\s+(?:and|or|but|is|was|has|had|have|to|with|as|in|on|at|for|that|when|he|she|they|it|we|i|the|a|there|this|these)\\b)(?![- ](?:${countPattern}|${vagueCountPattern}|year|month|week|decade|day|quarter|half))|in years past|(?:in )?past (?:years|decades)|once upon a time)\\b`,
      "gi",
    ),
    resolve: () => "PAST_REF",
  },
  {
    name: "future reference",
    pattern:
      /\b(?:(?:in )?the (?:near |distant |foreseeable |immediate )?future(?! of\b)|future(?= (?:\w+ )?(?:years|quarters|months|generations|growth|losses|earnings|demand|plans))|as soon as (?:possible|practicable|feasible)|soon(?! (?:after|afterwards?|before|thereafter)\b)|the (?:near|short) term|(?:the |in )?(?:coming|next few|days and weeks ahead|weeks ahead|months ahead|years ahead)(?: (?:days|weeks|months|quarters|years))?|(?:a |one )day soon|(?<=\bat )a later date|(?<=\b(?:will|would|could|may|might) )one day)\b/gi,
    resolve: (m, { text }) => {
      if (/^(?:the |in )?(?:coming|next few)$/i.test(m[0])) return undefined;
      // "as soon as trading opened" is a conjunction tying two events, not a time ahead.
      if (/^soon$/i.test(m[0]) && /\bas $/i.test(text.slice(Math.max(0, m.index - 3), m.index)))
        return undefined;
      return "FUTURE_REF";
    },
  },
  {
    name: "past reference: at the time",
    // "saying at the time he was willing": the time of a past event already told.
    pattern: /(?<=\bat )the time\b(?! (?:of|when|that|being|for)\b)/gi,
    resolve: () => "PAST_REF",
  },
];
