import { describe, expect, it } from "vitest";
import { findTimexes } from "./find-timexes.ts";

function values(text: string, dct: string): string[] {
  return findTimexes(text, dct).map((t) => `${t.text} => ${t.value}`);
}

describe("dates inside ranges", () => {
  it("reads each end of a chrono range on its own", () => {
    expect(values("Shares were bought from Aug. 26 to Oct. 20 for $24.", "1989-10-30")).toEqual([
      "Aug. 26 => 1989-08-26",
      "Oct. 20 => 1989-10-20",
    ]);
    expect(values("Shares may be tendered from today through Nov. 17.", "1989-10-27")).toEqual([
      "today => 1989-10-27",
      "Nov. 17 => 1989-11-17",
    ]);
  });
});

describe("not dates", () => {
  it("leaves a day with a clock time to TIME", () => {
    expect(values("He was kidnapped at 10 p.m. Wednesday, police said.", "1998-02-13")).toEqual([]);
    expect(values("The offer runs until 5 p.m. EST, Nov. 6.", "1989-10-30")).toEqual([]);
    expect(values("Talks broke off at noon Thursday.", "1998-02-13")).toEqual([]);
    expect(values("Shares rose at mid-afternoon yesterday.", "1989-11-02")).toEqual([]);
  });

  it("leaves sets of weekdays and months out", () => {
    expect(values("A third flight departs each Thursday.", "1998-02-13")).toEqual([]);
    expect(values("Orangemen march every July through the town.", "1998-03-22")).toEqual([]);
  });

  it("leaves offsets from a named event out", () => {
    expect(values("The banks must wait 30 days before closing the purchase.", "1989-10-27")).toEqual([]);
  });

  it("does not read quarterly, quarter-century or quarter-to-quarter as a quarter", () => {
    expect(values("It returned to profit after its first quarterly loss.", "1989-10-26")).toEqual([]);
    expect(values("Unemployment is near its quarter-century low.", "1998-02-06")).toEqual([]);
    expect(values("The quarter-to-quarter comparison was flattering.", "1989-11-01")).toEqual([]);
  });

  it("does not read a programme title as this week", () => {
    expect(values('Baker said on ABC\'s "This Week" that talks failed.', "1990-08-13")).toEqual([]);
    expect(values("This Week the senate votes.", "1990-08-13")).toEqual(["This Week => 1990-W33"]);
  });

  it("does not read soon as a time ahead when it ties two events", () => {
    expect(values("They could leave as soon as the threats end.", "1990-08-15")).toEqual([]);
    expect(values("He was probably killed soon after being captured.", "1998-02-19")).toEqual([]);
    expect(values("It will liquidate the company as soon as possible.", "1989-10-30")).toEqual([
      "as soon as possible => FUTURE_REF",
    ]);
    expect(values("That is important to the future of our peoples.", "1998-02-13")).toEqual([]);
  });
});

describe("references", () => {
  it("reads then-current as the past", () => {
    expect(values("Holders may buy shares at half the then current price.", "1989-10-26")).toEqual([
      "current => PAST_REF",
    ]);
  });

  it("takes at the time, at a later date, will one day and past years", () => {
    expect(values("He said at the time he was willing to withdraw.", "1998-03-01")).toEqual([
      "the time => PAST_REF",
    ]);
    expect(values("It may seek financing at a later date.", "1989-10-26")).toEqual([
      "a later date => FUTURE_REF",
    ]);
    expect(values("Islam will one day be the second largest religion.", "1998-03-03")).toEqual([
      "one day => FUTURE_REF",
    ]);
    expect(values("There were sell programs in past years, too.", "1989-10-30")).toEqual([
      "past years => PAST_REF",
    ]);
    expect(values("It does not bode well for coming quarters.", "1989-10-26")).toEqual([
      "coming quarters => FUTURE_REF",
    ]);
  });
});

describe("tense from the preposition", () => {
  it("sends since + month back even when a future verb is nearer", () => {
    expect(
      values("The carrier has been on patrol since March and was scheduled to return.", "1990-08-13"),
    ).toEqual(["March => 1990-03"]);
  });

  it("reads a deadline in a past-tense report as the nearest occurrence", () => {
    expect(values("The bank extended loans through January, it said.", "1989-10-30")).toEqual([
      "January => 1990-01",
    ]);
    expect(values("The bank extended loans through June, it said.", "1989-10-30")).toEqual([
      "June => 1989-06",
    ]);
  });

  it("does not count later as a future marker: three days later is narrative", () => {
    expect(values("Three days later, as of Friday's close, the index was down.", "1989-10-30")).toEqual([
      "Friday => 1989-10-27",
    ]);
  });

  it("reads set to + verb as future", () => {
    expect(values("The peace process is set to resume Monday in Belfast.", "1998-03-20")).toEqual([
      "Monday => 1998-03-23",
    ]);
  });
});

