import { describe, expect, it } from "vitest";
import { readHtml } from "./html.ts";

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the story, long enough for Readability to take it as the article body, with several clauses and words.</p>`;

describe("readHtml", () => {
  it("reads the article and the page's explicit metadata, without navigation or scripts", () => {
    const html = `<!doctype html><html lang="en"><head>
      <title>Site | Story</title>
      <meta property="og:title" content="Kim Meets Pompeo">
      <meta property="og:site_name" content="Reuters">
      <meta property="article:published_time" content="2018-05-09T10:00:00Z">
      <meta name="author" content="Jane Doe">
      <link rel="canonical" href="https://example.com/story">
      <script>window.__pwned = true</script>
    </head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article>${[1, 2, 3, 4].map(paragraph).join("")}<img src=x onerror="window.__pwned=true"></article>
      <footer>Copyright</footer>
    </body></html>`;
    const result = readHtml("story.html", html);
    const [article] = result.articles;
    expect(article?.meta).toEqual({
      title: "Kim Meets Pompeo",
      source: "Reuters",
      published: "2018-05-09T10:00:00Z",
      url: "https://example.com/story",
      byline: "Jane Doe",
      language: "en",
    });
    expect(article?.text.split("\n\n")).toHaveLength(4);
    expect(article?.text).not.toMatch(/Home|Copyright|pwned|onerror/);
  });

  it("falls back to the body's paragraphs on a short page", () => {
    const result = readHtml("short.html", "<html><body><p>Only one short paragraph.</p></body></html>");
    expect(result.articles[0]?.text).toBe("Only one short paragraph.");
  });

  it("rejects a page without text", () => {
    const result = readHtml("empty.html", "<html><body><script>x()</script></body></html>");
    expect(result.rejected[0]?.reason).toBe("the HTML page holds no article text");
  });
});
