/**
 * chrono-node alone, as the evaluation's baseline: every parse with the DCT as reference date,
 * its value built from the most precise component chrono is certain of (day or weekday, month,
 * year), the way a caller would use it without our news rules.
 */
import * as chrono from "chrono-node";
import type { Timex } from "../../schema/article.ts";
import { formatDay, formatMonth, formatYear, parseDct } from "./calendar.ts";

export function chronoTimexes(text: string, dct: string): Timex[] {
  const anchor = parseDct(dct);
  if (!anchor) throw new RangeError(`chronoTimexes: bad DCT "${dct}"`);
  const instant = new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day, 12));
  const out: Timex[] = [];
  for (const r of chrono.en.parse(text, { instant, timezone: 0 })) {
    const s = r.start;
    const year = s.get("year")!;
    const month = s.get("month")!;
    const day = s.get("day")!;
    let value: string;
    if (s.isCertain("day") || s.isCertain("weekday")) value = formatDay({ year, month, day });
    else if (s.isCertain("month")) value = formatMonth(year, month);
    else if (s.isCertain("year")) value = formatYear(year);
    // Nothing of the date is stated: a clock time alone ("at 3 pm") is no date, a relative word
    // that chrono resolved without marking certainty is taken at its day.
    else if (s.isCertain("hour")) continue;
    else value = formatDay({ year, month, day });
    out.push({ start: r.index, end: r.index + r.text.length, text: r.text, value });
  }
  return out;
}
