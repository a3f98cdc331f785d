/**
 * The top of a page pasted from a browser: the day it was copied ("January 08, 2026Jan 08, 2026"),
 * the site's name, the headline, and a field line ("Date: 10/05/2018 | Source: KCNA.kp (En) | Read
 * original version at source"). The field line is the most trustworthy; the top date line is the
 * day of copying, so it is never taken for the publication date when anything better exists.
 */
export interface PageHeader {
  title?: string;
  /** Raw value of a `Date:` field, still ambiguous (10/05/2018 may be either order). */
  dateField?: string;
  sourceField?: string;
  bylineField?: string;
  /** Date lines found above the headline: usually the day the page was copied. */
  topDates: string[];
  /** Lines above the headline that were neither dates nor the field line (site name, section). */
  labels: string[];
  /** Index of the first body line. */
  bodyStart: number;
}

const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
/** A line made only of one or more dates, as page headers repeat them ("January 08, 2026Jan 08, 2026"). */
const DATE_ONLY_LINE = new RegExp(
  `^(?:(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)[a-z]*,? )?(?:${MONTH} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH},? \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})(?:,? \\d{1,2}:\\d{2}(?: ?[AP]M)?(?: [A-Z]{2,4})?)?\\s*)+$`,
  "i",
);
const FIELD = /^\s*(Date|Published|Updated|Source|By|Author)\s*:\s*(.*?)\s*$/i;

/** Header lines are short; testing long paragraphs against the header patterns only costs time. */
const MAX_HEADER_LINE = 200;

function isDateOnly(line: string): boolean {
  return line.length <= MAX_HEADER_LINE && DATE_ONLY_LINE.test(line);
}

function isFieldLine(line: string): boolean {
  if (line.length > MAX_HEADER_LINE) return false;
  const parts = line.split("|").map((p) => p.trim());
  return (
    parts.some((p) => /^(?:Date|Published)\s*:/i.test(p)) ||
    (parts.length > 1 && parts.some((p) => FIELD.test(p)))
  );
}

/** Reads the page header from the first lines; leaves the text alone when there is none. */
export function parsePageHeader(lines: string[]): PageHeader {
  const header: PageHeader = { topDates: [], labels: [], bodyStart: 0 };
  const limit = Math.min(lines.length, 12);
  let fieldIndex = -1;
  for (let i = 0; i < limit; i++) {
    if (isFieldLine(lines[i]!)) {
      fieldIndex = i;
      break;
    }
  }
  if (fieldIndex >= 0) {
    for (const part of lines[fieldIndex]!.split("|")) {
      const match = FIELD.exec(part);
      if (!match) continue;
      const key = match[1]!.toLowerCase();
      const value = match[2]!;
      if ((key === "date" || key === "published") && !header.dateField) header.dateField = value;
      else if (key === "source") header.sourceField = value;
      else if (key === "by" || key === "author") header.bylineField = value;
    }
    // The headline is the nearest non-empty line above the field line.
    let titleIndex = fieldIndex - 1;
    while (titleIndex >= 0 && lines[titleIndex]!.trim() === "") titleIndex--;
    if (titleIndex >= 0 && !isDateOnly(lines[titleIndex]!.trim())) {
      header.title = lines[titleIndex]!.trim();
    } else {
      titleIndex = fieldIndex;
    }
    for (let i = 0; i < titleIndex; i++) classifyTopLine(header, lines[i]!.trim());
    header.bodyStart = fieldIndex + 1;
    return header;
  }
  // No field line: only leading date lines (the copy date) come off; the headline is decided later.
  let i = 0;
  while (i < lines.length && (lines[i]!.trim() === "" || isDateOnly(lines[i]!.trim()))) {
    if (lines[i]!.trim()) header.topDates.push(lines[i]!.trim());
    i++;
  }
  header.bodyStart = i;
  return header;
}

function classifyTopLine(header: PageHeader, line: string): void {
  if (!line) return;
  if (isDateOnly(line)) header.topDates.push(line);
  else header.labels.push(line);
}
