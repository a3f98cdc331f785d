import { createRequire } from "node:module";
import type { Readability } from "@mozilla/readability";
import type { parseHTML } from "linkedom";
import type { ExplicitMeta, ReadResult } from "./raw-article.ts";
import { rejectFile } from "./raw-article.ts";

const load = createRequire(import.meta.url);
let libraries: { parseHTML: typeof parseHTML; Readability: typeof Readability } | undefined;

/**
 * linkedom and Readability, loaded when the first HTML page is read (their CommonJS builds, which
 * `require` loads within a synchronous read): most corpora are JSON and Markdown, and loading them
 * up front was 75 ms of the start of every build and of every article worker, a twentieth of a
 * rebuild after one article of 10,000 changed.
 */
function html(): NonNullable<typeof libraries> {
  libraries ??= {
    parseHTML: (load("linkedom") as typeof import("linkedom")).parseHTML,
    Readability: (load("@mozilla/readability") as typeof import("@mozilla/readability")).Readability,
  };
  return libraries;
}

/** Block elements whose text becomes one paragraph of the cleaned body. */
const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td";

/**
 * `.html`: a saved article page. Readability finds the article among navigation, ads and comments;
 * linkedom gives it a DOM on Node 20 without a browser (jsdom 31 needs Node 22). Scripts and event
 * handlers never run: linkedom does not execute anything, and only text content leaves this reader.
 */
export function readHtml(file: string, page: string): ReadResult {
  const { parseHTML, Readability } = html();
  const { document } = parseHTML(page);
  const meta = metaFromHead(document);
  let parsed: ReturnType<Readability["parse"]> = null;
  try {
    // Readability mutates the document, so the head was read first.
    parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
      charThreshold: 200,
    }).parse();
  } catch (error) {
    return rejectFile(file, `HTML could not be read: ${error instanceof Error ? error.message : error}`);
  }
  let text = parsed?.content ? blocksToText(parsed.content) : "";
  if (text.trim() === "") {
    // Readability gives up on short pages; fall back to the body's paragraphs.
    const { document: fresh } = parseHTML(page);
    for (const node of fresh.querySelectorAll("script, style, noscript, template, nav, header, footer")) {
      node.remove();
    }
    text = blocksToText(fresh.body?.innerHTML ?? "") || (fresh.body?.textContent ?? "").trim();
  }
  if (text.trim() === "") return rejectFile(file, "the HTML page holds no article text");
  const extracted: NonNullable<import("./raw-article.ts").RawArticle["extracted"]> = {};
  if (parsed?.title) extracted.title = parsed.title.trim();
  if (parsed?.byline) extracted.byline = parsed.byline.trim();
  if (parsed?.siteName) extracted.siteName = parsed.siteName.trim();
  if (parsed?.publishedTime) extracted.publishedTime = parsed.publishedTime.trim();
  return { articles: [{ file, format: "html", text, meta, extracted }], rejected: [], warnings: [] };
}

/** Explicit metadata of the page: Open Graph, article:* and schema-style meta tags, canonical link. */
function metaFromHead(document: ReturnType<typeof parseHTML>["document"]): ExplicitMeta {
  const content = (selector: string): string | undefined => {
    const value = document.querySelector(selector)?.getAttribute("content")?.trim();
    return value ? value : undefined;
  };
  const meta: ExplicitMeta = {};
  const title = content('meta[property="og:title"]') ?? content('meta[name="twitter:title"]');
  if (title) meta.title = title;
  const source = content('meta[property="og:site_name"]') ?? content('meta[name="application-name"]');
  if (source) meta.source = source;
  const published =
    content('meta[property="article:published_time"]') ??
    content('meta[name="pubdate"]') ??
    content('meta[name="date"]') ??
    content('meta[itemprop="datePublished"]') ??
    document.querySelector("time[datetime]")?.getAttribute("datetime")?.trim();
  if (published) meta.published = published;
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() ??
    content('meta[property="og:url"]');
  if (url) meta.url = url;
  const byline = content('meta[name="author"]') ?? content('meta[property="article:author"]');
  if (byline && !/^https?:/.test(byline)) meta.byline = byline;
  const language = document.documentElement?.getAttribute("lang")?.trim();
  if (language) meta.language = language;
  return meta;
}

/** Paragraph structure survives as blank-line-separated blocks; markup and scripts do not. */
function blocksToText(fragmentHtml: string): string {
  const { document } = html().parseHTML(`<!doctype html><html><body>${fragmentHtml}</body></html>`);
  for (const node of document.querySelectorAll("script, style, noscript, template")) node.remove();
  const paragraphs: string[] = [];
  for (const block of document.querySelectorAll(BLOCKS)) {
    // Nested blocks (a <p> inside <li>) are read once, at the innermost level.
    if (block.querySelector(BLOCKS)) continue;
    const text = (block.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text) paragraphs.push(text);
  }
  return paragraphs.join("\n\n");
}
