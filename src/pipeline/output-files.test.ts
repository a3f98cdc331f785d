import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { build } from "./build.ts";
import { memoryEffects } from "./memory-effects.ts";
import { contentOf, outputFiles } from "./output-files.ts";
import { projectFileGroups } from "./project-files.ts";

// Its parse puts `a` before `b`, whatever order the data gives them in.
const pair = z.object({ a: z.number(), b: z.number() });

describe("output files", () => {
  it("writes the parsed form of data it has not seen checked, and rejects data its schema does not accept", () => {
    const parsed: string[] = [];
    const files = outputFiles(new Set(), (stem) => parsed.push(stem));
    files.add("pair", pair, { b: 2, a: 1 });
    expect(files.flush()).toEqual([
      { name: expect.stringMatching(/^pair\.[0-9a-f]{10}\.json$/), content: '{"a":1,"b":2}\n' },
    ]);
    expect(parsed).toEqual(["pair"]);
    expect(() => files.add("pair", pair, { a: "1", b: 2 })).toThrow();
  });

  it("takes data whose JSON an earlier build checked without parsing it, under the same name", () => {
    const first = outputFiles();
    const name = first.add("pair", pair, { a: 1, b: 2 });
    const parsed: string[] = [];
    const again = outputFiles(new Set([name]), (stem) => parsed.push(stem));
    expect(again.add("pair", pair, { a: 1, b: 2 })).toBe(name);
    expect(parsed).toEqual([]);
    // Same fields in another order: not the checked JSON, so parsed, and the same file results.
    expect(again.add("pair", pair, { b: 2, a: 1 })).toBe(name);
    expect(parsed).toEqual(["pair"]);
    expect(again.flush().map(contentOf)).toEqual(['{"a":1,"b":2}\n', '{"a":1,"b":2}\n']);
  });
});

const repo = join(import.meta.dirname, "../..");
const seeds = Object.fromEntries(
  readdirSync(join(repo, "data/articles")).map((name) => [
    name,
    readFileSync(join(repo, "data/articles", name), "utf8"),
  ]),
);
// Every optional field an article, outlet or event file can carry: url, byline, language, country,
// a span of days, naming forms.
const extra = {
  "wire.jsonl": `${JSON.stringify({
    title: "Talks resume in Panmunjom",
    source: "Reuters",
    url: "https://example.org/talks",
    byline: "By Jane Doe",
    language: "en",
    published: "2018-07-13",
    text: 'PANMUNJOM, July 13 (Reuters) - Officials met in Panmunjom on Friday, days after the summit of June 12-14. "We are hopeful," said Secretary of State Mike Pompeo. North Korean leader Kim Jong Un was not present.',
  })}\n`,
};
const sources = readFileSync(join(repo, "data/sources.json"), "utf8");

describe("the projections", () => {
  it("give every field in its schema's order, so a rebuild checks none of the files again", async () => {
    const corpus = await build(memoryEffects({ ...seeds, ...extra }, { sources }), { workers: 1 });
    const made = async (checked?: Set<string>, onParse?: (stem: string) => void) => {
      const files: { name: string; content: string }[] = [];
      for await (const group of projectFileGroups(corpus, {
        ...(checked ? { checked } : {}),
        ...(onParse ? { onParse } : {}),
      }))
        files.push(...group.map((f) => ({ name: f.name, content: contentOf(f) })));
      return files;
    };
    const stems: string[] = [];
    const first = await made(undefined, (stem) => stems.push(stem));
    expect(new Set(stems.map((s) => s.replace(/-[0-9].*$/, "")))).toEqual(
      new Set([
        "articles",
        "events",
        "event-summaries",
        "sources",
        "report",
        "comparisons-corpus",
        "entities",
        "entity-mentions",
        "search-events",
        "search",
        "search-meta",
      ]),
    );
    const parsed: string[] = [];
    const again = await made(new Set(first.map((f) => f.name)), (stem) => parsed.push(stem));
    expect(parsed).toEqual([]);
    expect(again).toEqual(first);
  });
});
