/**
 * The Content-Security-Policy the production site is built to run under: no inline scripts, no
 * eval, data only from the site itself, embeddable by any site (the embed mode is meant for iframes
 * on other origins). `vite preview` sends it, the browser tests run under it, and the README gives it
 * to whoever hosts the site.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors *",
].join("; ");
