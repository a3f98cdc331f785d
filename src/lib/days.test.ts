import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, dayNumber, dayString, daysBetween } from "./days.ts";

/** The Date-based definition that the arithmetic fast path must agree with. */
function addDaysByDate(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const anyDay = fc
  .record({
    y: fc.integer({ min: 1000, max: 9999 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

describe("day arithmetic", () => {
  it("adds days as the calendar does, across months, leap days and centuries", () => {
    expect(addDays("2018-02-28", 1)).toBe("2018-03-01");
    expect(addDays("2020-02-28", 1)).toBe("2020-02-29");
    expect(addDays("2000-03-01", -1)).toBe("2000-02-29");
    expect(addDays("1900-03-01", -1)).toBe("1900-02-28");
    expect(addDays("2018-12-31", 1)).toBe("2019-01-01");
    expect(addDays("2018-07-12T09:30:00Z", 3)).toBe("2018-07-15");
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -5000, max: 5000 }), (day, n) => {
        expect(addDays(day, n)).toBe(addDaysByDate(day, n));
      }),
      { seed: 8, numRuns: 2000 },
    );
  });

  it("keeps the Date reading of years below 1000, as it always has", () => {
    expect(addDays("0018-05-01", 1)).toBe(addDaysByDate("0018-05-01", 1));
  });

  it("round-trips day numbers and counts days between", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayString(dayNumber("2018-06-12"))).toBe("2018-06-12");
    expect(daysBetween("2018-06-10", "2018-06-12")).toBe(2);
    fc.assert(
      fc.property(anyDay, (day) => {
        expect(dayString(dayNumber(day))).toBe(day);
        // Twice: the second answer comes from the memo and must be the same.
        expect(dayNumber(day)).toBe(Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000));
      }),
      { seed: 9, numRuns: 1000 },
    );
  });
});
