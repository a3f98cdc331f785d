import { describe, expect, it } from "vitest";
import { stem } from "../events/tokens.ts";
import { countSteps } from "./count-changes.ts";
import { createLexicon } from "./lexicon.ts";
import { forEachTermKey } from "./sentence-words.ts";
import { snapStep } from "./snap.ts";
import { BIGRAM, bigramKey, TermTable } from "./term-table.ts";

/**
 * A corpus counted as compare-corpus.ts counts it, in a lexicon of its own (term numbers are a
 * build's own): term counts, and word counts by stem folded from the unigrams.
 */
function counted(texts: readonly string[]) {
  const lexicon = createLexicon();
  const terms = new TermTable();
  for (const text of texts) forEachTermKey(text, lexicon, (key) => terms.add(key));
  const stems = new Map<string, number>();
  terms.forEach((n, key) => {
    if (key >= BIGRAM) return;
    const word = stem(lexicon.terms[key]!);
    stems.set(word, (stems.get(word) ?? 0) + n);
  });
  return { lexicon, terms, stems };
}

function stepsOf(texts: readonly string[], previous?: Uint8Array) {
  const { lexicon, terms, stems } = counted(texts);
  return countSteps(terms, stems, lexicon, previous);
}

const times = (n: number, text: string) => Array.from({ length: n }, () => text);

const MEETING = "The minister met the general in the capital.";
const GATHERING = "Leaders gathered.";
const TALKS = "The talks resumed.";
// minister, met, general, capital: 40 each; leaders, gathered: 30; talks, resumed: 5.
const BASE = [...times(40, MEETING), ...times(30, GATHERING), ...times(5, TALKS)];

