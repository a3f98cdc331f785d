import { describe, expect, it } from "vitest";
import { addDays as addDayStrings, weekdayOf as weekdayOfString } from "../../lib/days.ts";
import {
  addDays,
  addMonths,
  daysInMonth,
  formatDay,
  formatWeek,
  isoWeek,
  isValidDay,
  parseDct,
  weekdayOf,
} from "./calendar.ts";

describe("calendar", () => {
  it("numbers ISO weeks across year boundaries", () => {
    expect(formatWeek(isoWeek({ year: 2018, month: 7, day: 12 }))).toBe("2018-W28");
    expect(formatWeek(isoWeek({ year: 2021, month: 1, day: 1 }))).toBe("2020-W53");
    expect(formatWeek(isoWeek({ year: 2019, month: 12, day: 30 }))).toBe("2020-W01");
  });

  it("clamps the day when moving by months", () => {
    expect(addMonths({ year: 2018, month: 3, day: 31 }, -1)).toEqual({ year: 2018, month: 2, day: 28 });
    expect(addMonths({ year: 2018, month: 1, day: 15 }, -13)).toEqual({ year: 2016, month: 12, day: 15 });
  });

  it("reads the day part of a DCT and rejects impossible days", () => {
    expect(parseDct("1998-03-22T14:57:00")).toEqual({ year: 1998, month: 3, day: 22 });
    expect(parseDct("2018-02-30")).toBeNull();
  });

  it("knows the Gregorian leap years", () => {
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2016, 2)).toBe(29);
    expect(isValidDay(2019, 2, 29)).toBe(false);
    expect(isValidDay(2018, 13, 1)).toBe(false);
  });

  it("keeps years below 100 literal", () => {
    expect(formatDay(addDays({ year: 50, month: 12, day: 31 }, 1))).toBe("0051-01-01");
  });

  it("agrees with the shared string helpers on ordinary days", () => {
    for (const [day, n] of [
      ["2018-07-12", 0],
      ["2018-12-31", 1],
      ["2020-02-28", 1],
      ["2021-01-03", -400],
    ] as const) {
      const parsed = parseDct(day)!;
      expect(formatDay(addDays(parsed, n))).toBe(addDayStrings(day, n));
      expect(weekdayOf(parsed)).toBe(weekdayOfString(day));
    }
  });
});
