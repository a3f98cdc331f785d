import { describe, expect, it } from "vitest";
import type { Event } from "../../schema/event.ts";
import { previewPath, renderPreviewPage } from "./render-preview-page.ts";

const event: Event = {
  id: "ev-123",
  title: 'Kim Jong Un meets Mike Pompeo <img src=x onerror="alert(1)">',
  start: "2018-05-09",
  precision: "day",
  sourceIds: ["kcna", "fox-news"],
  articleIds: ["a1"],
  mentions: [
    { articleId: "a1", sourceId: "kcna", quote: "Kim Jong Un Wednesday met Mike Pompeo.", start: 0, end: 10 },
  ],
};
const sources = [
  { id: "kcna", name: "KCNA", kind: "state-media" as const, articleCount: 1 },
  { id: "fox-news", name: "Fox News", kind: "broadcaster" as const, articleCount: 1 },
];

describe("renderPreviewPage", () => {
  const html = renderPreviewPage(event, sources, { siteUrl: "https://example.org/parallax/" });

  it("carries the title in og:title and twitter:title, escaped", () => {
    const escaped = "Kim Jong Un meets Mike Pompeo &lt;img src=x onerror=&quot;alert(1)&quot;&gt;";
    expect(html).toContain(`<meta property="og:title" content="${escaped}">`);
    expect(html).toContain(`<meta name="twitter:title" content="${escaped}">`);
    expect(html).not.toContain("<img");
  });

  it("describes the date, the outlets and the event in one line", () => {
    expect(html).toContain('content="9 May 2018 · KCNA, Fox News · Kim Jong Un Wednesday met Mike Pompeo."');
  });

  it("redirects to the app's deep link without a script", () => {
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=../?event=ev-123">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/parallax/?event=ev-123">');
    expect(html).toContain('<meta property="og:url" content="https://example.org/parallax/e/ev-123.html">');
    expect(html).not.toMatch(/<script/);
  });

  it("leaves og:url out without a site URL and links relatively", () => {
    const relative = renderPreviewPage(event, sources);
    expect(relative).not.toContain("og:url");
    expect(relative).toContain('<link rel="canonical" href="../?event=ev-123">');
  });

  it("names preview files by event id, safely", () => {
    expect(previewPath("ev-123")).toBe("e/ev-123.html");
    expect(previewPath("../x")).toBe("e/..%2Fx.html");
  });
});
