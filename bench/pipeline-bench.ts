// The pipeline half of `npm run bench`: each corpus built by the real CLI in a child process, so
// that the wall time, the peak memory (its own maxRSS, worker threads included) and the written
// files are exactly what a user gets.
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { gzipSync } from "node:zlib";
import { pipelineCodeVersion } from "../src/pipeline/cache/code-version.ts";

export interface PipelineFigures {
  corpus: string;
  articles: number;
  events: number;
  seconds: number;
  articlesPerSecond: number;
  peakRssBytes: number;
  outputBytes: number;
  outputGzipBytes: number;
  /** The build was stopped at the bench's time limit; `seconds` is then that limit. */
  timedOut?: boolean;
  /** Set for the corpus the rebuild is measured on. */
  rebuildSeconds?: number;
  rebuildRecomputed?: number;
}

export interface CliRun {
  seconds: number;
  peakRssBytes: number;
  stdout: string;
  stderr: string;
  /** Stopped at the time limit: the bench must finish in ten minutes even when the pipeline cannot. */
  timedOut: boolean;
}

/**
 * The node flags of `npm run data` (package.json), which the bench runs with: a 4 GB heap limit, as
 * the 100,000-article build holds 2 GB at its peak and V8's default limit is a quarter of the
 * machine's memory (2 GB on an 8 GB laptop); a higher limit only lets the heap grow further before
 * collecting (5.7 GB resident at 6 GB).
 */
function dataScriptFlags(root: string): string[] {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: { data?: string } };
  const data = pkg.scripts.data ?? "";
  const words = data.split(/\s+/);
  if (words[0] !== "node") throw new Error(`npm run data does not run node: ${data}`);
  return words.slice(1).filter((word) => word.startsWith("--"));
}

/** Runs the CLI as `npm run data` does, without npm's own start-up in the figure. */
export async function runCli(
  root: string,
  args: string[],
  rssFile: string,
  timeoutMs = Number.POSITIVE_INFINITY,
): Promise<CliRun> {
  const started = performance.now();
  // As `npm run data` runs it (bundled, see scripts/run-pipeline.mjs), with its node flags.
  const node = [...dataScriptFlags(root), join(root, "scripts/run-pipeline.mjs")];
  const child = spawn(process.execPath, [...node, ...args], {
    cwd: root,
    env: { ...process.env, PARALLAX_MAXRSS_FILE: rssFile },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  // The peak so far, from Linux's high-water mark, in case the run has to be stopped.
  let highWater = 0;
  const poll = setInterval(() => {
    try {
      const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1];
      if (kb) highWater = Math.max(highWater, Number(kb) * 1024);
    } catch {
      // not Linux, or the process has just ended
    }
  }, 500);
  let timedOut = false;
  const limit = Number.isFinite(timeoutMs)
    ? setTimeout(() => {
        timedOut = true;
        child.kill("SIGKILL");
      }, timeoutMs)
    : undefined;
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(poll);
  clearTimeout(limit);
  const seconds = (performance.now() - started) / 1000;
  if (timedOut) return { seconds, peakRssBytes: highWater, stdout, stderr, timedOut };
  if (code !== 0)
    throw new Error(`pipeline failed on ${args.join(" ")} (exit ${code}):\n${stderr.slice(-2000)}`);
  return { seconds, peakRssBytes: Number(readFileSync(rssFile, "utf8")), stdout, stderr, timedOut };
}

/** Raw and gzip size of every file the build wrote (gzip level 6, what static hosts commonly send). */
export function outputSize(dir: string): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const content = readFileSync(path);
    raw += content.byteLength;
    gzip += gzipSync(content, { level: 6 }).byteLength;
  }
  return { raw, gzip };
}

