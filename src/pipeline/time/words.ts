/** Word tables shared by the rules: months, weekdays, seasons, ordinals and small numbers. */
import { MONTH_NAMES, WEEKDAYS } from "../../lib/days.ts";
import type { Season } from "./calendar.ts";

/** Full names and the abbreviations news styles use (AP: Jan., Feb., Aug., Sept., Oct., Nov., Dec.). */
export const monthPattern =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept\\.?|Sep\\.|Oct\\.?|Nov\\.?|Dec\\.?";

/** 1–12 from a month name or abbreviation, or undefined. */
export function monthNumber(word: string): number | undefined {
  const key = word.toLowerCase().replace(/\.$/, "").slice(0, 3);
  const index = key.length === 3 ? MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(key)) : -1;
  return index < 0 ? undefined : index + 1;
}

/** Months named alone are written out in news; a lone "Jan." or "Mar." is rare and ambiguous. */
export const fullMonthPattern = MONTH_NAMES.join("|");

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

export const weekdayPattern = WEEKDAYS.map(capitalised).join("|");

/** 0 = Sunday … 6 = Saturday. */
export function weekdayNumber(word: string): number | undefined {
  const key = word.toLowerCase().slice(0, 3);
  const index = key.length === 3 ? WEEKDAYS.findIndex((name) => name.startsWith(key)) : -1;
  return index < 0 ? undefined : index;
}

export const seasonPattern = "spring|summer|fall|autumn|winter";

export function seasonCode(word: string): Season {
  const w = word.toLowerCase();
  if (w === "spring") return "SP";
  if (w === "summer") return "SU";
  if (w === "winter") return "WI";
  return "FA";
}

export const ordinalPattern = "first|second|third|fourth|1st|2nd|3rd|4th";

export function ordinalNumber(word: string): number {
  const w = word.toLowerCase();
  if (w === "first" || w === "1st") return 1;
  if (w === "second" || w === "2nd") return 2;
  if (w === "third" || w === "3rd") return 3;
  return 4;
}

const smallNumbers: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
};

/** Counts as written in news: digits or the small number words. */
export const countPattern = `\\d{1,3}|${Object.keys(smallNumbers).join("|")}`;

export function countValue(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return smallNumbers[w];
}

/** Quantities that do not give a number ("a few years ago"): TimeML leaves them as PAST_REF. */
export const vagueCountPattern = "a few|few|several|some|many|a couple of|a number of";

const unitWords = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const teenWords = [
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const digitWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** "ninety-six", "twelve", "nine", "oh five": 0–99 as broadcast transcripts spell them. */
export const spelledTwoDigitPattern = `(?:(?:${unitWords.join("|")})(?:[- ](?:${digitWords.join("|")}))?|${teenWords.join("|")}|(?:oh |o )?(?:${digitWords.join("|")}))`;

export function spelledTwoDigitValue(words: string): number | undefined {
  const parts = words
    .toLowerCase()
    .replace(/^(?:oh|o) /, "")
    .split(/[- ]/);
  let total = 0;
  for (const part of parts) {
    if (unitWords.includes(part)) total += (unitWords.indexOf(part) + 2) * 10;
    else if (teenWords.includes(part)) total += teenWords.indexOf(part) + 10;
    else if (digitWords.includes(part)) total += digitWords.indexOf(part) + 1;
    else return undefined;
  }
  return total;
}

/** The decade names "the twenties" … "the nineties", mapped to their first year within a century. */
export const decadeWordPattern = unitWords.map((w) => w.replace(/y$/, "ies")).join("|");

export function decadeWordValue(word: string): number {
  return (unitWords.indexOf(word.toLowerCase().replace(/ies$/, "y")) + 2) * 10;
}
