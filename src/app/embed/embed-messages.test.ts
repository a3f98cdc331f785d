import { describe, expect, it } from "vitest";
import { heightMessage, parseHostMessage } from "./embed-messages.ts";

describe("height message", () => {
  it("rounds up to whole pixels and never goes below zero", () => {
    expect(heightMessage(640.2)).toEqual({ type: "parallax:height", version: 1, height: 641 });
    expect(heightMessage(-3).height).toBe(0);
  });
});

describe("messages from the host page", () => {
  it("accepts exactly the documented request", () => {
    expect(parseHostMessage({ type: "parallax:get-height", version: 1 })).toEqual({
      type: "parallax:get-height",
      version: 1,
    });
    expect(
      parseHostMessage(Object.assign(Object.create(null), { version: 1, type: "parallax:get-height" })),
    ).not.toBeNull();
  });

  it.each([
    ["null", null],
    ["a string", "parallax:get-height"],
    ["iframe-resizer's string format", "[iFrameSizer]frame1:8:false:false:32:true:true:null:bodyOffset"],
    ["a number", 1],
    ["an array", ["parallax:get-height", 1]],
    ["another type", { type: "parallax:height", version: 1 }],
    ["a navigation request", { type: "parallax:navigate", version: 1 }],
    ["a missing version", { type: "parallax:get-height" }],
    ["another version", { type: "parallax:get-height", version: 2 }],
    ["a version as text", { type: "parallax:get-height", version: "1" }],
    ["an extra key", { type: "parallax:get-height", version: 1, url: "javascript:alert(1)" }],
    ["a type that is not text", { type: { toString: (): string => "parallax:get-height" }, version: 1 }],
    [
      "a class instance",
      new (class {
        type = "parallax:get-height";
        version = 1;
      })(),
    ],
    ["a Date", new Date()],
  ])("refuses %s", (_label, data) => {
    expect(parseHostMessage(data)).toBeNull();
  });
});
