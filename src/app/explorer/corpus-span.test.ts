import { describe, expect, it } from "vitest";
import { corpusSpan } from "./corpus-span.ts";

describe("the corpus's span in the header", () => {
  it("is the months the articles were published in, the events' wider span as the hint", () => {
    expect(
      corpusSpan({
        range: { start: "1868-01-01", end: "2021-01-31" },
        published: { start: "2018-01-02", end: "2018-12-30" },
      }),
    ).toEqual({
      text: "January – December 2018",
      hint: "Articles published January – December 2018; the events they tell are dated January 1868 – January 2021",
    });
  });

  it("says the span once when events and articles share it", () => {
    expect(
      corpusSpan({
        range: { start: "2018-05-09", end: "2018-07-12" },
        published: { start: "2018-05-10", end: "2018-07-12" },
      }),
    ).toEqual({ text: "May – July 2018", hint: "Articles published May – July 2018" });
  });

  it("falls back to the events' span for older data, and says nothing of an empty corpus", () => {
    expect(corpusSpan({ range: { start: "2018-05-09", end: "2018-07-12" } })).toEqual({
      text: "May – July 2018",
    });
    expect(corpusSpan({ range: null })).toBeUndefined();
  });
});
