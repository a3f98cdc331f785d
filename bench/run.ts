// `npm run bench`: the pipeline on every corpus, then the production app in headless Chromium, then
// TimelineJS beside it; prints a table with the targets and writes bench/results.json.
// Flags: --no-app (pipeline only), --no-100k (skip the 100,000-article corpus and site).
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../scripts/chromium-launch.ts";
import { pipelineCodeVersion } from "../src/pipeline/cache/code-version.ts";
import { type AppFigures, benchApp } from "./app-bench.ts";
import { benchCorpus, benchRebuild, type PipelineFigures } from "./pipeline-bench.ts";
import { appTable, comparisonTable, pipelineTable, searchTable } from "./report.ts";
import { benchSearch, type SearchFigures } from "./search-bench.ts";
import { buildApp, siteFromGenerated, siteFromOutput, siteLinkingOutput, timelineJsSite } from "./sites.ts";
import { serveStatic } from "./static-server.ts";
import { benchTimelineJs, type TimelineJsFigures } from "./timelinejs-bench.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "bench/out");
const shared = join(root, "../shared/corpora");
const withApp = !process.argv.includes("--no-app");
const with100k = !process.argv.includes("--no-100k");
const started = performance.now();
const log = (message: string) =>
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${message}\n`);

async function node(args: string[]): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", ...args], { cwd: root, stdio: "inherit" });
  const code = await new Promise<number | null>((r) => child.on("close", r));
  if (code !== 0) throw new Error(`${args.join(" ")} failed (exit ${code})`);
}

// Corpora: the generated ones are made once with the fixed seed and kept in bench/out (git-ignored).
const synthetic10k = join(out, "synthetic-10k.jsonl");
const synthetic100k = join(out, "synthetic-100k");
if (!existsSync(synthetic10k)) await node(["bench/make-corpus.ts", "10000", synthetic10k]);
if (with100k && !existsSync(join(synthetic100k, "part-10.jsonl")))
  await node(["bench/make-corpus.ts", "100000", synthetic100k, "--files", "10"]);
const corpora: [string, string][] = [
  ["seeds", join(root, "data/articles")],
  ["usdprk", join(shared, "usdprk-2018.jsonl")],
  ["kcna", join(shared, "kcna-2017-2018.jsonl.gz")],
  ["synthetic 10k", synthetic10k],
  ...(with100k ? [["synthetic 100k", synthetic100k] as [string, string]] : []),
];

const pipeline: PipelineFigures[] = [];
for (const [name, input] of corpora) {
  if (!existsSync(input)) {
    log(`${name}: ${input} not found, skipped`);
    continue;
  }
  log(`pipeline: ${name}`);
  // The 100,000-article build gets its target as a time limit, so that the bench ends in ten minutes.
  const limit = name === "synthetic 100k" ? 300_000 : undefined;
  const version = pipelineCodeVersion(root);
  const figures = await benchCorpus(root, name, input, dataDir(name), join(out, "cache"), limit);
  if (name === "synthetic 10k") {
    log("pipeline: rebuild after one article of synthetic 10k changes");
    const rebuild = await benchRebuild(root, input, dataDir(name), out, join(out, "cache"), version);
    figures.rebuildSeconds = rebuild.seconds;
    figures.rebuildRecomputed = rebuild.recomputed;
  }
  pipeline.push(figures);
}

const app: AppFigures[] = [];
let timelineJs: TimelineJsFigures | undefined;
let search: SearchFigures | undefined;
let chromiumVersion = "";
if (withApp) {
  log("app: vite build");
  await buildApp(root, join(out, "app"));
  const sites: { name: string; dir: string; events: number; search?: boolean }[] = [];
  const add = (name: string, dir: string, search = false) => {
    const manifest = JSON.parse(readFileSync(join(dir, "data/manifest.json"), "utf8")) as {
      eventCount: number;
    };
    sites.push({ name, dir, events: manifest.eventCount, search });
  };
  if (existsSync(dataDir("seeds"))) {
    siteFromOutput(join(out, "app"), dataDir("seeds"), join(out, "site-seeds"));
    add("seeds", join(out, "site-seeds"));
  }
  if (existsSync(dataDir("synthetic 10k"))) {
    siteFromOutput(join(out, "app"), dataDir("synthetic 10k"), join(out, "site-synthetic-10k"));
    add("synthetic 10k articles", join(out, "site-synthetic-10k"));
  }
  // The full-text filter on the 8,781 KCNA articles (issue 6), on the pipeline's output of this run.
  if (existsSync(dataDir("kcna"))) {
    siteLinkingOutput(join(out, "app"), dataDir("kcna"), join(out, "site-kcna"));
    add("kcna articles", join(out, "site-kcna"), true);
  }
  const tenK = await siteFromGenerated(join(out, "app"), 10_000, join(out, "site-events-10k"));
  add("generated 10,000 events", join(out, "site-events-10k"));
  if (with100k) {
    await siteFromGenerated(join(out, "app"), 100_000, join(out, "site-events-100k"));
    add("generated 100,000 events", join(out, "site-events-100k"));
  }
  timelineJsSite(root, tenK, join(out, "site-timelinejs"));

  const browser = await chromium.launch(chromiumLaunchOptions);
  chromiumVersion = browser.version();
  try {
    for (const [i, site] of sites.entries()) {
      log(`app: ${site.name}`);
      const port = 4310 + i;
      const server = await preview(site.dir, port);
      try {
        const url = `http://127.0.0.1:${port}/`;
        const figures = await benchApp(browser, site.name, url, site.dir, site.events, !site.search);
        if (site.search) {
          log(`app: ${site.name}, the filter typed key by key`);
          search = await benchSearch(browser, url, site.dir);
          figures.filterMs = search.keystrokeMs;
          figures.filterUnchanged = search.keystrokesUnchanged;
        }
        app.push(figures);
      } finally {
        server.kill();
      }
    }
    log("TimelineJS: the 10,000 generated events");
    const server = await serveStatic(join(out, "site-timelinejs"), 4309);
    try {
      timelineJs = await benchTimelineJs(browser, "http://127.0.0.1:4309/", tenK.length);
    } finally {
      server.close();
    }
  } finally {
    await browser.close();
  }
}

