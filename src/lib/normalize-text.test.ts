import { describe, expect, it } from "vitest";
import { foldWord, matchRanges, termMatcher, terms, tokenize } from "./normalize-text.ts";

describe("foldWord", () => {
  it("strips diacritics", () => {
    expect(foldWord("Chosŏn")).toBe("choson");
    expect(foldWord("Pyŏngyang")).toBe("pyongyang");
    expect(foldWord("Ñandú")).toBe("nandu");
  });
  it("drops a possessive with a straight or curly apostrophe", () => {
    expect(foldWord("KCNA's")).toBe("kcna");
    expect(foldWord("KCNA’s")).toBe("kcna");
    expect(foldWord("don’t")).toBe("dont");
  });
  it("folds compatibility forms and letters NFKD leaves alone", () => {
    expect(foldWord("ＫＣＮＡ")).toBe("kcna");
    expect(foldWord("ﬁnal")).toBe("final");
    expect(foldWord("Straße")).toBe("strasse");
    expect(foldWord("Øresund")).toBe("oresund");
  });
  it("keeps Hangul in syllables and drops Arabic and Hebrew vowel marks", () => {
    expect(foldWord("조선")).toBe("조선");
    expect(foldWord("مُحَمَّد")).toBe("محمد");
    expect(foldWord("שָׁלוֹם")).toBe("שלום");
    expect(foldWord("Ёлка")).toBe("елка");
  });
});

describe("tokenize", () => {
  it("gives terms with UTF-16 offsets into the original text", () => {
    const text = "Chosŏn KCNA’s report";
    const tokens = tokenize(text);
    expect(tokens).toEqual([
      { term: "choson", start: 0, end: 6 },
      { term: "kcna", start: 7, end: 13 },
      { term: "report", start: 14, end: 20 },
    ]);
    for (const t of tokens) expect(foldWord(text.slice(t.start, t.end))).toBe(t.term);
  });
  it("splits on hyphens and punctuation, keeps digits", () => {
    expect(terms("Ri Yong-ho, 2018-03-05.")).toEqual(["ri", "yong", "ho", "2018", "03", "05"]);
  });
  it("gives one token per Han or Kana character, and keeps spaced scripts as words", () => {
    expect(terms("金正恩 visited 平壤")).toEqual(["金", "正", "恩", "visited", "平", "壤"]);
    expect(terms("カタカナ")).toEqual(["カ", "タ", "カ", "ナ"]);
    expect(terms("조선중앙통신 보도")).toEqual(["조선중앙통신", "보도"]);
    expect(terms("Москва и Пхеньян")).toEqual(["москва", "и", "пхеньян"]);
    // The hamza is a combining mark after NFKD: folded away, as Arabic search engines usually do.
    expect(terms("قال الرئيس")).toEqual(terms("قال الرييس"));
    expect(terms("قال الرئيس")).toHaveLength(2);
  });
  it("counts offsets in UTF-16 code units past astral characters", () => {
    const text = "😀 Kim 𠀀x";
    const tokens = tokenize(text);
    expect(tokens[0]).toEqual({ term: "kim", start: 3, end: 6 });
    expect(text.slice(tokens[1]!.start, tokens[1]!.end)).toBe("𠀀");
  });
  it("reads plain ASCII words and words with marks or other scripts inside them the same way", () => {
    // ASCII takes a fast path; these sit on its edges (apostrophes before letters beyond ASCII,
    // combining marks after ASCII letters), where the general expression decides.
    const text = "rock'n'roll a'é b'金 c' d'' naïve café's Ch\u0301o x\u0301'y 2018's KCNA'S";
    expect(tokenize(text)).toEqual([
      { term: "rocknroll", start: 0, end: 11 },
      { term: "ae", start: 12, end: 15 },
      { term: "b", start: 16, end: 18 },
      { term: "金", start: 18, end: 19 },
      { term: "c", start: 20, end: 21 },
      { term: "d", start: 23, end: 24 },
      { term: "naive", start: 27, end: 32 },
      { term: "cafe", start: 33, end: 39 },
      { term: "cho", start: 40, end: 44 },
      { term: "xy", start: 45, end: 49 },
      { term: "2018", start: 50, end: 56 },
      { term: "kcna", start: 57, end: 63 },
    ]);
    expect(terms(text)).toEqual(tokenize(text).map((t) => t.term));
  });
  it("folds a word the same way every time it is asked", () => {
    expect(foldWord("Chosŏn")).toBe(foldWord("Chosŏn"));
    expect(terms("KCNA’s KCNA’s KCNA's")).toEqual(["kcna", "kcna", "kcna"]);
  });
  it("ignores a trailing apostrophe and quotes", () => {
    expect(terms("James' “car”")).toEqual(["james", "car"]);
  });
});

describe("matchRanges", () => {
  it("maps folded matches back to the original characters", () => {
    const text = "The Chosŏn Sinbo and KCNA’s Chosŏn report";
    const ranges = matchRanges(text, termMatcher(["choson", "kcna"]));
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(["Chosŏn", "KCNA’s", "Chosŏn"]);
  });
  it("matches prefixes of the word being typed", () => {
    const text = "Pompeo met Pompous officials in Pomona";
    const ranges = matchRanges(text, termMatcher([], ["pomp"]));
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(["Pompeo", "Pompous"]);
  });
  it("finds nothing when nothing matches", () => {
    expect(matchRanges("nothing here", termMatcher(["missile"]))).toEqual([]);
  });
});
