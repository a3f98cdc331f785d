import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ExternalLink } from "./ExternalLink.tsx";
import { safeWebUrl } from "./safe-url.ts";

const render = (url: string | undefined, fallback?: string) =>
  renderToStaticMarkup(createElement(ExternalLink, { url, fallback }));

describe("safeWebUrl", () => {
  it("keeps http and https addresses", () => {
    expect(safeWebUrl("https://www.reuters.com/article/x")?.href).toBe("https://www.reuters.com/article/x");
    expect(safeWebUrl("http://kcnawatch.org/?a=1&b=2")?.hostname).toBe("kcnawatch.org");
  });

  it.each([
    "javascript:window.__pwned=1",
    " JavaScript:window.__pwned=1",
    "java\tscript:window.__pwned=1",
    "data:text/html,<script>window.__pwned=1</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example/x",
    "/relative/path",
    "https://user:pass@evil.example/",
    "not a url",
    "",
  ])("refuses %j", (url) => {
    expect(safeWebUrl(url)).toBeUndefined();
  });
});

describe("ExternalLink", () => {
  it("opens web links in a new tab without opener or referrer", () => {
    const html = render("https://www.reuters.com/article/x");
    expect(html).toBe(
      '<a href="https://www.reuters.com/article/x" target="_blank" rel="noopener noreferrer">www.reuters.com</a>',
    );
  });

  it("escapes what it shows", () => {
    const html = render('https://example.com/"><img src=x onerror=alert(1)>');
    expect(html).not.toContain("<img");
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it("renders no link for other schemes, only the fallback as text", () => {
    expect(render("javascript:window.__pwned=1")).toBe("");
    expect(render("javascript:window.__pwned=1", "<b>not a web address</b>")).toBe(
      "&lt;b&gt;not a web address&lt;/b&gt;",
    );
    expect(render(undefined)).toBe("");
  });
});
