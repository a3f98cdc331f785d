import { parseUrlState } from "../state/url-params.ts";

/**
 * Sets the theme class before React renders, so a dark page does not flash white. It is a module,
 * not an inline script in index.html, because the site runs under a CSP without 'unsafe-inline'.
 */
let stored: string | null = null;
try {
  stored = window.localStorage.getItem("parallax:theme");
} catch {
  // Storage blocked (sandboxed or third-party iframe): follow the system.
}
// A `theme` in the URL (an embed matching its host page) wins over the reader's stored choice.
const chosen = parseUrlState(window.location.search).state.theme ?? stored;
const dark =
  chosen === "dark" || (chosen !== "light" && window.matchMedia("(prefers-color-scheme: dark)").matches);
document.documentElement.classList.toggle("dark", dark);
