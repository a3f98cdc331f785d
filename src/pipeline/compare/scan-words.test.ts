import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanWords } from "./scan-words.ts";

// The expressions scanWords stands for (see its comment), with the u flag.
const WORDS = /(\p{L}[\p{L}\p{N}]*(?:['’-][\p{L}\p{N}]+)*)|[.,;:!?"“”‘()[\]—–]|\s-\s/gu;
const WORDS_AND_NUMBERS = /(\p{L}[\p{L}\p{N}]*(?:['’-][\p{L}\p{N}]+)*)|(\p{N}+)|[.,;:!?"“”‘()[\]—–]|\s-\s/gu;

function byRegex(text: string, numbers: boolean): string[] {
  return [...text.matchAll(numbers ? WORDS_AND_NUMBERS : WORDS)].map((m) =>
    m[1] !== undefined ? `word ${m[1]}` : m[2] !== undefined ? `number ${m[2]}` : "break",
  );
}

function byScan(text: string, numbers: boolean): string[] {
  const out: string[] = [];
  scanWords(
    text,
    {
      token: (start, end, number) => out.push(`${number ? "number" : "word"} ${text.slice(start, end)}`),
      clauseBreak: () => out.push("break"),
    },
    numbers,
  );
  return out;
}

// Letters, digits and separators of several scripts and planes, the joiners and the breaks.
const pieces = [
  "a",
  "Z",
  "é",
  "ŏ",
  "İ",
  "ß",
  "Ж",
  "한",
  "2",
  "٣",
  "½",
  "Ⅻ",
  "'",
  "’",
  "-",
  " ",
  "\u00a0",
  "\u2009",
  "\n",
  "\t",
  ".",
  ",",
  ";",
  "“",
  "”",
  "‘",
  "—",
  "–",
  "(",
  "]",
  "𝐀",
  "😀",
  "\ud800",
  "_",
  "s",
  "'s",
  " - ",
];

describe("scanWords", () => {
  it("reads news text as the expressions do", () => {
    const text =
      "PYONGYANG, June 12 (KCNA) -- Kim Jong-un's talks with the DPRK-U.S. side don't end: F-16s, 2018's plans - “Chosŏn” (½ of 3rd).";
    for (const numbers of [false, true]) expect(byScan(text, numbers)).toEqual(byRegex(text, numbers));
    expect(byScan("Jong-un's F-16 - 2018", true)).toEqual([
      "word Jong-un's",
      "word F-16",
      "break",
      "number 2018",
    ]);
  });

  it("finds exactly what the expressions find in any mix of letters, digits and separators", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), fc.boolean(), (parts, numbers) => {
        const text = parts.join("");
        expect(byScan(text, numbers)).toEqual(byRegex(text, numbers));
      }),
      { numRuns: 3000 },
    );
  });

  it("agrees on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), fc.boolean(), (text, numbers) => {
        expect(byScan(text, numbers)).toEqual(byRegex(text, numbers));
      }),
      { numRuns: 3000 },
    );
  });
});
