import { describe, expect, it } from "vitest";
import { findTimexes } from "./find-timexes.ts";

/** The values found in `text`, as "span => value" strings, for compact assertions. */
function values(text: string, dct: string, options?: Parameters<typeof findTimexes>[2]): string[] {
  return findTimexes(text, dct, options).map((t) => `${t.text} => ${t.value}`);
}

describe("bare weekdays in news", () => {
  it("points back from the DCT in a past-tense report, including the DCT itself", () => {
    expect(values("President Trump on Thursday said the talks went well.", "2018-07-12")).toEqual([
      "Thursday => 2018-07-12",
    ]);
    expect(values("President Trump on Thursday said the talks went well.", "2018-07-13")).toEqual([
      "Thursday => 2018-07-12",
    ]);
  });

  it("points forward in the future tense and with next", () => {
    expect(values("The envoys will meet on Friday.", "2018-07-12")).toEqual(["Friday => 2018-07-13"]);
    expect(values("They meet again next Friday.", "2018-07-13")).toEqual(["next Friday => 2018-07-20"]);
    expect(values("Talks are scheduled for Monday.", "2018-07-12")).toEqual(["Monday => 2018-07-16"]);
  });

  it("lets the nearest verb decide when a sentence mixes tenses", () => {
    expect(values("He said on Tuesday that he will travel on Friday.", "2018-07-12")).toEqual([
      "Tuesday => 2018-07-10",
      "Friday => 2018-07-13",
    ]);
  });

  it("reads last + weekday as strictly before the DCT", () => {
    expect(values("The deal collapsed last Thursday.", "2018-07-12")).toEqual([
      "last Thursday => 2018-07-05",
    ]);
  });
});

describe("days and months without a year", () => {
  it("puts a past-tense day-month in the nearest past", () => {
    expect(values("The summit was held on July 6.", "2018-07-12")).toEqual(["July 6 => 2018-07-06"]);
    expect(values("The summit was held on Dec. 28.", "2019-01-05")).toEqual(["Dec. 28 => 2018-12-28"]);
  });

  it("keeps a day up to two months ahead in a past clause, where the tense is the reporting verb's", () => {
    expect(values("The bid was extended to Nov. 16.", "2018-10-30")).toEqual(["Nov. 16 => 2018-11-16"]);
    expect(values("The company announced that it closed the plant in January.", "2018-11-20")).toEqual([
      "January => 2019-01",
    ]);
    expect(values("The company announced that it closed the plant in June.", "2018-11-20")).toEqual([
      "June => 2018-06",
    ]);
  });

  it("puts a future-tense day-month ahead", () => {
    expect(values("Talks will resume on July 6.", "2018-07-12")).toEqual(["July 6 => 2019-07-06"]);
    expect(values("The dividend is payable Jan. 3 to holders of record.", "2018-11-20")).toEqual([
      "Jan. 3 => 2019-01-03",
    ]);
  });

  it("keeps a full date's own year", () => {
    expect(values("It was signed on July 6, 2016.", "2018-07-12")).toEqual(["July 6, 2016 => 2016-07-06"]);
  });

  it("resolves a month named alone by tense", () => {
    expect(values("The plant closed in August.", "2018-02-10")).toEqual(["August => 2017-08"]);
    expect(values("The plant will close in August.", "2018-02-10")).toEqual(["August => 2018-08"]);
    expect(values("The plant will close in January.", "2018-02-10")).toEqual(["January => 2019-01"]);
  });

  it("does not read the modal may as a month", () => {
    expect(values("Prices may rise.", "2018-07-12")).toEqual([]);
    expect(values("The vote was held in May.", "2018-07-12")).toEqual(["May => 2018-05"]);
  });
});

describe("numeric dates", () => {
  it("reads month-first by default and day-first with the dmy hint", () => {
    expect(values("Filed on 10/05/2018.", "2018-07-12")).toEqual(["10/05/2018 => 2018-10-05"]);
    expect(values("Filed on 10/05/2018.", "2018-07-12", { numericDateOrder: "dmy" })).toEqual([
      "10/05/2018 => 2018-05-10",
    ]);
  });

  it("falls back to day-first when month-first is impossible", () => {
    expect(values("Filed on 25/12/2017.", "2018-07-12")).toEqual(["25/12/2017 => 2017-12-25"]);
  });

  it("ignores numbers that are no date in either order", () => {
    expect(values("A ratio of 13/14/2018 was noted.", "2018-07-12")).toEqual([]);
  });
});

