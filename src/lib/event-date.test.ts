import { describe, expect, it } from "vitest";
import { formatEventDate, formatPublished } from "./event-date.ts";

describe("formatEventDate", () => {
  it("says no more than the precision", () => {
    expect(formatEventDate("2018-05-09", undefined, "day")).toBe("9 May 2018");
    expect(formatEventDate("2018-05-01", undefined, "month")).toBe("May 2018");
    expect(formatEventDate("2018-01-01", undefined, "year")).toBe("2018");
    expect(formatEventDate("2018-01-01", undefined, "approximate")).toBe("about 2018");
  });

  it("shares what the ends of a range have in common", () => {
    expect(formatEventDate("2018-05-09", "2018-05-12", "day")).toBe("9–12 May 2018");
    expect(formatEventDate("2018-05-30", "2018-06-02", "day")).toBe("30 May – 2 June 2018");
    expect(formatEventDate("2018-12-30", "2019-01-02", "day")).toBe("30 December 2018 – 2 January 2019");
    expect(formatEventDate("2018-05-01", "2018-07-31", "month")).toBe("May – July 2018");
    expect(formatEventDate("2018-05-01", "2018-05-31", "month")).toBe("May 2018");
    expect(formatEventDate("2018-01-01", "2019-12-31", "year")).toBe("2018–2019");
    expect(formatEventDate("2018-07-09", "2018-07-15", "approximate")).toBe("about July 2018");
    expect(formatEventDate("2018-07-01", "2018-09-30", "approximate")).toBe("about July – September 2018");
  });

  it("treats an end equal to the start as no range", () => {
    expect(formatEventDate("2018-05-09", "2018-05-09", "day")).toBe("9 May 2018");
  });
});

describe("formatPublished", () => {
  it("reads days and datetimes", () => {
    expect(formatPublished("2018-05-10")).toBe("10 May 2018");
    expect(formatPublished("2018-07-12T14:03:00Z")).toBe("12 July 2018");
  });
});