describe("countSteps", () => {
  it("takes the premises of these tests from snap.ts", () => {
    // 40 -> 41 stays in its step; 30 -> 31 and 5 -> 6 cross one.
    expect(snapStep(41)).toBe(snapStep(40));
    expect(snapStep(31)).not.toBe(snapStep(30));
    expect(snapStep(6)).not.toBe(snapStep(5));
    expect(["talks", "talk", "talked"].map(stem)).toEqual(["talk", "talk", "talk"]);
    expect(["leaders", "leader"].map(stem)).toEqual(["leader", "leader"]);
  });

  describe("without a last build", () => {
    const steps = stepsOf(BASE, undefined);

    it("takes every count for moved: any text reading a counted word is touched", () => {
      expect(steps.touches(MEETING)).toBe(true);
      expect(steps.touches(GATHERING)).toBe(true);
      expect(steps.touches("Capital")).toBe(true);
      expect(steps.touches("Nothing here but the talks")).toBe(true);
    });

    it("does not touch a text with no terms: stopwords, single letters, punctuation, numbers", () => {
      expect(steps.touches("")).toBe(false);
      expect(steps.touches("It was, as they said, in the.")).toBe(false);
      expect(steps.touches("x y z - ; !")).toBe(false);
      expect(steps.touches("In 2018, 40 of them.")).toBe(false);
    });

    it("does not touch a text of words no build counted (their count is nought both times)", () => {
      expect(steps.touches("Zorblax quibbled.")).toBe(false);
    });
  });

  it("touches nothing when the corpus is the same, counted in another order with another lexicon", () => {
    const first = stepsOf(BASE, undefined);
    const reordered = [...BASE].reverse();
    // The term numbers differ between the two lexicons: the steps are kept by name.
    expect(counted(reordered).lexicon.terms).not.toEqual(counted(BASE).lexicon.terms);
    const second = stepsOf(reordered, first.bytes());
    for (const text of new Set(BASE)) expect(second.touches(text)).toBe(false);
    expect(second.touches("Gathered leaders met the capital's minister.")).toBe(false);
  });

  describe("after an added sentence with a new rare word", () => {
    const before = stepsOf(BASE, undefined).bytes();
    const steps = stepsOf([...BASE, "Zorblax appeared."], before);

    it("touches a text reading that word", () => {
      expect(steps.touches("A zorblax!")).toBe(true);
      expect(steps.touches("The general saw Zorblax in the capital.")).toBe(true);
    });

    it("does not touch texts reading none of the moved terms", () => {
      for (const text of new Set(BASE)) expect(steps.touches(text)).toBe(false);
      expect(steps.touches("The capital's general")).toBe(false);
    });
  });

  describe("after an added bigram of two common words", () => {
    const before = stepsOf(BASE, undefined).bytes();
    // general and minister go from 40 to 41, in the same step; "general minister" is new.
    const steps = stepsOf([...BASE, "General minister."], before);

    it("touches a text reading the two words next to each other, in that order", () => {
      expect(steps.touches("The general minister spoke.")).toBe(true);
      expect(steps.touches("GENERAL MINISTER")).toBe(true);
    });

    it("reads numbers between the words as the counts do: they do not break the bigram", () => {
      const counts = counted(["General 3 minister."]);
      expect([...counts.lexicon.terms]).toEqual(["general", "minister"]);
      expect(counts.terms.get(bigramKey(0, 1))).toBe(1);
      expect(steps.touches("The general 3 minister spoke.")).toBe(true);
    });

    it("does not touch a text reading both words apart, across punctuation or in the other order", () => {
      expect(steps.touches(MEETING)).toBe(false);
      expect(steps.touches("The general and the minister.")).toBe(false);
      expect(steps.touches("The general, minister of defence.")).toBe(false);
      expect(steps.touches("The general - minister of defence.")).toBe(false);
      expect(steps.touches("General. Minister.")).toBe(false);
      expect(steps.touches("The minister general.")).toBe(false);
    });
  });

  it("does not touch a text reading a word whose count moved within its step", () => {
    const before = stepsOf(BASE, undefined).bytes();
    const steps = stepsOf([...BASE, "Minister."], before);
    expect(steps.touches("Minister")).toBe(false);
    expect(steps.touches(MEETING)).toBe(false);
  });

  it("touches a text reading a word whose count crossed a step", () => {
    const before = stepsOf(BASE, undefined).bytes();
    const steps = stepsOf([...BASE, "Leaders."], before);
    expect(steps.touches(GATHERING)).toBe(true);
    expect(steps.touches("the leaders")).toBe(true);
    expect(steps.touches(MEETING)).toBe(false);
    expect(steps.touches("Gathered.")).toBe(false);
  });

  it("touches a text reading a word whose own count crossed a step though its stem's did not", () => {
    // "leader" becomes "leaders": the stem "leader" counts 31 both times, "leaders" 30 then 31.
    const before = stepsOf([...times(30, GATHERING), "The leader spoke."], undefined).bytes();
    const steps = stepsOf([...times(30, GATHERING), "The leaders spoke."], before);
    expect(steps.touches(GATHERING)).toBe(true);
    expect(steps.touches("Gathered.")).toBe(false);
  });

  describe("after a new inflection of a counted stem", () => {
    const before = stepsOf(BASE, undefined).bytes();
    // "talked" is new; the stem "talk" goes from 5 to 6, across a step; "talks" stays at 5.
    const steps = stepsOf([...BASE, "They talked."], before);

    it("touches a text reading another word of that stem", () => {
      expect(steps.touches(TALKS)).toBe(true);
      expect(steps.touches("Let us talk")).toBe(true);
      expect(steps.touches("talking")).toBe(true);
    });

    it("does not touch texts reading other stems", () => {
      expect(steps.touches(MEETING)).toBe(false);
      expect(steps.touches(GATHERING)).toBe(false);
      expect(steps.touches("Resumed.")).toBe(false);
    });
  });

  it("touches a text reading a word the corpus no longer counts", () => {
    const before = stepsOf([...BASE, "Zorblax appeared."], undefined).bytes();
    const steps = stepsOf(BASE, before);
    expect(steps.touches("Zorblax")).toBe(true);
    expect(steps.touches(MEETING)).toBe(false);
  });

  it("reads the last build's bytes wherever they start in their buffer", () => {
    const bytes = stepsOf(BASE, undefined).bytes();
    // As a slice of a pooled buffer may: not on a 32-bit boundary.
    const pool = new Uint8Array(bytes.length + 1);
    pool.set(bytes, 1);
    const unaligned = pool.subarray(1);
    expect(unaligned.byteOffset % 4).not.toBe(0);
    const steps = stepsOf(BASE, unaligned);
    expect(steps.touches(MEETING)).toBe(false);
    expect(stepsOf([...BASE, "Leaders."], unaligned).touches(GATHERING)).toBe(true);
  });

  it("takes damaged bytes (not whole triples) for no last build", () => {
    const bytes = stepsOf(BASE, undefined).bytes();
    expect(bytes.length % 12).toBe(0);
    for (const damaged of [bytes.subarray(0, bytes.length - 4), bytes.subarray(0, bytes.length - 1)]) {
      const steps = stepsOf(BASE, damaged);
      expect(steps.touches(MEETING)).toBe(true);
      expect(steps.touches(TALKS)).toBe(true);
      expect(steps.touches("It was, as they said.")).toBe(false);
    }
    expect(stepsOf(BASE, bytes).touches(MEETING)).toBe(false);
  });

  it("gives the same bytes for the same counts, three numbers for each term and stem", () => {
    const a = stepsOf(BASE, undefined);
    const b = stepsOf(BASE, stepsOf([MEETING], undefined).bytes());
    expect(Buffer.from(a.bytes()).equals(Buffer.from(b.bytes()))).toBe(true);
    const { terms, stems } = counted(BASE);
    expect(a.bytes().length).toBe(12 * (terms.size + stems.size));
    // Other counts, other bytes.
    expect(
      Buffer.from(stepsOf([...BASE, "Leaders."], undefined).bytes()).equals(Buffer.from(a.bytes())),
    ).toBe(false);
  });
});