describe("dates named by other dates", () => {
  it("reads that year and the following year or month from the last date named", () => {
    expect(
      values("Imports totaled $37 million in 1988, a small share of imports that year.", "1989-11-02"),
    ).toEqual(["1988 => 1988", "that year => 1988"]);
    expect(values("He was promoted on May 22, 1995, and the following year he moved.", "1998-04-18")).toEqual(
      ["May 22, 1995 => 1995-05-22", "the following year => 1996"],
    );
    expect(
      values("Holders urged a sale in March 1989. The following month, it hired bankers.", "1989-10-27"),
    ).toEqual(["March 1989 => 1989-03", "The following month => 1989-04"]);
    expect(values("That year was hard.", "1989-11-02")).toEqual([]);
  });

  it("names the quarter ended on a day by its middle month, unless the story named its quarter", () => {
    expect(values("It lost $92 million for the quarter ended Sept. 30.", "1989-11-01")).toEqual([
      "the quarter => 1989-Q3",
      "Sept. 30 => 1989-09-30",
    ]);
    expect(values("In the quarter ended July 31, it had 5.6 million shares.", "1989-10-30")).toEqual([
      "the quarter => 1989-Q2",
      "July 31 => 1989-07-31",
    ]);
    expect(
      values(
        "Sun reported a fiscal first-quarter profit. Sales for the quarter ended Sept. 29 rose.",
        "1989-10-26",
      ),
    ).toEqual(["a fiscal first-quarter => 1989-Q1", "the quarter => 1989-Q1", "Sept. 29 => 1989-09-29"]);
  });

  it("keeps the lead's quarter as the story's subject when others are mentioned in passing", () => {
    expect(
      values(
        "Third-quarter net rose 20% from a year ago. It followed a flat second quarter. Sales in the year-earlier period were lower.",
        "1989-11-01",
      ),
    ).toEqual([
      "Third-quarter => 1989-Q3",
      "a year ago => 1988-Q3",
      "a flat second quarter => 1989-Q2",
      "the year-earlier period => 1988-Q3",
    ]);
  });

  it("compares by year once the story moves to nine months", () => {
    expect(
      values(
        "Third-quarter net rose. In the first nine months, net was $306 million, compared with a loss a year earlier.",
        "1989-11-02",
      ),
    ).toEqual(["Third-quarter => 1989-Q3", "a year earlier => 1988"]);
  });

  it("reads the YYYY period as that year's quarter in a quarterly story", () => {
    expect(values("Third-quarter net fell. In the 1988 period, it earned $2 million.", "1989-10-30")).toEqual(
      ["Third-quarter => 1989-Q3", "the 1988 period => 1988-Q3"],
    );
    expect(values("Sales in the 1988 period were flat.", "1989-10-30")).toEqual(["the 1988 period => 1988"]);
  });
});

describe("rules from reading other news", () => {
  it("keeps the day of a saying in the past when a reported clause follows", () => {
    expect(values("Abe said on Jan. 12 he would continue demanding an apology.", "2018-01-18")).toEqual([
      "Jan. 12 => 2018-01-12",
    ]);
    expect(values("Trump said on Saturday he would know within seconds.", "2018-06-10")).toEqual([
      "Saturday => 2018-06-09",
    ]);
  });

  it("reads this past week in a Sunday paper as the week ending that day", () => {
    expect(values("This past week the president had another win.", "2018-05-13")).toEqual([
      "past week => 2018-W19",
    ]);
    expect(values("This past week the president had another win.", "2018-05-11")).toEqual([
      "past week => 2018-W18",
    ]);
  });

  it("gives the first month of a range the year written after the second", () => {
    expect(values("Polls ran from March to November last year.", "2018-02-14")).toEqual([
      "March => 2017-03",
      "November last year => 2017-11",
    ]);
    expect(values("Infections rose between May and June 2021.", "2021-08-07")).toEqual([
      "May => 2021-05",
      "June 2021 => 2021-06",
    ]);
  });

  it("does not date an era named after a day", () => {
    expect(values("They undermined the June 15 era of reunification.", "2018-03-16")).toEqual([]);
  });

  it("takes the past only as a noun phrase, and current not for office holders", () => {
    expect(values("Troops fought in the past Korean War.", "2018-01-22")).toEqual([]);
    expect(values("Mistakes were made in the past, he said.", "2018-01-22")).toEqual([
      "the past => PAST_REF",
    ]);
    expect(values("The current administration said it would not permit that.", "2018-06-10")).toEqual([]);
    expect(values("Current market conditions are weak.", "1989-10-30")).toEqual(["Current => PRESENT_REF"]);
  });
});
