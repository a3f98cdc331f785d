import type { UrlState, UrlTheme } from "../state/url-params.ts";

export type EmbedOptions = { height: number; theme: UrlTheme | null; compare: boolean };

export const DEFAULT_EMBED_HEIGHT = 640;
export const MIN_EMBED_HEIGHT = 240;
export const MAX_EMBED_HEIGHT = 4000;

/**
 * The sandbox an embed needs: scripts, and popups for "Open in Parallax", which may leave the sandbox
 * so the full site opens as a normal page. No allow-same-origin: the app needs no storage, cookies or
 * access to its own origin (it reads public files, which the host serves with CORS).
 */
export const EMBED_SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox";

/** The state an embed opens with: what the user sees now, in the embed layout, with the chosen options. */
export function embedState(state: UrlState, options: EmbedOptions): UrlState {
  // The comparison is hidden in embeds unless asked for, so "off" needs no parameter.
  return { ...state, embed: true, theme: options.theme, compare: options.compare ? true : null };
}

export function clampHeight(height: number): number {
  if (!Number.isFinite(height)) return DEFAULT_EMBED_HEIGHT;
  return Math.min(MAX_EMBED_HEIGHT, Math.max(MIN_EMBED_HEIGHT, Math.round(height)));
}

/** Attribute values go between double quotes; event titles come from scraped articles. */
const escapeAttribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The `<iframe>` to paste into a page. */
export function embedSnippet(src: string, title: string, height: number): string {
  return [
    `<iframe src="${escapeAttribute(src)}"`,
    ` title="${escapeAttribute(title)}"`,
    ` width="100%" height="${clampHeight(height)}" style="border:0;max-width:100%"`,
    ` sandbox="${EMBED_SANDBOX}" loading="lazy"></iframe>`,
  ].join("");
}

/**
 * The host page's side of the height messages (README, Embedding): resizes whichever iframe sent one.
 * Checking `e.source` rather than `e.origin` is what works for sandboxed frames, whose origin is "null".
 */
export const HOST_SCRIPT = `<script>
addEventListener("message", (e) => {
  if (e.data?.type !== "parallax:height" || e.data.version !== 1 || typeof e.data.height !== "number") return;
  for (const f of document.querySelectorAll("iframe")) if (f.contentWindow === e.source) f.style.height = Math.min(e.data.height, 4000) + "px";
});
</script>`;
