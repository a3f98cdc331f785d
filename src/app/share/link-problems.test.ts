import { describe, expect, it } from "vitest";
import { describeLinkProblems } from "./link-problems.ts";

const known = new Set(["kcna", "fox-news"]);

describe("what a link asked for that cannot be shown", () => {
  it("nothing for a sound link", () => {
    expect(describeLinkProblems("?event=ev-1&sources=kcna&from=2018-05-01&to=2018-06-01", known)).toEqual([]);
  });

  it("a malformed date, named and quoted", () => {
    expect(describeLinkProblems("?from=2018-13-45&to=2018-06-01", known)).toEqual([
      "The start date “2018-13-45” could not be read (expected a day written YYYY-MM-DD).",
    ]);
  });

  it("a window that ends before it starts", () => {
    expect(describeLinkProblems("?from=2018-07-01&to=2018-06-01", known)).toEqual([
      "The window starts (2018-07-01) after it ends (2018-06-01).",
    ]);
  });

  it("outlets the data does not have, the known ones not mentioned", () => {
    expect(describeLinkProblems("?sources=kcna,nope", known)).toEqual(["This data has no outlet “nope”."]);
    expect(describeLinkProblems("?sources=a,kcna,b", known)).toEqual(["This data has no outlets “a”, “b”."]);
  });

  it("other unreadable values, with what was expected", () => {
    expect(describeLinkProblems("?view=map&theme=pink", known)).toEqual([
      "The “view” value “map” could not be read (expected timeline, list, compare or report).",
      "The “theme” value “pink” could not be read (expected light or dark).",
    ]);
  });
});