/** A cold build (empty cache) of one corpus into `output`. */
export async function benchCorpus(
  root: string,
  name: string,
  input: string,
  output: string,
  cacheDir: string,
  timeoutMs?: number,
): Promise<PipelineFigures> {
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(output, { recursive: true, force: true });
  const run = await runCli(
    root,
    ["--input", input, "--output", output, "--cache-dir", cacheDir],
    join(cacheDir, "..", `${name}.maxrss`),
    timeoutMs,
  );
  if (run.timedOut) {
    const articles = countLines(input);
    return {
      corpus: name,
      articles,
      events: Number.NaN,
      seconds: run.seconds,
      articlesPerSecond: Number.NaN,
      peakRssBytes: run.peakRssBytes,
      outputBytes: Number.NaN,
      outputGzipBytes: Number.NaN,
      timedOut: true,
    };
  }
  const manifest = JSON.parse(readFileSync(join(output, "manifest.json"), "utf8")) as {
    articleCount: number;
    eventCount: number;
  };
  const size = outputSize(output);
  return {
    corpus: name,
    articles: manifest.articleCount,
    events: manifest.eventCount,
    seconds: run.seconds,
    articlesPerSecond: manifest.articleCount / run.seconds,
    peakRssBytes: run.peakRssBytes,
    outputBytes: size.raw,
    outputGzipBytes: size.gzip,
  };
}

/**
 * The rebuild after one article changes, on the cache the cold build of `input` just filled and
 * into a copy of its output, as `npm start` rebuilds into the folder its last build wrote: a copy
 * of the corpus under the same file name (so every other article's cache key is unchanged) with one
 * article's body given a sentence more.
 */
export async function benchRebuild(
  root: string,
  input: string,
  lastOutput: string,
  work: string,
  cacheDir: string,
  filledByVersion: string,
): Promise<{ seconds: number; recomputed: number }> {
  const folder = join(work, "rebuild");
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const copy = join(folder, basename(input));
  const output = join(work, "rebuild-output");
  rmSync(output, { recursive: true, force: true });
  copyAsWritten(lastOutput, output);
  // Colleagues editing the pipeline while the bench runs change its code version, which rightly
  // empties the cache; the cache is then filled again before the measured rebuild.
  if (pipelineCodeVersion(root) !== filledByVersion) {
    copyFileSync(input, copy);
    await runCli(
      root,
      ["--input", copy, "--output", output, "--cache-dir", cacheDir],
      join(work, "fill.maxrss"),
    );
  }
  const lines = readFileSync(input, "utf8").split("\n");
  const middle = Math.floor(lines.length / 2);
  const article = JSON.parse(lines[middle]!) as { body: string };
  article.body += "\n\nOfficials said on Friday that the talks would resume next week.";
  lines[middle] = JSON.stringify(article);
  writeFileSync(copy, lines.join("\n"));
  const run = await runCli(
    root,
    ["--input", copy, "--output", output, "--cache-dir", cacheDir],
    join(work, "rebuild.maxrss"),
  );
  const computed = /per-article work: (\d+) computed/.exec(run.stderr);
  return { seconds: run.seconds, recomputed: computed ? Number(computed[1]) : Number.NaN };
}

/**
 * A copy of a build's output folder, each file read and written as the build wrote it. Not
 * `cpSync`: it copies with copy_file_range, and on this machine's ext4 every file it made then took
 * 1.6 ms to unlink, against 0.06 ms for one the build wrote; the rebuild prunes some 200 stale
 * files, and the copy's way of copying was 0.35 s of the measured rebuild.
 */
function copyAsWritten(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) copyAsWritten(source, join(to, entry.name));
    else if (entry.isFile()) writeFileSync(join(to, entry.name), readFileSync(source));
  }
}

/** Articles in a jsonl file or a folder of them: one per non-empty line. */
function countLines(input: string): number {
  const files = statSync(input).isDirectory() ? readdirSync(input).map((name) => join(input, name)) : [input];
  let count = 0;
  for (const file of files) {
    if (!/\.jsonl$/.test(file)) continue;
    for (const line of readFileSync(file, "utf8").split("\n")) if (line.trim()) count++;
  }
  return count;
}
