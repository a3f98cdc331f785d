import { describe, expect, it } from "vitest";
import { hasWords, tokenize, wordsOf } from "./tokens.ts";

describe("words", () => {
  const text = "Mr. Kim met U.S. envoys in Pyongyang on Tuesday.";

  it("counts and lists words as tokenize reads them", () => {
    expect(wordsOf(text)).toEqual(tokenize(text).map((t) => t.text));
    expect(hasWords(text, 9)).toBe(true);
    expect(hasWords(text, 10)).toBe(false);
  });

  it("leaves tokenize undisturbed after a count stopped halfway", () => {
    const before = tokenize(text);
    expect(hasWords(text, 2)).toBe(true);
    expect(tokenize(text)).toEqual(before);
  });
});
