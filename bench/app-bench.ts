// The app half of `npm run bench`: the production build in headless Chromium, one corpus at a time.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "@playwright/test";
import {
  KEYS,
  NOW,
  pickEvent,
  probeScript,
  RESET_KEYS,
  resourcesBy,
  START_FRAMES,
  stopFrames,
  timeSelection,
  waitForAllLoaded,
  waitForDraw,
} from "./page-probes.ts";

export interface AppFigures {
  site: string;
  events: number;
  firstDrawMs: number;
  /** When the last events file had loaded (the count final): the page draws before that. */
  allLoadedMs: number;
  heapBytes: number;
  /**
   * What was fetched before the first drawn timeline: code (html, js, css, fonts) and data, and of
   * the events the manifest lists, how many were in the timeline's files fetched (the summaries
   * files, or the events files in data without them), and how many full events files were fetched.
   */
  beforeDraw: {
    codeGzip: number;
    dataGzip: number;
    dataFiles: string[];
    /** Whether the timeline's files are summaries (schema 4.1) rather than full events files. */
    summaries: boolean;
    eventFilesListed: number;
    eventFilesFetched: number;
    eventsFetched: number;
    eventsListed: number;
    /** Full events files (mentions and all) fetched although the timeline draws from summaries. */
    fullEventFilesFetched: number;
  };
  /** Data fetched by the time every events file had loaded (gzip), none of it opened by the user. */
  loadedDataGzip: number;
  selectionMs: number[];
  filterMs: number[];
  filterUnchanged: number;
  frames: { count: number; p50: number; p95: number; worst: number; longTasks: number; longestTask: number };
}

const TIMELINE_DRAWN =
  '[data-testid="timeline"] [data-testid="event-item"], [data-testid="timeline"] [data-testid="cluster"]';
const FILTER_TYPING = ["summit", "talks"];

export async function benchApp(
  browser: Browser,
  site: string,
  url: string,
  siteDir: string,
  events: number,
  /** Type the default filter words; off where the filter is measured on its own (bench/search-bench.ts). */
  filter = true,
): Promise<AppFigures> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(probeScript(TIMELINE_DRAWN));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(url);
  const firstDrawMs = await waitForDraw(page, 60_000);
  const beforeDraw = await bytesBefore(page, firstDrawMs, siteDir);
  // The heap and the frames are the steady state's: every events file loaded.
  const allLoadedMs = await waitForAllLoaded(page, 60_000);
  await page.waitForTimeout(1000);
  const loadedDataGzip = (await dataFetched(page, Number.POSITIVE_INFINITY, siteDir)).dataGzip;
  const metrics = (await cdp.send("Performance.getMetrics")) as {
    metrics: { name: string; value: number }[];
  };
  const heapBytes = metrics.metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? Number.NaN;

  const frames = await timePanZoom(page);
  // The filter needs the pipeline's search index; generated corpora have none.
  const manifest = readManifest(siteDir);
  const { filterMs, filterUnchanged } =
    filter && manifest.files.search ? await timeFiltering(page) : { filterMs: [], filterUnchanged: 0 };

  // Selection from the list view, where every event has its own item (the timeline may show counts).
  await page.goto(new URL("?view=list", url).href);
  await page.getByTestId("event-list").waitFor({ timeout: 30_000 });
  // Every events file in, so that the rows picked are not moved by one arriving.
  await waitForAllLoaded(page, 60_000);
  const selectionMs: number[] = [];
  for (let i = 0; i < 7; i++) {
    const id = (await page.evaluate(pickEvent(i))) as string | null;
    if (!id) break;
    selectionMs.push((await page.evaluate(timeSelection(id))) as number);
    await page.waitForTimeout(150);
  }
  await context.close();
  return {
    site,
    events,
    firstDrawMs,
    allLoadedMs,
    heapBytes,
    beforeDraw,
    loadedDataGzip,
    selectionMs,
    filterMs,
    filterUnchanged,
    frames,
  };
}

/** Real keystrokes into the filter, each followed by a pause so that its changes settle. */
async function timeFiltering(page: Page): Promise<{ filterMs: number[]; filterUnchanged: number }> {
  const input = page.getByTestId("filter-input");
  await input.click();
  await page.evaluate(RESET_KEYS);
  for (const word of FILTER_TYPING) {
    for (const char of word) {
      await page.keyboard.press(char);
      await page.waitForTimeout(350);
    }
    for (let i = 0; i < word.length; i++) {
      await page.keyboard.press("Backspace");
      await page.waitForTimeout(350);
    }
  }
  const keys = (await page.evaluate(KEYS)) as { t0: number; t1: number | null }[];
  const changed = keys.filter((k) => k.t1 !== null);
  return { filterMs: changed.map((k) => k.t1! - k.t0), filterUnchanged: keys.length - changed.length };
}

