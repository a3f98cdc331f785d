import type { Browser } from "@playwright/test";
import { probeScript, waitForDraw } from "./page-probes.ts";

export interface TimelineJsFigures {
  events: number;
  /** Navigation to the first slide and time marker in the page, or null when not drawn in time. */
  firstRenderMs: number | null;
  heapBytes: number;
  timeoutMs: number;
}

const TIMEOUT_MS = 90_000;

/** TimelineJS with the same events, time to first render measured as for Parallax. */
export async function benchTimelineJs(
  browser: Browser,
  url: string,
  events: number,
): Promise<TimelineJsFigures> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(probeScript(".tl-timemarker .tl-timemarker-content"));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(url);
  let firstRenderMs: number | null = null;
  try {
    firstRenderMs = await waitForDraw(page, TIMEOUT_MS);
  } catch {
    firstRenderMs = null;
  }
  const metrics = (await cdp.send("Performance.getMetrics")) as {
    metrics: { name: string; value: number }[];
  };
  const heapBytes = metrics.metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? Number.NaN;
  await context.close();
  return { events, firstRenderMs, heapBytes, timeoutMs: TIMEOUT_MS };
}
