/**
 * Records cut into files by calendar period, for files the browser fetches piece by piece (events,
 * article texts): one file per year of the records' days; a year too big for one file is cut into
 * months, and a month still too big into runs of whole days. Cuts follow the calendar rather than a
 * running size, so that adding a record changes its own period's file only.
 */

/** A file's period: `2018`, `2018-06`, or `2018-06-14` for the run of days starting then. */
export type Period<T> = { period: string; items: T[] };

/**
 * The records grouped into files, periods in date order. `day` gives a record's `YYYY-MM-DD…` day
 * (only its first ten characters count), `bytes` its estimated size. Within a year or a month the
 * records keep their input order; a run of days holds its days in date order, each day in input order.
 */
export function splitByPeriod<T>(
  items: readonly T[],
  day: (item: T) => string,
  bytes: (item: T) => number,
  maxBytes: number,
): Period<T>[] {
  // A record is sized up to three times (its year, month and day); sizing walks its fields.
  const sizes = new Map<T, number>();
  const sizeOf = (item: T) => {
    let size = sizes.get(item);
    if (size === undefined) {
      size = bytes(item);
      sizes.set(item, size);
    }
    return size;
  };
  const bytesOf = (group: readonly T[]) => {
    let total = 0;
    for (const item of group) total += sizeOf(item);
    return total;
  };
  const out: Period<T>[] = [];
  for (const [year, inYear] of groupBy(items, (item) => day(item).slice(0, 4))) {
    if (bytesOf(inYear) <= maxBytes) {
      out.push({ period: year, items: inYear });
      continue;
    }
    for (const [month, inMonth] of groupBy(inYear, (item) => day(item).slice(0, 7))) {
      if (bytesOf(inMonth) <= maxBytes) {
        out.push({ period: month, items: inMonth });
        continue;
      }
      // Whole days packed in date order into runs of at most `maxBytes` (a bigger day is a run alone).
      let run: Period<T> | undefined;
      let size = 0;
      for (const [date, onDay] of groupBy(inMonth, (item) => day(item).slice(0, 10))) {
        const dayBytes = bytesOf(onDay);
        if (!run || size + dayBytes > maxBytes) {
          run = { period: date, items: [] };
          out.push(run);
          size = 0;
        }
        run.items.push(...onDay);
        size += dayBytes;
      }
    }
  }
  return out;
}

/** Groups in ascending key order, each group in input order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
}
