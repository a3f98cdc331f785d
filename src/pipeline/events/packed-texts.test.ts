import { describe, expect, it } from "vitest";
import { packText, unpackText } from "./packed-texts.ts";

describe("packText", () => {
  it("gives back the same text, smaller", () => {
    const text = "Kim Jong Un said on Friday that “the talks” would resume — next week. ".repeat(40);
    const packed = packText(text);
    expect(unpackText(packed)).toBe(text);
    expect(packed.byteLength).toBeLessThan(text.length / 3);
  });

  it("keeps a lone surrogate and text beyond the basic plane exactly", () => {
    for (const text of ["broken \ud800 escape", "tail \udfff", "emoji 😀 and 한국어", ""]) {
      expect(unpackText(packText(text))).toBe(text);
    }
  });
});
