// The full-text filter on a large corpus (issue 6): realistic queries typed key by key into the
// filter of the production app, on a fresh page each for the cold first result, then one after the
// other on one page for the keystroke times; and the search index's bytes over the wire.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "@playwright/test";
import { KEYS, probeScript, RESET_KEYS, waitForDraw } from "./page-probes.ts";

/** What people look for in KCNA, typed as they would: names, a diacritic, a curly-quote-prone
 * possessive, a phrase and an exclusion. */
export const SEARCH_QUERIES = [
  "Kim Jong Un",
  "missile",
  "nuclear test",
  "Chosŏn",
  "KCNA's",
  '"supreme leader"',
  "missile -test",
];

export interface SearchFigures {
  queries: string[];
  /** Keystroke to the frame after the timeline and count settle, every key but a page's first. */
  keystrokeMs: number[];
  /** Keystrokes that changed nothing (the same result as the key before). */
  keystrokesUnchanged: number;
  /** The slowest keystrokes: the query so far after the key. */
  slowest: { typed: string; ms: number }[];
  /** Every timed keystroke, in the order typed. */
  keys: { typed: string; ms: number }[];
  /**
   * Per query, on a fresh page and context (empty HTTP cache, index never loaded): the search files
   * loaded before the first result, and all of them once the page settles (with what the app fetches
   * in the background after its first answer).
   */
  cold: {
    query: string;
    firstResultMs: number | null;
    beforeResultGzip: number;
    fetchedGzip: number;
    shardFiles: number;
  }[];
  bytes: {
    /** The meta (vocabulary, shard table, events), fetched on the first use of the filter. */
    metaGzip: number;
    /** Meta and every shard the whole set of queries fetched, typed one after the other. */
    querySetGzip: number;
    querySetShards: number;
    /** Every file of the index. */
    wholeGzip: number;
    shards: number;
  };
}

const TIMELINE_DRAWN =
  '[data-testid="timeline"] [data-testid="event-item"], [data-testid="timeline"] [data-testid="cluster"]';
/** Time between keys for the cold runs: a brisk typist (~100 words a minute). */
const TYPING_DELAY_MS = 110;
/**
 * After each key of the keystroke runs, the next waits until the key's changes have settled (no change
 * to the timeline or the count for 150 ms), or 500 ms without any change: a key is timed alone.
 */
const QUIET_MS = 150;
const NO_CHANGE_MS = 500;

/**
 * Expression: from the next keystroke (or text input without a key, as for "ŏ"), notes the frame in
 * which the result count first shows a filtered result, with the index loaded.
 */
const WATCH_FIRST_RESULT = `(() => {
  const watch = { t0: null, t1: null };
  window.__firstResult = watch;
  const start = () => {
    if (watch.t0 !== null) return;
    watch.t0 = performance.now();
    const check = () => {
      const count = document.querySelector('[data-testid="result-count"]');
      const text = count ? count.textContent : "";
      const shown = (text.includes("·") || document.querySelector('[data-testid="no-matches"]')) &&
        !text.includes("updating") && !document.querySelector('[data-testid="search-loading"]');
      if (shown) requestAnimationFrame(() => { watch.t1 = performance.now(); });
      else if (performance.now() - watch.t0 < 20000) requestAnimationFrame(check);
    };
    check();
  };
  document.addEventListener("keydown", start, { capture: true, once: true });
  document.addEventListener("beforeinput", start, { capture: true, once: true });
})()`;

const SEARCH_FILES = `performance.getEntriesByType("resource").filter((e) => /\\/data\\/search-/.test(e.name)).map((e) => [e.name, e.responseEnd])`;

