/**
 * Second pass, in text order, for values that depend on what the story is about. Earnings reports
 * name a quarter once ("third-quarter profit") and then say "the quarter", "the latest period" and
 * "a year earlier" for that quarter and for the same quarter of the previous year; TimeML annotates
 * those as quarters. Outside such a story "a year ago" is simply last year. Anaphors ("that year",
 * "the following month") take the last date named before them.
 */

import type { Timex } from "../../schema/article.ts";
import { latestCompletedQuarter } from "./anchor.ts";
import { addMonths, type Day, formatMonth, formatQuarter, formatYear } from "./calendar.ts";
import type { Candidate, Deferred } from "./rule.ts";

const quarterValue = /^(\d{4})-Q([1-4])$/;

/**
 * Words that move an earnings story from its quarter to a longer period ("In the first nine
 * months, net was ... compared with ... a year earlier"): a comparison after them is by year.
 */
const longerPeriod = /\b(?:nine|six) months\b|\bfirst half\b|\bfull year\b|\bfor the year\b/i;

interface QuarterContext {
  year: number;
  quarter: number;
  end: number;
}

export function resolveDeferred(text: string, kept: readonly Candidate[], dct: Day): Timex[] {
  const out: Timex[] = [];
  let lastQuarter: QuarterContext | undefined;
  let lastDate: string | undefined;
  for (const c of kept) {
    if (c.value === null) continue;
    const value = typeof c.value === "string" ? c.value : deferredValue(c, c.value);
    if (value === undefined) continue;
    const q = quarterValue.exec(value);
    // The quarter a year earlier is a comparison, not a new subject: it does not become the anchor.
    if (q && typeof c.value === "string" && !lastQuarter)
      lastQuarter = { year: Number(q[1]), quarter: Number(q[2]), end: c.end };
    else if (q && typeof c.value === "string" && lastQuarter) lastQuarter = { ...lastQuarter, end: c.end };
    else if (lastQuarter && typeof c.value !== "string") lastQuarter = { ...lastQuarter, end: c.end };
    if (/^\d{4}/.test(value)) lastDate = value;
    // Rules match a leading preposition to judge context ("in the fall"); TIMEX3 spans leave it out.
    const lead = /^(?:in|during|by|until|over|through|since|on|of|at) (?=\S)/i.exec(
      text.slice(c.start, c.end),
    );
    const start = c.start + (lead ? lead[0].length : 0);
    out.push({ start, end: c.end, text: text.slice(start, c.end), value });
  }
  return out;

  function quarterly(c: Candidate, explicit: boolean): QuarterContext | undefined {
    if (!lastQuarter) return undefined;
    if (longerPeriod.test(text.slice(lastQuarter.end, c.start))) return undefined;
    // A bare "a year ago" follows the quarter only when the story has been about one lately.
    return explicit || c.start - lastQuarter.end < 400 ? lastQuarter : undefined;
  }

  function deferredValue(c: Candidate, d: Deferred): string | undefined {
    switch (d.kind) {
      case "quarter-ref": {
        if (!lastQuarter && d.fallback) {
          const f = quarterValue.exec(d.fallback);
          if (f) lastQuarter = { year: Number(f[1]), quarter: Number(f[2]), end: c.end };
          return d.fallback;
        }
        const q = lastQuarter ?? latestCompletedQuarter(dct);
        return formatQuarter(q.year, q.quarter);
      }
      case "year-before": {
        const q = quarterly(c, d.quarterly);
        return q ? formatQuarter(q.year - 1, q.quarter) : d.fallback;
      }
      case "year-period": {
        const q = quarterly(c, true);
        return q && Math.abs(q.year - d.year) <= 1 ? formatQuarter(d.year, q.quarter) : formatYear(d.year);
      }
      case "anaphor": {
        // Without an earlier date to lean on, the anaphor cannot be placed: leave it out.
        const m = lastDate && /^(\d{4})(?:-(\d{2}))?/.exec(lastDate);
        if (!m) return undefined;
        const year = Number(m[1]);
        if (d.unit === "year") return formatYear(year + d.shift);
        if (!m[2]) return undefined;
        const month = addMonths({ year, month: Number(m[2]), day: 1 }, d.shift);
        return formatMonth(month.year, month.month);
      }
    }
  }
}
