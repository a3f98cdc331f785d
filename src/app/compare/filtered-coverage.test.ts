import { describe, expect, it } from "vitest";
import type { Event } from "../../schema/event.ts";
import { coverageOf, eventsOutside } from "./filtered-coverage.ts";

const event = (start: string, sourceIds: string[]) => ({ id: start, start, sourceIds }) as unknown as Event;

describe("coverageOf", () => {
  it("counts the given events per chosen outlet and month, each event once per outlet", () => {
    const events = [
      event("2018-03-02", ["kcna", "fox", "kcna"]),
      event("2018-04-10", ["fox"]),
      event("2018-04", ["kcna", "ap"]),
      event("2019-01-01", ["fox"]),
    ];
    const coverage = coverageOf(events, ["2018-03", "2018-04"], ["kcna", "fox"]);
    expect(coverage.get("kcna")).toEqual({ eventCount: 2, monthly: [1, 1] });
    expect(coverage.get("fox")).toEqual({ eventCount: 3, monthly: [1, 1] });
    expect(coverage.has("ap")).toBe(false);
  });
});

describe("eventsOutside", () => {
  it("counts the chosen outlets' events whose month the chart does not draw", () => {
    const events = [
      event("1953-07-27", ["kcna"]),
      event("1953-07-27", ["ap"]),
      event("2018-03-02", ["kcna"]),
      event("2030-01-01", ["fox", "kcna"]),
    ];
    expect(eventsOutside(events, ["2018-03"], ["kcna", "fox"])).toBe(2);
    expect(eventsOutside(events, ["2018-03"], ["ap"])).toBe(1);
    expect(eventsOutside(events, ["2018-03"], [])).toBe(0);
  });
});
