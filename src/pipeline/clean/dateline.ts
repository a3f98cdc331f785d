/**
 * The dateline opens wire and state-media copy: "Pyongyang, May 10 (KCNA) --", "WASHINGTON (Reuters) -",
 * "SEOUL, South Korea (AP) —". It gives the place, often the day (without a year) and the agency.
 */
export interface Dateline {
  place: string;
  /** Month 1–12 and day, when the dateline carries them. */
  month?: number;
  day?: number;
  agency?: string;
  /** Length of the dateline prefix in the text, separator included. */
  length: number;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

export function monthNumber(name: string): number | undefined {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? undefined : index + 1;
}

const MONTH_NAME =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const PLACE = "[A-Z][A-Za-z.'’-]*(?:[ -][A-Z][A-Za-z.'’-]*)*(?:, [A-Z][A-Za-z.'’ -]*?)?";
const DATELINE = new RegExp(
  `^(?<place>${PLACE}),? (?:(?<month>${MONTH_NAME}) (?<day>\\d{1,2}),? )?\\((?<agency>[A-Za-z][\\w .&-]{0,40})\\) ?(?:--|—|–|-)\\s*`,
);

export function parseDateline(text: string): Dateline | undefined {
  const match = DATELINE.exec(text.slice(0, 200));
  if (!match?.groups) return undefined;
  const dateline: Dateline = { place: match.groups.place!.trim(), length: match[0].length };
  if (match.groups.agency) dateline.agency = match.groups.agency.trim();
  if (match.groups.month && match.groups.day) {
    const month = monthNumber(match.groups.month);
    const day = Number(match.groups.day);
    if (month !== undefined && day >= 1 && day <= 31) {
      dateline.month = month;
      dateline.day = day;
    }
  }
  return dateline;
}
