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
const dark =
  stored === "dark" || (stored !== "light" && window.matchMedia("(prefers-color-scheme: dark)").matches);
document.documentElement.classList.toggle("dark", dark);
