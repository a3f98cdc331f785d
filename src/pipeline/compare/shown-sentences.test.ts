import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AccountSentence,
  aboutSentences,
  onlyHereSentences,
  type SourceAccount,
} from "../../schema/comparison.ts";
import { keepShownSentences } from "./shown-sentences.ts";

/** A sentence as the pipeline writes it: `mention` and `counterparts` only when there are. */
const sentence = (text: string, mention: boolean, counterparts: number[]): AccountSentence => ({
  article: 0,
  start: 0,
  text,
  ...(mention ? { mention: true as const } : {}),
  ...(counterparts.length > 0 ? { counterparts } : {}),
});

/** Everything the panel shows for one choice of outlets, as text. */
function shown(accounts: SourceAccount[], shared: Record<string, number>[], chosen: string[]) {
  const columns = accounts.filter((a) => chosen.includes(a.sourceId));
  return {
    about: columns.map((a) => aboutSentences(a).map((s) => s.text)),
    onlyHere:
      chosen.length > 1
        ? columns.map((a) =>
            onlyHereSentences(
              a,
              accounts.map((x) => x.sourceId),
              chosen,
            ).map((s) => s.text),
          )
        : [],
    shared: shared
      .filter((row) => columns.filter((c) => row[c.sourceId] !== undefined).length > 1)
      .map((row) =>
        columns.map((c) => (row[c.sourceId] === undefined ? "-" : c.sentences[row[c.sourceId]!]!.text)),
      ),
  };
}

/** Every choice the outlet picker allows: all outlets when there are two or fewer, else any two or more. */
function choices(sources: string[]): string[][] {
  if (sources.length <= 2) return [sources];
  const out: string[][] = [];
  for (let mask = 0; mask < 1 << sources.length; mask++) {
    const chosen = sources.filter((_, i) => mask & (1 << i));
    if (chosen.length >= 2) out.push(chosen);
  }
  return out;
}

const event = fc
  .integer({ min: 1, max: 4 })
  .chain((outlets) => {
    const sources = ["kcna", "ap", "fox", "yonhap"].slice(0, outlets);
    const account = (sourceId: string) =>
      fc
        .array(
          fc.record({
            mention: fc.boolean(),
            // Places of other outlets in the event's accounts, in order.
            counterparts: fc.subarray(sources.flatMap((s, n) => (s === sourceId ? [] : [n]))),
          }),
          {
            maxLength: 14,
          },
        )
        .map(
          (list): SourceAccount => ({
            sourceId,
            articles: [],
            quotes: [],
            sentences: list.map((s, i) => sentence(`${sourceId} ${i}`, s.mention, s.counterparts)),
          }),
        );
    return fc.tuple(
      fc.tuple(...sources.map(account)),
      fc.array(fc.dictionary(fc.constantFrom(...sources), fc.nat(13)), { maxLength: 4 }),
    );
  })
  .map(([accounts, rows]) => ({
    accounts,
    // Shared rows point at sentences that exist.
    shared: rows
      .map((row) =>
        Object.fromEntries(
          Object.entries(row).filter(
            ([s, n]) => n < accounts.find((a) => a.sourceId === s)!.sentences.length,
          ),
        ),
      )
      .filter((row) => Object.keys(row).length > 1),
  }));

describe("keepShownSentences", () => {
  it("keeps exactly what the panel can show: every choice of outlets shows the same", () => {
    fc.assert(
      fc.property(event, ({ accounts, shared }) => {
        const trimmed = keepShownSentences(accounts, shared);
        for (const chosen of choices(accounts.map((a) => a.sourceId)))
          expect(shown(trimmed.accounts, trimmed.shared, chosen)).toEqual(shown(accounts, shared, chosen));
        // Nothing kept that no choice shows.
        const everShown = new Set(
          choices(accounts.map((a) => a.sourceId)).flatMap((chosen) => {
            const s = shown(accounts, shared, chosen);
            return [...s.about.flat(), ...s.onlyHere.flat(), ...s.shared.flat()];
          }),
        );
        for (const a of trimmed.accounts)
          for (const s of a.sentences) expect(everShown.has(s.text)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it("drops the middle of a long account told by nobody else, keeping its first sentences", () => {
    const long: SourceAccount = {
      sourceId: "kcna",
      articles: [],
      quotes: [],
      sentences: Array.from({ length: 20 }, (_, i) => sentence(`s${i}`, i === 15, i === 3 ? [1] : [])),
    };
    const ap: SourceAccount = {
      sourceId: "ap",
      articles: [],
      quotes: [],
      sentences: [sentence("ap 0", true, [0])],
    };
    const { accounts, shared } = keepShownSentences([long, ap], [{ kcna: 3, ap: 0 }]);
    // With two outlets both are always chosen: the shared sentence, the mention, and the first
    // eight that AP does not tell.
    expect(accounts[0]!.sentences.map((s) => s.text)).toEqual([
      "s0",
      "s1",
      "s2",
      "s3",
      "s4",
      "s5",
      "s6",
      "s7",
      "s8",
      "s15",
    ]);
    expect(shared).toEqual([{ kcna: 3, ap: 0 }]);
  });
});
