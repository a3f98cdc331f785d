import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Article } from "../schema/article.ts";
import type { Report } from "../schema/report.ts";
import { build } from "./build.ts";
import { memoryEffects } from "./memory-effects.ts";

const repo = join(import.meta.dirname, "../..");
const nastyDir = join(repo, "e2e/fixtures/nasty");
const nasty = Object.fromEntries(
  readdirSync(nastyDir).map((name) => [name, readFileSync(join(nastyDir, name))]),
);
const sources = readFileSync(join(repo, "data/sources.json"), "utf8");

async function buildFrom(inputs: Record<string, string | Uint8Array>, sizes?: Record<string, number>) {
  const effects = memoryEffects(inputs, { sources, ...(sizes ? { sizes } : {}) });
  await build(effects);
  const manifest = JSON.parse(effects.outputs.get("manifest.json")!);
  const read = (name: string) => JSON.parse(effects.outputs.get(name)!);
  return {
    articles: manifest.files.articles.flatMap(read) as Article[],
    report: read(manifest.files.report) as Report,
    progress: effects.messages,
  };
}

describe("the nasty corpus (e2e/fixtures/nasty)", () => {
  it("accounts for every file: written, rejected with a reason, or merged", async () => {
    const { articles, report } = await buildFrom(nasty);
    const seen = new Set([
      ...articles.map((a) => a.file),
      ...report.rejected.map((r) => r.file),
      ...report.merged.map((m) => m.file),
    ]);
    expect([...seen].sort()).toEqual(Object.keys(nasty).sort());
    expect(report.read).toBe(report.written + report.rejected.length + report.merged.length);
    for (const entry of report.rejected) expect(entry.reason.length).toBeGreaterThan(10);
  });

  it("rejects each kind of unreadable input with a reason that names it", async () => {
    const { report } = await buildFrom(nasty);
    const reason = (file: string, line?: number) =>
      report.rejected.find((r) => r.file === file && (line === undefined || r.line === line))?.reason;
    expect(reason("empty.txt")).toBe("the file is empty");
    expect(reason("whitespace-only.txt")).toBe("the file is empty");
    expect(reason("binary.txt")).toBe("binary content, not text");
    expect(reason("invalid-utf8.txt")).toMatch(/not valid UTF-8 at byte 31/);
    expect(reason("front-matter-not-yaml.md")).toMatch(/front matter is not valid YAML/);
    expect(reason("broken.json", 3)).toMatch(/not valid JSON/);
    expect(reason("lines.jsonl", 2)).toMatch(/not valid JSON/);
    expect(reason("lines.jsonl", 6)).toMatch(/not an article object/);
    expect(reason("wrong-types.json", 8)).toMatch(/"body" is a list/);
    expect(reason("unknown-extension.docx")).toMatch(/unsupported file type "\.docx"/);
    expect(reason("no-date.txt")).toMatch(/no publication date/);
  });

  it("does not take impossible or out-of-range dates, and says so", async () => {
    const { report } = await buildFrom(nasty);
    const warning = (line: number) =>
      report.warnings.find((w) => w.file === "lines.jsonl" && w.line === line)?.reason;
    expect(warning(3)).toMatch(/10000-01-01.*outside the years/);
    expect(warning(4)).toMatch(/1850-06-01.*outside the years/);
    expect(warning(5)).toMatch(/2018-02-31.*not a real calendar day/);
  });

  it("reads UTF-16, CRLF, mixed scripts and right-to-left text intact", async () => {
    const { articles } = await buildFrom(nasty);
    const byFile = (file: string) => articles.find((a) => a.file === file)!;
    expect(byFile("utf16-bom.txt")).toMatchObject({ title: "Seoul Talks Resume", published: "2018-03-06" });
    expect(byFile("crlf.md").text).toBe(
      "WASHINGTON (Reuters) - A story saved on Windows.\n\nSecond paragraph.",
    );
    expect(byFile("mixed-scripts.md").title).toBe("Chosŏn, 조선, Корея, 朝鮮 — one story");
    expect(byFile("right-to-left.md").text).toContain("التقى الزعيمان في سنغافورة");
  });

  it("keeps script payloads as inert text, drops non-web URLs and shortens a 10,000-character title", async () => {
    const { articles, report } = await buildFrom(nasty);
    const payload = articles.find((a) => a.file === "payload-in-text.md")!;
    expect(payload.title).toBe("<script>window.__pwned=1</script> Title");
    expect(payload.url).toBeUndefined();
    expect(
      report.warnings.some(
        (w) => w.file === "payload-in-text.md" && /not an http\(s\) address/.test(w.reason),
      ),
    ).toBe(true);
    const html = articles.find((a) => a.file === "script-payload.html")!;
    // Elements are gone (scripts, handlers, links' targets); text that the page escaped stays literal text.
    const [first, second] = html.text.split("\n\n");
    expect(first).toBe("First paragraph with a script and an image.");
    expect(second).toBe(
      "Second paragraph: <img src=x onerror=window.__pwned=1> written as text, and a javascript link.",
    );
    expect(articles.find((a) => a.file === "long-title.md")!.title).toHaveLength(300);
  });

  it("rejects a 50 MB article file without reading it as an article", async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const { report } = await buildFrom({ "fifty-megabytes.txt": big });
    expect(report.rejected).toEqual([
      { file: "fifty-megabytes.txt", reason: "file is 50.0 MB; a .txt file may be at most 5.0 MB" },
    ]);
  });

  it("accounts line by line for a .jsonl file of 150,000 broken lines", async () => {
    const { report } = await buildFrom({ "broken.jsonl": "{not json\n".repeat(150_000) });
    expect(report.read).toBe(150_000);
    expect(report.rejected).toHaveLength(150_000);
    expect(report.rejected[149_999]).toMatchObject({ file: "broken.jsonl", line: 150_000 });
  }, 120_000);

  it("reads 100,000 tiny files and accounts for each", async () => {
    const inputs: Record<string, string> = {};
    for (let i = 0; i < 100_000; i++) {
      const day = String((i % 28) + 1).padStart(2, "0");
      inputs[`tiny/${String(i).padStart(6, "0")}.md`] =
        i % 1000 === 999
          ? ""
          : `---\nsource: Reuters\npublished: 2018-03-${day}\n---\nTiny story number ${i}.\n`;
    }
    const { report, progress } = await buildFrom(inputs);
    expect(progress).toContain("read 100000/100000 files");
    expect(report.read).toBe(100_000);
    expect(report.written).toBe(99_900);
    expect(report.rejected).toHaveLength(100);
  }, 300_000);
});
