import { describe, expect, it } from "vitest";
import { findEntities } from "./find-entities.ts";
import { createEntityLinker } from "./link-entities.ts";
import { spellingKey, variantAliases } from "./name-variants.ts";
import { splitSentences } from "./split-sentences.ts";

const counts = (entries: [string, number][]) => new Map(entries.map(([key, count]) => [key, { count }]));

describe("spellings of one name", () => {
  it("reads the romanisations and short first names outlets differ on as one spelling", () => {
    const same = [
      ["kang kyung wha", "kang kyong hwa"],
      ["choe son hui", "choe sun hui"],
      ["kim jong un", "kim jung un"],
      ["song young moo", "song yong mu"],
      ["muammar gaddafi", "moammar qadhafi"],
      ["muammar gadhafi", "moammar qaddafi"],
      ["jim mattis", "james mattis"],
    ];
    for (const [a, b] of same) expect(spellingKey(a!), `${a} / ${b}`).toBe(spellingKey(b!));
    const different = [
      ["kim jong un", "kim jong il"],
      ["kim yong nam", "kim yong chol"],
      // Initials stay: two presidents.
      ["george w bush", "george h w bush"],
      ["ri u song", "ri song"],
    ];
    for (const [a, b] of different) expect(spellingKey(a!), `${a} / ${b}`).not.toBe(spellingKey(b!));
  });

  it("joins each spelling to the most named one, and a name without its middle name to the one with it", () => {
    const alias = variantAliases(
      counts([
        ["kang kyung wha", 8],
        ["kang kyong hwa", 4],
        ["sarah sanders", 15],
        ["sarah huckabee sanders", 14],
        ["george bush", 3],
        ["george walker bush", 1],
        ["george herbert bush", 1],
        ["kim jong un", 100],
        ["kim jong il", 20],
      ]),
    );
    expect(Object.fromEntries(alias)).toEqual({
      "kang kyong hwa": "kang kyung wha",
      "sarah huckabee sanders": "sarah sanders",
      // Two longer names: which one "George Bush" is, is not known.
    });
  });

  it("gives the outlets' spellings of one person as forms of one entity", () => {
    const texts = [
      "Foreign Minister Kang Kyung-wha said so. Kang Kyung-wha left.",
      "Foreign Minister Kang Kyong Hwa said so.",
      "Kang Kyung-wha said so.",
    ];
    const found = texts.map((t) => findEntities(t, splitSentences(t)));
    const linker = createEntityLinker(found.map((f) => f.entities));
    const ids = found.map((f, n) => linker.link({ id: `a${n}`, sourceId: `s${n}` }, f));
    expect(ids).toEqual([["person-kang-kyung-wha"], ["person-kang-kyung-wha"], ["person-kang-kyung-wha"]]);
    const [kang] = linker.finish();
    expect(kang?.name).toBe("Kang Kyung-wha");
    expect(kang?.aliases).toEqual(
      expect.arrayContaining(["Foreign Minister Kang Kyong Hwa", "Kang Kyung-wha"]),
    );
  });
});