const versionOf = (pkg: string) =>
  (JSON.parse(readFileSync(join(root, "node_modules", pkg, "package.json"), "utf8")) as { version: string })
    .version;
const results = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryBytes: totalmem(),
    // Other work on the machine slows every figure; the load at the end of the run says how much.
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  },
  versions: {
    node: process.version,
    "vis-timeline": versionOf("vis-timeline"),
    react: versionOf("react"),
    chromium: chromiumVersion,
    "@knight-lab/timelinejs": versionOf("@knight-lab/timelinejs"),
  },
  benchSeconds: Math.round((performance.now() - started) / 1000),
  pipeline,
  app,
  search,
  timelineJs,
};
writeFileSync(join(root, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
const tenKApp = app.find((a) => a.site === "generated 10,000 events");
process.stdout.write(
  [
    `Parallax bench, ${results.date.slice(0, 10)}: ${results.machine.cpu}, ${results.machine.cores} cores, load ${results.machine.loadAverage.join(" ")}; node ${process.version}, Chromium ${chromiumVersion || "–"}`,
    "",
    pipelineTable(pipeline),
    "",
    app.length ? appTable(app) : "",
    "",
    search ? searchTable(search) : "",
    "",
    comparisonTable(tenKApp, timelineJs),
    "",
    `bench took ${results.benchSeconds} s; figures in bench/results.json`,
    "",
  ].join("\n"),
);

function dataDir(name: string): string {
  return join(out, `data-${name.replace(/\s+/g, "-")}`);
}

/** `vite preview` of one site, as `npm run preview` serves dist/ (with the strict CSP). */
async function preview(dir: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      join(root, "node_modules/vite/bin/vite.js"),
      "preview",
      "--outDir",
      dir,
      "--port",
      String(port),
      "--strictPort",
    ],
    { cwd: root, stdio: "ignore" },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`vite preview did not start on port ${port}`);
}