/** Drags the timeline left and right, then zooms in and out with ctrl + wheel, recording frames. */
async function timePanZoom(page: Page): Promise<AppFigures["frames"]> {
  const box = await page.locator('[data-testid="timeline"] .vis-panel.vis-center').boundingBox();
  if (!box) throw new Error("no timeline panel");
  const y = box.y + Math.min(40, box.height / 2);
  const x = box.x + box.width / 2;
  const startAt = (await page.evaluate(NOW)) as number;
  await page.evaluate(START_FRAMES);
  for (const direction of [-1, 1]) {
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let step = 1; step <= 40; step++) {
      await page.mouse.move(x + direction * step * 8, y);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
  }
  await page.mouse.move(x, y);
  await page.keyboard.down("Control");
  for (const delta of [-120, 120]) {
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, delta);
      await page.waitForTimeout(40);
    }
  }
  await page.keyboard.up("Control");
  await page.waitForTimeout(300);
  const { frames, longTasks } = (await page.evaluate(stopFrames(startAt))) as {
    frames: number[];
    longTasks: { start: number; duration: number }[];
  };
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    count: frames.length,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    worst: sorted[sorted.length - 1] ?? Number.NaN,
    longTasks: longTasks.length,
    longestTask: Math.max(0, ...longTasks.map((t) => t.duration)),
  };
}

/** Resources whose response ended by `t`, sized as gzip of the served files: code and data. */
async function dataFetched(page: Page, t: number, siteDir: string) {
  const urls = (await page.evaluate(resourcesBy(t))) as string[];
  let codeGzip = 0;
  let dataGzip = 0;
  const dataFiles: string[] = [];
  for (const url of urls) {
    const path = new URL(url).pathname.replace(/\/$/, "/index.html");
    const file = join(siteDir, decodeURIComponent(path));
    if (!existsSync(file)) continue;
    const size = gzipSync(readFileSync(file), { level: 6 }).byteLength;
    if (path.includes("/data/")) {
      dataGzip += size;
      dataFiles.push(path.split("/").pop()!);
    } else codeGzip += size;
  }
  return { codeGzip, dataGzip, dataFiles };
}

/** What was fetched before the first draw (see AppFigures.beforeDraw). */
async function bytesBefore(page: Page, drawnAt: number, siteDir: string): Promise<AppFigures["beforeDraw"]> {
  const { codeGzip, dataGzip, dataFiles } = await dataFetched(page, drawnAt, siteDir);
  const manifest = readManifest(siteDir);
  const { events, eventSummaries } = manifest.files;
  // The app's choice (src/app/data/load-plan.ts timelineFiles): summaries when listed file for file.
  const summaries = eventSummaries?.length === events.length;
  const timeline = summaries && eventSummaries ? eventSummaries : events;
  // Spans name the events files; a summaries file holds the events of the same place.
  const counts = new Map((manifest.eventSpans ?? []).map((s, i) => [timeline[i], s.count]));
  const fetched = dataFiles.filter((f) => timeline.includes(f));
  // Without spans (data built before them) a file's count is unknown: all of them, if all were fetched.
  const eventsFetched = manifest.eventSpans
    ? fetched.reduce((n, f) => n + (counts.get(f) ?? 0), 0)
    : fetched.length === timeline.length
      ? manifest.eventCount
      : Number.NaN;
  return {
    codeGzip,
    dataGzip,
    dataFiles,
    summaries,
    eventFilesListed: timeline.length,
    eventFilesFetched: fetched.length,
    eventsFetched,
    eventsListed: manifest.eventCount,
    fullEventFilesFetched: summaries ? dataFiles.filter((f) => events.includes(f)).length : 0,
  };
}

type SiteManifest = {
  eventCount: number;
  eventSpans?: { file: string; count: number }[];
  files: { search?: unknown; events: string[]; eventSummaries?: string[] };
};

function readManifest(siteDir: string): SiteManifest {
  return JSON.parse(readFileSync(join(siteDir, "data/manifest.json"), "utf8")) as SiteManifest;
}

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
