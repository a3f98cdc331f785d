import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Article } from "../schema/article.ts";
import type { Report } from "../schema/report.ts";
import { build } from "./build.ts";
import { memoryEffects } from "./memory-effects.ts";

const repo = join(import.meta.dirname, "../..");
const seeds = Object.fromEntries(
  readdirSync(join(repo, "data/articles")).map((name) => [
    name,
    readFileSync(join(repo, "data/articles", name), "utf8"),
  ]),
);
const sources = readFileSync(join(repo, "data/sources.json"), "utf8");

function outputsOf(effects: ReturnType<typeof memoryEffects>) {
  const manifest = JSON.parse(effects.outputs.get("manifest.json")!);
  const read = (name: string) => JSON.parse(effects.outputs.get(name)!);
  return {
    manifest,
    articles: manifest.files.articles.flatMap(read) as Article[],
    report: read(manifest.files.report) as Report,
  };
}

describe("build on the seeds", () => {
  it("reads both seeds, unchanged, with the expected metadata", async () => {
    const effects = memoryEffects(seeds, { sources });
    await build(effects);
    const { articles, report } = outputsOf(effects);
    expect(report).toMatchObject({ read: 2, written: 2, rejected: [], merged: [] });

    const kcna = articles.find((a) => a.source.id === "kcna")!;
    expect(kcna).toMatchObject({
      title: "Kim Jong Un Meets U.S. Secretary of State",
      titleInferred: false,
      source: { id: "kcna", name: "KCNA" },
      published: "2018-05-10",
    });
    expect(kcna.text.startsWith("Pyongyang, May 10 (KCNA) -- Kim Jong Un")).toBe(true);
    expect(kcna.text.endsWith("promising to meet again.")).toBe(true);
    expect(kcna.text).not.toMatch(/More From|Seven Tombs|Read original|January 08/);

    const fox = articles.find((a) => a.source.id === "fox-news")!;
    expect(fox).toMatchObject({ published: "2018-07-12", publishedBasis: "inferred", titleInferred: true });
    expect(fox.text.endsWith("security guarantees” for his country.")).toBe(true);
    expect(fox.text).not.toMatch(/contributed to this report|NORTH KOREA SAYS/);
    expect(fox.title.length).toBeLessThanOrEqual(91);
    expect(fox.title.startsWith("President Trump said North Korean leader Kim Jong Un")).toBe(true);
    expect(fox.inferred?.source).toBe("the contributor line");
  });

  it("writes byte-identical files on a second run, whatever the input order", async () => {
    const first = memoryEffects(seeds, { sources });
    await build(first);
    const reversed = Object.fromEntries(Object.entries(seeds).reverse());
    const second = memoryEffects(reversed, { sources });
    await build(second);
    expect([...second.outputs.entries()].sort()).toEqual([...first.outputs.entries()].sort());
  });

  it("keeps event and article ids when an unrelated article is added", async () => {
    const before = memoryEffects(seeds, { sources });
    await build(before);
    const extra = {
      ...seeds,
      "other.md":
        "---\ntitle: Weather\nsource: Reuters\npublished: 2018-01-02\n---\nIt rained in Oslo on Tuesday.",
    };
    const after = memoryEffects(extra, { sources });
    await build(after);
    const ids = (e: ReturnType<typeof memoryEffects>) =>
      outputsOf(e).articles.map((a) => [a.id, a.primaryEventId] as const);
    expect(ids(after)).toEqual(expect.arrayContaining(ids(before)));
  });
});

describe("build accounting", () => {
  it("accounts for every article: read = written + rejected + merged", async () => {
    const good =
      "---\ntitle: Envoys in Pyongyang\nsource: Reuters\npublished: 2018-03-06\n---\nEnvoys met Kim.";
    const effects = memoryEffects(
      {
        "a.md": good,
        "copy.md": good,
        "empty.txt": "",
        "binary.txt": new Uint8Array([0, 1, 2, 3, 0, 0]),
        "feed.jsonl": `${JSON.stringify({ title: "X", source: "AP", published: "2018-03-07", body: "Text." })}\n{oops\n`,
        "image.png": "x",
        "undated.txt": "Someone said something on Thursday.",
        "sources.json": "{}",
        ".DS_Store": "x",
      },
      { sources },
    );
    await build(effects);
    const { report, articles } = outputsOf(effects);
    expect(report.read).toBe(8);
    expect(report.written).toBe(2);
    expect(articles).toHaveLength(2);
    expect(report.merged).toEqual([
      expect.objectContaining({ file: "copy.md", reason: "exact duplicate of a.md" }),
    ]);
    expect(report.rejected.map((r) => [r.file, r.line])).toEqual([
      ["binary.txt", undefined],
      ["empty.txt", undefined],
      ["feed.jsonl", 2],
      ["image.png", undefined],
      ["undated.txt", 1],
    ]);
    expect(report.read).toBe(report.written + report.rejected.length + report.merged.length);
  });

  it("writes a JSON Schema of the output beside it", async () => {
    const effects = memoryEffects(seeds, { sources });
    await build(effects);
    const schema = JSON.parse(effects.outputs.get("schema.json")!);
    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining([
        "manifest",
        "articles",
        "events",
        "sources",
        "entities",
        "report",
        "searchMeta",
      ]),
    );
    expect(schema.$defs.articles.items.required).toContain("publishedBasis");
  });

  it("warns and goes on when sources.json is not valid", async () => {
    const effects = memoryEffects(seeds, { sources: '{"Bad Id": {}}' });
    await build(effects);
    const { report } = outputsOf(effects);
    expect(report.warnings[0]).toMatchObject({ file: "sources.json" });
    expect(report.written).toBe(2);
  });
});