describe("relative expressions", () => {
  it("gives ISO weeks, months and years", () => {
    expect(
      values(
        "Last week prices fell; earlier this month they rose; next month they may settle.",
        "2018-07-12",
      ),
    ).toEqual(["Last week => 2018-W27", "earlier this month => 2018-07", "next month => 2018-08"]);
    expect(values("Exports grew last year and this week.", "2018-07-12")).toEqual([
      "last year => 2017",
      "this week => 2018-W28",
    ]);
  });

  it("counts back for N units ago", () => {
    expect(values("The talks began two years ago.", "2018-07-12")).toEqual(["two years ago => 2016"]);
    expect(values("They met three days ago.", "2018-07-12")).toEqual(["three days ago => 2018-07-09"]);
  });

  it("gives days for yesterday, today and tomorrow", () => {
    expect(values("Yesterday he left; today he rests; tomorrow he flies.", "2018-07-12")).toEqual([
      "Yesterday => 2018-07-11",
      "today => 2018-07-12",
      "tomorrow => 2018-07-13",
    ]);
  });

  it("leaves 'the past two years' out as TimeBank annotates it as a DURATION, but keeps 'the past year'", () => {
    expect(values("Tensions rose over the past two years.", "2018-07-12")).toEqual([]);
    expect(values("Tensions rose over the past year.", "2018-07-12")).toEqual(["the past year => 2017"]);
  });

  it("gives the TimeML references", () => {
    expect(
      values("Now the talks have stalled, as they did recently and may in the future.", "2018-07-12"),
    ).toEqual(["Now => PRESENT_REF", "recently => PAST_REF", "the future => FUTURE_REF"]);
  });
});

describe("seasons, quarters, decades", () => {
  it("places a season by tense and with this/last", () => {
    expect(values("Talks broke down in the spring.", "2018-07-12")).toEqual(["the spring => 2018-SP"]);
    expect(values("Talks will resume in the fall.", "2018-07-12")).toEqual(["the fall => 2018-FA"]);
    expect(values("Talks broke down last winter.", "2018-07-12")).toEqual(["last winter => 2018-WI"]);
    expect(values("They met in the summer of 2016.", "2018-07-12")).toEqual([
      "the summer of 2016 => 2016-SU",
    ]);
  });

  it("does not read the noun fall as a season", () => {
    expect(values("A fall in prices and the fall of the regime.", "2018-07-12")).toEqual([]);
  });

  it("gives quarters their year", () => {
    expect(values("Profit rose in the third quarter.", "2018-10-20")).toEqual([
      "the third quarter => 2018-Q3",
    ]);
    expect(values("Fourth-quarter profit rose.", "2019-01-20")).toEqual(["Fourth-quarter => 2018-Q4"]);
    expect(values("Sales in the second quarter of 2016 fell.", "2018-10-20")).toEqual([
      "the second quarter of 2016 => 2016-Q2",
    ]);
  });

  it("reads 'the quarter' and 'a year earlier' in an earnings story as quarters", () => {
    expect(
      values("Third-quarter profit rose from a year earlier. The quarter was strong.", "2018-10-20"),
    ).toEqual(["Third-quarter => 2018-Q3", "a year earlier => 2017-Q3", "The quarter => 2018-Q3"]);
  });

  it("gives decades and centuries", () => {
    expect(values("Tensions date from the 1990s and the early 1950s.", "2018-07-12")).toEqual([
      "the 1990s => 199",
      "the early 1950s => 195",
    ]);
    expect(values("a relic of the 20th century", "2018-07-12")).toEqual(["the 20th century => 19"]);
  });

  it("gives years but not amounts", () => {
    expect(values("Since 2006 it has sent 2000 troops and spent $1990.", "2018-07-12")).toEqual([
      "2006 => 2006",
    ]);
  });
});

describe("output shape", () => {
  it("returns sorted, non-overlapping spans whose text matches the offsets", () => {
    const text =
      "On Thursday, a week after the July 4 holiday, officials said next year's budget and the 1990s.";
    const found = findTimexes(text, "2018-07-12");
    for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });

  it("rejects a DCT that is not a day", () => {
    expect(() => findTimexes("today", "2018-13-01")).toThrow(RangeError);
  });
});
