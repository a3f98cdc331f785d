// Browser end-to-end tests: find a browser, build the production site, run Playwright against it.
import { spawnSync } from "node:child_process";
import { findBrowser } from "./find-browser.mjs";

let browser;
try {
  browser = await findBrowser();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const env = { ...process.env, CHROMIUM_PATH: browser };
const run = (cmd, args) => spawnSync(cmd, args, { stdio: "inherit", env }).status ?? 1;
if (!process.env.E2E_SKIP_BUILD && run("npx", ["tsx", "scripts/build.ts"]) !== 0) {
  console.error("The production build failed; browser tests not run.");
  process.exit(1);
}
process.exit(run("npx", ["playwright", "test", ...process.argv.slice(2)]));
