import { describe, expect, it } from "vitest";
import { readJson, readJsonLines } from "./json.ts";

describe("readJson", () => {
  it("reads one article object", () => {
    const result = readJson("one.json", JSON.stringify({ title: "T", source: "Reuters", body: "Body." }));
    expect(result.articles).toEqual([
      { file: "one.json", line: 1, format: "json", text: "Body.", meta: { title: "T", source: "Reuters" } },
    ]);
  });

  it("reads an array and points each bad element at its line", () => {
    const text = `[
  {"title": "Good", "body": "Text one."},
  {"title": "No body"},
  {"title": 42, "body": "Text three."},
  "not an object"
]`;
    const result = readJson("many.json", text);
    expect(result.articles.map((a) => a.text)).toEqual(["Text one.", "Text three."]);
    expect(result.rejected).toEqual([
      { file: "many.json", line: 3, reason: 'element 2 has no "body" field' },
      { file: "many.json", line: 5, reason: "element 4 is not an article object" },
    ]);
    expect(result.warnings).toEqual([
      { file: "many.json", line: 4, reason: 'field "title" is a number, expected text; ignored' },
    ]);
  });

  it("rejects a body of the wrong type", () => {
    const result = readJson("bad.json", JSON.stringify({ body: ["a", "b"] }));
    expect(result.rejected[0]?.reason).toBe('field "body" is a list, expected text');
  });

  it("rejects broken JSON with the line of the error", () => {
    const result = readJson("broken.json", '[\n  {"body": "x"},\n  {"body": }\n]');
    expect(result.articles).toHaveLength(0);
    expect(result.rejected[0]?.line).toBe(3);
    expect(result.rejected[0]?.reason).toMatch(/^not valid JSON/);
  });

  it("joins a list of authors into the byline", () => {
    const result = readJson("a.json", JSON.stringify({ body: "x", authors: ["Ann Lee", "Bo Kim"] }));
    expect(result.articles[0]?.meta.byline).toBe("Ann Lee, Bo Kim");
  });
});

describe("readJsonLines", () => {
  it("reads one article per line, skips blank lines and rejects bad lines alone", () => {
    const text = ['{"body": "First."}', "", "{broken", '{"body": 7}', '{"body": "Fifth."}'].join("\n");
    const result = readJsonLines("feed.jsonl", text);
    expect(result.articles.map((a) => [a.line, a.text])).toEqual([
      [1, "First."],
      [5, "Fifth."],
    ]);
    expect(result.rejected.map((r) => r.line)).toEqual([3, 4]);
    expect(result.rejected[1]?.reason).toBe('field "body" is a number, expected text');
  });
});
