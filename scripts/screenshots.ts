// `npx tsx scripts/screenshots.ts`: screenshots of the explorer on the seeds for the README, taken
// from the production build (run `npm run build` first) served by `vite preview`, in light mode with
// the first event open, at a desktop and a phone size.
import { spawn } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium-launch.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const port = 4179;
const base = `http://localhost:${port}/`;
const shots = [
  { file: "docs/explorer-desktop.png", width: 1280, height: 800 },
  { file: "docs/explorer-phone.png", width: 390, height: 844 },
];

const server = spawn("npx", ["vite", "preview", "--port", String(port), "--strictPort"], {
  cwd: root,
  stdio: "ignore",
});
try {
  await waitFor(base);
  const browser = await chromium.launch(chromiumLaunchOptions);
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: "light",
      deviceScaleFactor: 1,
    });
    await page.goto(base);
    // Open the first event in date order, as a reader would begin.
    const first = page.getByTestId("timeline").getByTestId("event-item").first();
    await first.waitFor();
    await page.getByTestId("timeline").focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByTestId("event-detail").waitFor();
    await page.getByTestId("timeline").blur();
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(root, shot.file) });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on ${url}`);
}
