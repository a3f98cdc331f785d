import type { EventPrecision } from "../schema/event.ts";
import { dayNumber, dayParts, MONTH_NAMES } from "./days.ts";

function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? "";
}

/**
 * An event's date as a reader would write it, saying no more than the data knows: "9 May 2018" for a
 * day, "May 2018" for a month, "2018" for a year, "about 2018" when the date is approximate; ranges
 * share what their ends have in common ("9–12 May 2018", "May – July 2018").
 */
export function formatEventDate(start: string, end: string | undefined, precision: EventPrecision): string {
  const a = dayParts(dayNumber(start));
  const b = end && end !== start ? dayParts(dayNumber(end)) : undefined;
  switch (precision) {
    case "day":
      return b ? dayRange(a, b) : `${a.day} ${monthName(a.month)} ${a.year}`;
    case "month":
      return b && (b.year !== a.year || b.month !== a.month)
        ? monthRange(a, b)
        : `${monthName(a.month)} ${a.year}`;
    case "year":
      return b && b.year !== a.year ? `${a.year}–${b.year}` : `${a.year}`;
    case "approximate":
      // An approximate date is only as good as its span: a range inside one month says the month.
      if (b && b.year === a.year && b.month === a.month) return `about ${monthName(a.month)} ${a.year}`;
      if (b && b.year === a.year) return `about ${monthRange(a, b)}`;
      return b ? `about ${a.year}–${b.year}` : `about ${a.year}`;
  }
}

type Parts = { year: number; month: number; day: number };

function dayRange(a: Parts, b: Parts): string {
  if (a.year !== b.year)
    return `${a.day} ${monthName(a.month)} ${a.year} – ${b.day} ${monthName(b.month)} ${b.year}`;
  if (a.month !== b.month) return `${a.day} ${monthName(a.month)} – ${b.day} ${monthName(b.month)} ${a.year}`;
  return `${a.day}–${b.day} ${monthName(a.month)} ${a.year}`;
}

function monthRange(a: Parts, b: Parts): string {
  if (a.year !== b.year) return `${monthName(a.month)} ${a.year} – ${monthName(b.month)} ${b.year}`;
  return `${monthName(a.month)} – ${monthName(b.month)} ${a.year}`;
}

/** A publication date ("2018-05-10" or an ISO datetime) as "10 May 2018". */
export function formatPublished(published: string): string {
  const p = dayParts(dayNumber(published.slice(0, 10)));
  return `${p.day} ${monthName(p.month)} ${p.year}`;
}
