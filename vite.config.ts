import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { CONTENT_SECURITY_POLICY } from "./src/lib/content-security-policy.ts";

export default defineConfig({
  // Relative asset paths: the production build can be served from any static host, under any path.
  base: "./",
  plugins: [react(), tailwindcss()],
  server: { port: 5173, strictPort: true },
  // The production build is served, and tested, under a strict CSP (no inline scripts, no eval).
  // CORS for any origin: an embed sandboxed without allow-same-origin has an opaque origin, so even its
  // own module script and data files are cross-origin requests (README, Embedding). The site is public.
  preview: { headers: { "Content-Security-Policy": CONTENT_SECURITY_POLICY }, cors: true },
  build: { target: "es2022", sourcemap: false },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts", "bench/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
  },
});
