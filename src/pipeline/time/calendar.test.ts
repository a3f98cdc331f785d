import { describe, expect, it } from "vitest";
import { addMonths, formatWeek, isoWeek, parseDct } from "./calendar.ts";

describe("calendar", () => {
  it("numbers ISO weeks across year boundaries", () => {
    expect(formatWeek(isoWeek({ year: 2018, month: 7, day: 12 }))).toBe("2018-W28");
    expect(formatWeek(isoWeek({ year: 2021, month: 1, day: 1 }))).toBe("2020-W53");
    expect(formatWeek(isoWeek({ year: 2019, month: 12, day: 30 }))).toBe("2020-W01");
  });

  it("clamps the day when moving by months", () => {
    expect(addMonths({ year: 2018, month: 3, day: 31 }, -1)).toEqual({ year: 2018, month: 2, day: 28 });
  });

  it("reads the day part of a DCT and rejects impossible days", () => {
    expect(parseDct("1998-03-22T14:57:00")).toEqual({ year: 1998, month: 3, day: 22 });
    expect(parseDct("2018-02-30")).toBeNull();
  });
});
