/**
 * Second pass, in text order, for values that depend on what the story is about. Earnings reports
 * name a quarter once ("third-quarter profit") and then say "the quarter", "the latest period" and
 * "a year earlier" for that quarter and for the same quarter of the previous year; TimeML annotates
 * those as quarters. Outside such a story "a year ago" is simply last year.
 */

import type { Timex } from "../../schema/article.ts";
import { latestCompletedQuarter } from "./anchor.ts";
import { type Day, formatQuarter } from "./calendar.ts";
import type { Candidate } from "./rule.ts";

const quarterValue = /^(\d{4})-Q([1-4])$/;

export function resolveDeferred(text: string, kept: readonly Candidate[], dct: Day): Timex[] {
  const out: Timex[] = [];
  let lastQuarter: { year: number; quarter: number; end: number } | undefined;
  for (const c of kept) {
    if (c.value === null) continue;
    let value: string;
    if (typeof c.value === "string") {
      value = c.value;
    } else if (c.value.kind === "quarter-ref") {
      const q = lastQuarter ?? latestCompletedQuarter(dct);
      value = formatQuarter(q.year, q.quarter);
    } else {
      // A bare "a year ago" follows the quarter only when the story has been about one lately.
      const recentQuarter = lastQuarter && (c.value.quarterly || c.start - lastQuarter.end < 400);
      value =
        recentQuarter && lastQuarter
          ? formatQuarter(lastQuarter.year - 1, lastQuarter.quarter)
          : c.value.fallback;
    }
    const q = quarterValue.exec(value);
    // The quarter a year earlier is a comparison, not a new subject: it does not become the anchor.
    if (q && typeof c.value === "string")
      lastQuarter = { year: Number(q[1]), quarter: Number(q[2]), end: c.end };
    else if (lastQuarter && typeof c.value !== "string") lastQuarter = { ...lastQuarter, end: c.end };
    // Rules match a leading preposition to judge context ("in the fall"); TIMEX3 spans leave it out.
    const lead = /^(?:in|during|by|until|over|through|since|on|of|at) (?=\S)/i.exec(
      text.slice(c.start, c.end),
    );
    const start = c.start + (lead ? lead[0].length : 0);
    out.push({ start, end: c.end, text: text.slice(start, c.end), value });
  }
  return out;
}
