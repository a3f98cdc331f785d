import { describe, expect, it } from "vitest";
import type { EventSummary } from "../../schema/event.ts";
import { coveredByOnlyOne } from "./corpus-figures.ts";

const event = (id: string, start: string, sourceIds: string[]): EventSummary => ({
  id,
  title: id,
  start,
  precision: "day",
  sourceIds,
});

describe("coveredByOnlyOne", () => {
  // In date order, as the corpus gives them: history recalled first, then the news of 2018.
  const events = [
    event("war", "1950-06-25", ["kcna"]),
    event("treaty", "1953-07-27", ["kcna", "reuters"]),
    event("talks", "2018-03-08", ["kcna"]),
    event("summit", "2018-06-12", ["kcna", "reuters", "fox"]),
    event("visit", "2018-07-06", ["reuters", "reuters"]),
  ];

  it("keeps, per chosen outlet, the events no other chosen outlet covered", () => {
    const only = coveredByOnlyOne(events, ["kcna", "reuters"]);
    expect(only.get("kcna")?.map((e) => e.id)).toEqual(["war", "talks"]);
    // An outlet named twice on one event is still one outlet; Fox is not among the chosen.
    expect(only.get("reuters")?.map((e) => e.id)).toEqual(["visit"]);
    expect(coveredByOnlyOne(events, ["kcna", "fox"]).get("fox")).toEqual([]);
  });

  it("lists the news of the chart's months before the history the articles recall", () => {
    const only = coveredByOnlyOne(events, ["kcna", "reuters"], ["2018-03", "2018-06", "2018-07"]);
    expect(only.get("kcna")?.map((e) => e.id)).toEqual(["talks", "war"]);
  });
});