export async function benchSearch(browser: Browser, url: string, siteDir: string): Promise<SearchFigures> {
  const manifest = JSON.parse(readFileSync(join(siteDir, "data/manifest.json"), "utf8")) as {
    files: { search?: string[] };
  };
  const files = manifest.files.search ?? [];
  if (files.length === 0) throw new Error(`${siteDir} has no search index`);
  const gzipOf = new Map<string, number>();
  const gzip = (file: string) => {
    let size = gzipOf.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(join(siteDir, "data", file)), { level: 6 }).byteLength;
      gzipOf.set(file, size);
    }
    return size;
  };
  const sum = (names: Iterable<string>) => [...names].reduce((total, name) => total + gzip(name), 0);

  const cold: SearchFigures["cold"] = [];
  for (const query of SEARCH_QUERIES) {
    const { page, close } = await freshPage(browser, url);
    try {
      await page.evaluate(WATCH_FIRST_RESULT);
      await page.getByTestId("filter-input").click();
      await page.keyboard.type(query, { delay: TYPING_DELAY_MS });
      let watch = { t0: null as number | null, t1: null as number | null };
      for (let i = 0; i < 200 && watch.t1 === null; i++) {
        watch = (await page.evaluate("window.__firstResult")) as typeof watch;
        if (watch.t1 === null) await page.waitForTimeout(50);
      }
      await settle(page);
      const fetched = await searchFiles(page);
      const beforeResult = await searchFiles(page, watch.t1 ?? Number.POSITIVE_INFINITY);
      cold.push({
        query,
        firstResultMs: watch.t0 !== null && watch.t1 !== null ? watch.t1 - watch.t0 : null,
        beforeResultGzip: sum(beforeResult),
        fetchedGzip: sum(fetched),
        shardFiles: fetched.filter((f) => f !== files[0]).length,
      });
    } finally {
      await close();
    }
  }

  // The keystroke runs: every query on one page, each cleared before the next (the clearing is not a
  // keystroke and not timed). The page's first key loads the index and is the cold figure above.
  const { page, close } = await freshPage(browser, url);
  const keystrokeMs: number[] = [];
  const timed: { typed: string; ms: number }[] = [];
  let keystrokesUnchanged = 0;
  let first = true;
  try {
    const input = page.getByTestId("filter-input");
    await input.click();
    for (const query of SEARCH_QUERIES) {
      for (const [i, char] of [...query].entries()) {
        await page.evaluate(RESET_KEYS);
        await page.keyboard.type(char);
        if (first) {
          await settle(page);
          first = false;
          continue;
        }
        const key = await keyDone(page);
        if (key.t1 === null) keystrokesUnchanged++;
        else {
          keystrokeMs.push(key.t1 - key.t0);
          timed.push({ typed: [...query].slice(0, i + 1).join(""), ms: Math.round(key.t1 - key.t0) });
        }
      }
      await settle(page);
      await input.fill("");
      await settle(page);
    }
    const fetched = await searchFiles(page);
    return {
      queries: SEARCH_QUERIES,
      keystrokeMs,
      keystrokesUnchanged,
      slowest: [...timed].sort((a, b) => b.ms - a.ms).slice(0, 6),
      keys: timed,
      cold,
      bytes: {
        metaGzip: gzip(files[0]!),
        querySetGzip: sum(fetched),
        querySetShards: fetched.filter((f) => f !== files[0]).length,
        wholeGzip: sum(files),
        shards: files.length - 1,
      },
    };
  } finally {
    await close();
  }
}

/** A new context (empty HTTP cache) and page, with the app drawn and left to settle. */
async function freshPage(browser: Browser, url: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(probeScript(TIMELINE_DRAWN));
  await page.goto(url);
  await waitForDraw(page, 60_000);
  await page.waitForTimeout(500);
  return { page, close: () => context.close() };
}

/** The key just typed, once its changes have settled (see QUIET_MS). */
async function keyDone(page: Page): Promise<{ t0: number; t1: number | null }> {
  for (;;) {
    await page.waitForTimeout(50);
    const [key, now] = (await page.evaluate(`[${KEYS}[0], performance.now()]`)) as [
      { t0: number; t1: number | null } | undefined,
      number,
    ];
    if (!key) throw new Error("the keystroke was not seen by the page");
    if (key.t1 === null ? now - key.t0 > NO_CHANGE_MS : now - key.t1 > QUIET_MS || now - key.t0 > 5000)
      return key;
  }
}

/** Waits until no request is in flight and the count no longer says the index is loading. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  for (let i = 0; i < 100; i++) {
    const busy = (await page.evaluate(
      `Boolean(document.querySelector('[data-testid="search-loading"]')) || (document.querySelector('[data-testid="result-count"]')?.textContent ?? "").includes("updating")`,
    )) as boolean;
    if (!busy) break;
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(150);
}

/** The search files the page fetched (by `until`, page time), by file name (each once). */
async function searchFiles(page: Page, until = Number.POSITIVE_INFINITY): Promise<string[]> {
  const entries = (await page.evaluate(SEARCH_FILES)) as [string, number][];
  const urls = entries.filter(([, end]) => end <= until).map(([url]) => url);
  return [...new Set(urls.map((u) => decodeURIComponent(new URL(u).pathname.split("/").pop()!)))];
}
