import { describe, expect, it } from "vitest";
import { markdownToText, readMarkdown } from "./markdown.ts";

describe("readMarkdown", () => {
  it("takes metadata from the front matter and plain text from the Markdown", () => {
    const md = `---
title: Envoys Visit Pyongyang
source: Reuters
published: 2018-03-06
url: https://example.com/a
---
SEOUL (Reuters) - **South Korean** envoys [met](https://x.y) Kim Jong Un.

- first point
`;
    const [article] = readMarkdown("a.md", md).articles;
    expect(article?.meta).toEqual({
      title: "Envoys Visit Pyongyang",
      source: "Reuters",
      published: "2018-03-06",
      url: "https://example.com/a",
    });
    expect(article?.text).toBe("SEOUL (Reuters) - South Korean envoys met Kim Jong Un.\n\nfirst point");
  });

  it("rejects front matter that is not YAML, with its line", () => {
    const result = readMarkdown("bad.md", "---\ntitle: ok\nsource: [unclosed\n---\nBody text.");
    expect(result.articles).toHaveLength(0);
    expect(result.rejected[0]?.reason).toMatch(/front matter is not valid YAML/);
    expect(result.rejected[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it("rejects front matter that is a list, not fields", () => {
    const result = readMarkdown("list.md", "---\n- a\n- b\n---\nBody.");
    expect(result.rejected[0]?.reason).toMatch(/must be a mapping/);
  });

  it("rejects front matter that is never closed", () => {
    expect(readMarkdown("open.md", "---\ntitle: x\nBody.").rejected[0]?.reason).toMatch(/never closed/);
  });

  it("uses a leading # heading as the title when the front matter has none", () => {
    const [article] = readMarkdown("h.md", "# The Headline\n\nThe story.").articles;
    expect(article?.meta.title).toBe("The Headline");
  });

  it("keeps words joined by underscores and asterisks in the middle of words", () => {
    expect(markdownToText("snake_case_name and 2*3*4")).toBe("snake_case_name and 2*3*4");
  });
});
