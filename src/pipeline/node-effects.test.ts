import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build } from "./build.ts";
import { memoryEffects } from "./memory-effects.ts";
import { heapGrowthFor, nodeEffects } from "./node-effects.ts";

const article = (title: string) =>
  `---\ntitle: ${title}\nsource: Reuters\npublished: 2018-03-01\n---\nEnvoys met in Geneva on Tuesday about the ${title.toLowerCase()}, officials said.\n`;

describe("reading a folder from disk", () => {
  it("follows links to files and folders, reports broken links, and survives a loop of links", async () => {
    const root = mkdtempSync(join(tmpdir(), "parallax-links-"));
    const input = join(root, "articles");
    const archive = join(root, "archive");
    mkdirSync(input);
    mkdirSync(archive);
    writeFileSync(join(input, "own.md"), article("Own"));
    writeFileSync(join(archive, "linked.md"), article("Linked file"));
    writeFileSync(join(archive, "inside.md"), article("Inside linked folder"));
    symlinkSync(join(archive, "linked.md"), join(input, "link.md"));
    symlinkSync(archive, join(input, "archive"));
    symlinkSync(join(root, "missing.md"), join(input, "broken.md"));
    symlinkSync(input, join(input, "loop"));

    const effects = nodeEffects({ input, output: join(root, "out") });
    const paths = (await effects.listInputs()).map((f) => f.path);
    expect(paths).toEqual(["archive/inside.md", "archive/linked.md", "broken.md", "link.md", "own.md"]);

    const corpus = await build(effects, { workers: 0 });
    expect(corpus.articles.map((a) => a.title).sort()).toEqual([
      "Inside linked folder",
      "Linked file",
      "Own",
    ]);
    // The same file reached twice (as itself and through a link) is one article, the other merged.
    expect(corpus.report.merged.map((m) => m.file)).toEqual(["link.md"]);
    expect(corpus.report.rejected).toEqual([
      { file: "broken.md", reason: expect.stringMatching(/^could not be opened: .*ENOENT/) },
    ]);
    expect(corpus.report.read).toBe(5);
  });
});

describe("writing the output", () => {
  it("leaves a file named by its content alone when it is there whole, and writes every other", async () => {
    const root = mkdtempSync(join(tmpdir(), "parallax-out-"));
    const output = join(root, "out");
    const effects = nodeEffects({ input: root, output });
    const named = "events-2018-05.0123456789.json";
    await effects.writeOutput(named, "[1,2,3]\n");
    await effects.writeOutput("manifest.json", "{}\n");
    const past = new Date("2020-01-01T00:00:00Z");
    utimesSync(join(output, named), past, past);
    utimesSync(join(output, "manifest.json"), past, past);

    // The same name and size: the file holds that content already, and is not written again.
    await effects.writeOutput(named, "[1,2,3]\n");
    expect(statSync(join(output, named)).mtime).toEqual(past);
    // A fixed name is always written, even at the same size.
    await effects.writeOutput("manifest.json", "[]\n");
    expect(readFileSync(join(output, "manifest.json"), "utf8")).toBe("[]\n");
    // A file left short (a build stopped while writing it) is written whole.
    writeFileSync(join(output, named), "[1,2");
    await effects.writeOutput(named, "[1,2,3]\n");
    expect(readFileSync(join(output, named), "utf8")).toBe("[1,2,3]\n");
    // A folder in the way is no file that holds the content: the write fails instead of passing.
    mkdirSync(join(output, "sources.abcdef0123.json"));
    await expect(effects.writeOutput("sources.abcdef0123.json", "x")).rejects.toThrow();
  });

  it("prunes every output file the build did not keep, and nothing it did not write", async () => {
    const output = mkdtempSync(join(tmpdir(), "parallax-prune-"));
    const effects = nodeEffects({ input: output, output });
    const stale = Array.from(
      { length: 40 },
      (_, n) => `events-2018-${String(n).padStart(2, "0")}.0123456789.json`,
    );
    for (const name of [...stale, "events-2019-01.abcdef0123.json", "manifest.json"])
      await effects.writeOutput(name, "[]\n");
    // Not the pipeline's: a user's notes, and a name that only looks like an output.
    writeFileSync(join(output, "notes.txt"), "mine");
    writeFileSync(join(output, "events-2018-01.json"), "mine");

    await effects.pruneOutputs(new Set(["events-2019-01.abcdef0123.json", "manifest.json"]));
    expect(readdirSync(output).sort()).toEqual([
      "events-2018-01.json",
      "events-2019-01.abcdef0123.json",
      "manifest.json",
      "notes.txt",
    ]);
  });
});

describe("the heap's growth", () => {
  it("is left to V8 for a corpus of 10,000 articles and held down for 100,000", () => {
    // The synthetic bench corpora: 21.5 MB and 215 MB of JSON Lines.
    expect(heapGrowthFor(21_500_000)).toBeUndefined();
    expect(heapGrowthFor(215_000_000)).toBe(10);
  });

  it("is set from the size of the inputs the build reads, ignored files left out", async () => {
    const seen: number[] = [];
    const a = "Title\n\nSome text.";
    const b = "# B\n\nMore text.";
    const effects = Object.assign(memoryEffects({ "a.txt": a, "b.md": b, ".DS_Store": "x" }), {
      prepareFor: (bytes: number) => seen.push(bytes),
    });
    await build(effects, { workers: 0 });
    expect(seen).toEqual([a.length + b.length]);
  });
});
