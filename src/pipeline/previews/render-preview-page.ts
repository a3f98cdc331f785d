import { formatEventDate } from "../../lib/event-date.ts";
import type { Event } from "../../schema/event.ts";
import type { Source } from "../../schema/source.ts";
import { escapeHtml } from "./escape-html.ts";

export interface PreviewOptions {
  /** The site's absolute URL (`https://example.org/parallax/`), for og:url; relative links when absent. */
  siteUrl?: string;
}

/** Where an event's preview page lives, relative to the site root. */
export function previewPath(eventId: string): string {
  return `e/${encodeURIComponent(eventId)}.html`;
}

/**
 * A small static page per event for link unfurling: chat apps and social networks read Open Graph
 * and Twitter card tags without running scripts, so the page carries them and redirects people to
 * the app's deep link with a meta refresh (no inline script: the site runs under a strict CSP).
 * Every piece of article-derived text is escaped: titles come from the open web.
 */
export function renderPreviewPage(event: Event, sources: Source[], options: PreviewOptions = {}): string {
  const names = new Map(sources.map((s) => [s.id, s.name]));
  const outlets = event.sourceIds.map((id) => names.get(id) ?? id);
  const date = formatEventDate(event.start, event.end, event.precision);
  const summary = oneLine(event.summary ?? event.mentions[0]?.quote ?? event.title);
  const description = `${date} · ${outlets.join(", ")} · ${summary}`;
  const deepLink = `../?event=${encodeURIComponent(event.id)}`;
  const absolute = options.siteUrl
    ? new URL(`?event=${encodeURIComponent(event.id)}`, options.siteUrl).href
    : undefined;
  const pageUrl = options.siteUrl ? new URL(previewPath(event.id), options.siteUrl).href : undefined;
  const meta = (attr: "property" | "name", key: string, value: string) =>
    `    <meta ${attr}="${key}" content="${escapeHtml(value)}">`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${escapeHtml(event.title)} · Parallax</title>
    <meta name="description" content="${escapeHtml(description)}">
${meta("property", "og:type", "article")}
${meta("property", "og:site_name", "Parallax")}
${meta("property", "og:title", event.title)}
${meta("property", "og:description", description)}
${pageUrl ? `${meta("property", "og:url", pageUrl)}\n` : ""}${meta("property", "article:published_time", event.start)}
${meta("name", "twitter:card", "summary")}
${meta("name", "twitter:title", event.title)}
${meta("name", "twitter:description", description)}
    <link rel="canonical" href="${escapeHtml(absolute ?? deepLink)}">
    <meta http-equiv="refresh" content="0; url=${escapeHtml(deepLink)}">
  </head>
  <body>
    <p><a href="${escapeHtml(deepLink)}">${escapeHtml(event.title)}</a> (${escapeHtml(date)}, ${escapeHtml(outlets.join(", "))})</p>
  </body>
</html>
`;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}
