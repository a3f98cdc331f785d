// The full-text filter bench alone (`bench/search-bench.ts`), without building every corpus first:
//
//   node --import tsx bench/run-search.ts --data DIR [--work DIR] [--runs N] [--port N] [--no-build]
//                                         [--json FILE]
//
// --data is a pipeline output with a search index (the KCNA corpus in `npm run bench`); the app is
// built with vite into --work (default bench/out/search-only) unless --no-build reuses the last build,
// the site links the data, and `vite preview` serves it with the production CSP. Each run prints the
// same table as `npm run bench`; with several runs, the keystroke figures of all runs together follow.
// --json writes every run's figures (each keystroke's time among them).
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { preview } from "vite";
import { chromiumLaunchOptions } from "../scripts/chromium-launch.ts";
import { searchTable } from "./report.ts";
import { benchSearch, type SearchFigures } from "./search-bench.ts";
import { buildApp, siteLinkingOutput } from "./sites.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    data: { type: "string" },
    work: { type: "string", default: join(root, "bench/out/search-only") },
    runs: { type: "string", default: "1" },
    port: { type: "string", default: "4390" },
    "no-build": { type: "boolean", default: false },
    json: { type: "string" },
  },
});
if (!values.data || !existsSync(join(values.data, "manifest.json"))) {
  process.stderr.write(
    "usage: bench/run-search.ts --data <pipeline output with a search index> [--runs N]\n",
  );
  process.exit(2);
}
const data = resolve(values.data);
const work = resolve(values.work);
const app = join(work, "app");
const site = join(work, "site");
if (!values["no-build"] || !existsSync(join(app, "index.html"))) await buildApp(root, app);
siteLinkingOutput(app, data, site);

const server = await preview({
  root,
  configFile: join(root, "vite.config.ts"),
  logLevel: "warn",
  build: { outDir: site },
  preview: { port: Number(values.port), strictPort: true, host: "127.0.0.1" },
});
const browser = await chromium.launch(chromiumLaunchOptions);
const runs: SearchFigures[] = [];
try {
  for (let i = 0; i < Number(values.runs); i++) {
    const figures = await benchSearch(browser, `http://127.0.0.1:${values.port}/`, site);
    runs.push(figures);
    process.stdout.write(`run ${i + 1}\n${searchTable(figures)}\n\n`);
  }
} finally {
  await browser.close();
  await new Promise<void>((done) => server.httpServer.close(() => done()));
}
if (values.json) writeFileSync(values.json, `${JSON.stringify(runs, null, 2)}\n`);
if (runs.length > 1) {
  const all = runs.flatMap((r) => r.keystrokeMs).sort((a, b) => a - b);
  const at = (q: number) => Math.round(all[Math.min(all.length - 1, Math.floor(q * all.length))]!);
  const cold = runs.flatMap((r) => r.cold.map((c) => c.firstResultMs ?? Number.POSITIVE_INFINITY));
  cold.sort((a, b) => a - b);
  process.stdout.write(
    `${runs.length} runs together: keystroke p50 ${at(0.5)} ms, p95 ${at(0.95)} ms (${all.length} keys); ` +
      `cold first result p50 ${Math.round(cold[Math.floor(cold.length / 2)]!)} ms, max ${Math.round(cold.at(-1)!)} ms\n`,
  );
}
