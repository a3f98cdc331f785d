import { describe, expect, it } from "vitest";
import { parseDateline } from "./dateline.ts";
import { parsePageHeader } from "./page-header.ts";

describe("parsePageHeader", () => {
  it("reads a pasted KCNA page: copy date, site label, headline, field line", () => {
    const lines = [
      "January 08, 2026Jan 08, 2026",
      "KCNA KCNA.kp (En)",
      "",
      "Kim Jong Un Meets U.S. Secretary of State",
      "",
      "Date: 10/05/2018 | Source: KCNA.kp (En) | Read original version at source",
      "",
      "Pyongyang, May 10 (KCNA) -- Kim Jong Un ...",
    ];
    expect(parsePageHeader(lines)).toEqual({
      title: "Kim Jong Un Meets U.S. Secretary of State",
      dateField: "10/05/2018",
      sourceField: "KCNA.kp (En)",
      topDates: ["January 08, 2026Jan 08, 2026"],
      labels: ["KCNA KCNA.kp (En)"],
      bodyStart: 6,
    });
  });

  it("takes only leading date lines off a page without a field line", () => {
    const header = parsePageHeader([
      "Thursday, July 12, 2018 10:30 AM EDT",
      "President Trump on Thursday said ...",
    ]);
    expect(header.topDates).toEqual(["Thursday, July 12, 2018 10:30 AM EDT"]);
    expect(header.bodyStart).toBe(1);
    expect(header.title).toBeUndefined();
  });

  it("leaves a story that starts with its lead alone", () => {
    expect(parsePageHeader(["President Trump on Thursday said ..."]).bodyStart).toBe(0);
  });
});

describe("parseDateline", () => {
  it("reads place, day and agency of a KCNA dateline", () => {
    expect(parseDateline("Pyongyang, May 10 (KCNA) -- Kim Jong Un ...")).toEqual({
      place: "Pyongyang",
      month: 5,
      day: 10,
      agency: "KCNA",
      length: 28,
    });
  });

  it("reads wire datelines without a day", () => {
    expect(parseDateline("WASHINGTON (Reuters) - The U.S. said")).toMatchObject({
      place: "WASHINGTON",
      agency: "Reuters",
    });
    expect(parseDateline("SEOUL, South Korea (AP) — North Korea")).toMatchObject({
      place: "SEOUL, South Korea",
      agency: "AP",
    });
  });

  it("finds no dateline in an ordinary lead", () => {
    expect(parseDateline("President Trump on Thursday said (in a tweet) that")).toBeUndefined();
  });
});
