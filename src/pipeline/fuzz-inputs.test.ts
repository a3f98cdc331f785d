import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assembleCorpus } from "./assemble-corpus.ts";
import { readInput } from "./read/read-input.ts";

/**
 * Fuzzing the readers and the cleaning: random and mutated inputs of every format must give an
 * article or a rejection with a reason, never an exception, and every input must be accounted for.
 * A hang fails the test by its timeout. `npm run fuzz` runs the same properties far longer.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20180510);
const settings = { numRuns: RUNS, seed: SEED };
const TIMEOUT = Math.max(60_000, RUNS * 400);

const EXTENSIONS = ["txt", "md", "html", "json", "jsonl"] as const;
const SAMPLES: Record<(typeof EXTENSIONS)[number], string> = {
  txt: "January 08, 2026\nKCNA\n\nKim Meets Pompeo\n\nDate: 10/05/2018 | Source: KCNA.kp (En)\n\nPyongyang, May 10 (KCNA) -- Kim Jong Un Wednesday met Mike Pompeo. -0-\n\nMore From KCNA\n\nOther story",
  md: "---\ntitle: Envoys\nsource: Reuters\npublished: 2018-03-06\n---\nSEOUL (Reuters) - **Envoys** met [Kim](https://x.y) on Tuesday.\n",
  html: '<html lang="en"><head><meta property="og:title" content="T"><meta property="article:published_time" content="2018-03-06"></head><body><article><p>Envoys met Kim Jong Un in Pyongyang on Monday, officials said.</p><p>They spoke for four hours.</p></article></body></html>',
  json: '[{"title":"A","source":"AP","published":"2018-03-06","body":"WASHINGTON (AP) - Text."},{"body":"On Thursday, July 12."}]',
  jsonl:
    '{"title":"A","source":"AP","published":"2018-03-06","body":"Text one."}\n{"body":"Text two, dated July 6."}\n',
};

const encoder = new TextEncoder();

/** Random edits of a valid input: characters replaced, inserted, deleted, the end cut off. */
const mutated = (sample: string) =>
  fc
    .array(
      fc.record({
        kind: fc.constantFrom("replace", "insert", "delete", "truncate"),
        at: fc.nat(),
        text: fc.string({ unit: "binary", maxLength: 8 }),
      }),
      { maxLength: 6 },
    )
    .map((edits) =>
      edits.reduce((text, edit) => {
        const at = text.length === 0 ? 0 : edit.at % text.length;
        if (edit.kind === "truncate") return text.slice(0, at);
        if (edit.kind === "delete") return text.slice(0, at) + text.slice(at + edit.text.length + 1);
        if (edit.kind === "insert") return text.slice(0, at) + edit.text + text.slice(at);
        return text.slice(0, at) + edit.text + text.slice(at + edit.text.length);
      }, sample),
    );

function accountedInputs(path: string, bytes: Uint8Array): void {
  const result = readInput(path, bytes.byteLength, bytes);
  expect(Array.isArray(result.articles) && Array.isArray(result.rejected)).toBe(true);
  for (const entry of result.rejected) {
    expect(entry.file).toBe(path);
    expect(entry.reason.length).toBeGreaterThan(0);
  }
  // Each single-article file, and each collection, yields at least one article or one rejection,
  // unless a collection was legitimately empty ("[]" or only blank lines), which is warned about or nothing.
  if (!path.endsWith(".json") && !path.endsWith(".jsonl")) {
    expect(result.articles.length + result.rejected.length).toBe(1);
  }
  const corpus = assembleCorpus([result], {});
  expect(corpus.report.read).toBe(
    corpus.report.written + corpus.report.rejected.length + corpus.report.merged.length,
  );
  for (const article of corpus.articles) {
    expect(article.title.length).toBeGreaterThan(0);
    expect(article.published).toMatch(/^\d{4}-\d{2}-\d{2}/);
  }
}

describe("fuzzing the readers", () => {
  for (const ext of EXTENSIONS) {
    it(
      `.${ext}: random bytes never throw and are accounted for`,
      () => {
        fc.assert(
          fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => accountedInputs(`fuzz.${ext}`, bytes)),
          settings,
        );
      },
      TIMEOUT,
    );

    it(
      `.${ext}: mutated valid input never throws and is accounted for`,
      () => {
        fc.assert(
          fc.property(mutated(SAMPLES[ext]), (text) => accountedInputs(`fuzz.${ext}`, encoder.encode(text))),
          settings,
        );
      },
      TIMEOUT,
    );
  }

  it(
    "long adversarial lines do not make the patterns backtrack for ever",
    () => {
      const pieces = fc.constantFrom(
        " and ",
        "A",
        "Fox News' ",
        ", ",
        "January 08, 2026",
        " (KCNA) ",
        "-- ",
        "'",
        " ",
      );
      fc.assert(
        fc.property(fc.array(pieces, { minLength: 200, maxLength: 2000 }), (parts) => {
          const line = `${parts.join("")} contributed to this repor`;
          accountedInputs("fuzz.txt", encoder.encode(`${line}\n${line}`));
        }),
        { ...settings, numRuns: Math.min(RUNS, 40) },
      );
    },
    TIMEOUT,
  );
});
