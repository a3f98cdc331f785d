import { describe, expect, it } from "vitest";
import type { Event } from "../../schema/event.ts";
import { dayNumber } from "../format/days.ts";
import { indexEvents } from "../timeline/event-index.ts";
import { stepEvent } from "./step-event.ts";

const ev = (id: string, start: string): Event => ({
  id,
  title: id,
  start,
  precision: "day",
  sourceIds: ["kcna"],
  articleIds: [],
  mentions: [],
});
const index = indexEvents([ev("a", "2018-01-01"), ev("b", "2018-02-01"), ev("c", "2018-03-01")]);
const window = { fromDay: dayNumber("2018-01-15"), toDay: dayNumber("2018-02-15") };

describe("stepEvent", () => {
  it("walks date order and stops at the ends", () => {
    expect(stepEvent(index, "a", "next", window)).toBe("b");
    expect(stepEvent(index, "b", "previous", window)).toBe("a");
    expect(stepEvent(index, "c", "next", window)).toBe("c");
    expect(stepEvent(index, "a", "previous", window)).toBe("a");
    expect(stepEvent(index, "b", "last", window)).toBe("c");
  });

  it("starts from what is in view", () => {
    expect(stepEvent(index, null, "next", window)).toBe("b");
    expect(stepEvent(index, null, "previous", window)).toBe("b");
    expect(stepEvent(index, "gone", "next", window)).toBe("b");
  });
});
