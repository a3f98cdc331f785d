import { describe, expect, it } from "vitest";
import { quoteInContext, segmentText } from "./highlight.ts";

describe("segmentText", () => {
  it("marks ranges and keeps all the text, once", () => {
    const segments = segmentText("Kim met Pompeo in Pyongyang.", [{ start: 8, end: 14 }]);
    expect(segments).toEqual([
      { text: "Kim met ", start: 0, marked: false },
      { text: "Pompeo", start: 8, marked: true },
      { text: " in Pyongyang.", start: 14, marked: false },
    ]);
  });

  it("merges overlaps and clamps offsets past the end", () => {
    const text = "abcdefghij";
    const segments = segmentText(text, [
      { start: 2, end: 5 },
      { start: 4, end: 7 },
      { start: 9, end: 40 },
      { start: 6, end: 3 },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual(["cdefg", "j"]);
  });
});

describe("quoteInContext", () => {
  it("stays inside the quote's paragraph and says where it cut", () => {
    const text =
      "First paragraph.\n\nBefore words here. The quote itself. After words that go on and on.\n\nNext.";
    const start = text.indexOf("The quote");
    const { before, quote, after } = quoteInContext(text, start, start + "The quote itself.".length, 12);
    expect(quote).toBe("The quote itself.");
    expect(before.startsWith("…")).toBe(true);
    expect(after.endsWith("…")).toBe(true);
    expect(before + quote + after).not.toContain("First");
    expect(before + quote + after).not.toContain("Next");
  });
});
