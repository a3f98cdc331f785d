import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/chromium-launch.ts";

/**
 * Browser tests run against the production build (`npm run build`, served by `vite preview`), in
 * Debian's Chromium: Playwright cannot download its own browsers here. `scripts/find-browser.mjs`
 * sets CHROMIUM_PATH before this runs.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
// Several test runs may share the machine: each can have its own build (PARALLAX_DIST), port
// (E2E_PORT) and results folder (E2E_RESULTS).
const dist = process.env.PARALLAX_DIST ?? "dist";
const results = process.env.E2E_RESULTS ?? "test-results";
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  outputDir: `${results}/artifacts`,
  reporter: [["list"], ["json", { outputFile: `${results}/e2e.json` }]],
  use: {
    baseURL: `http://localhost:${port}/`,
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir ${dist}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
