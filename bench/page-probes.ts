// Scripts the bench runs inside the page, as JavaScript source: the bench compiles with Node's
// types only (tsconfig.node.json), so browser code stays in strings rather than pulling DOM types
// into the pipeline's program. Times are `performance.now()` milliseconds since navigation.
import type { Page } from "@playwright/test";

/**
 * Installed before the page's own scripts: `window.__bench` notes the frame in which the first
 * element matching `drawnSelector` appears, the frame in which the result count is first final
 * (every events file loaded: no `count-loading` part), long tasks, and for the filter each
 * keystroke and the frame after the last change it caused to the timeline or the result count.
 */
export function probeScript(drawnSelector: string): string {
  return `(() => {
  const bench = { drawn: null, loaded: null, longTasks: [], keys: [], frames: [], recording: false };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {}
  const watched = (node) => {
    const el = node instanceof Element ? node : node && node.parentElement;
    return Boolean(el && el.closest('[data-testid="timeline"], [data-testid="result-count"]'));
  };
  new MutationObserver((mutations) => {
    if (bench.drawn === null && document.querySelector(${JSON.stringify(drawnSelector)})) {
      bench.drawn = -1;
      requestAnimationFrame(() => { bench.drawn = performance.now(); });
    }
    if (bench.loaded === null && document.querySelector('[data-testid="result-count"]')
        && !document.querySelector('[data-testid="count-loading"]')) {
      bench.loaded = -1;
      requestAnimationFrame(() => { bench.loaded = performance.now(); });
    }
    const key = bench.keys[bench.keys.length - 1];
    if (key && mutations.some((m) => watched(m.target))) {
      requestAnimationFrame(() => { key.t1 = performance.now(); });
    }
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  // A key, or text typed without one (Playwright types "ŏ" as text input alone, as an IME would).
  let keyDown = false;
  document.addEventListener("keydown", () => { keyDown = true; bench.keys.push({ t0: performance.now(), t1: null }); }, { capture: true });
  document.addEventListener("keyup", () => { keyDown = false; }, { capture: true });
  document.addEventListener("beforeinput", () => { if (!keyDown) bench.keys.push({ t0: performance.now(), t1: null }); }, { capture: true });
})();`;
}

/**
 * The first draw's time, polled: `waitForFunction` evaluates its string with `eval`, which the
 * app's strict CSP forbids, while `evaluate` goes through the DevTools protocol. The time itself is
 * taken in the page, so the polling interval does not enter the figure.
 */
export async function waitForDraw(page: Page, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const drawn = (await page.evaluate("window.__bench && window.__bench.drawn")) as number | null;
    if (drawn !== null && drawn > 0) return drawn;
    await page.waitForTimeout(25);
  }
  throw new Error(`nothing drawn within ${timeoutMs / 1000} s`);
}

/** The time every events file had loaded (the count final), polled like `waitForDraw`. */
export async function waitForAllLoaded(page: Page, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const loaded = (await page.evaluate("window.__bench && window.__bench.loaded")) as number | null;
    if (loaded !== null && loaded > 0) return loaded;
    await page.waitForTimeout(25);
  }
  throw new Error(`events not all loaded within ${timeoutMs / 1000} s`);
}

/** Expression: starts recording frame-to-frame times. */
export const START_FRAMES = `(() => {
  const bench = window.__bench;
  bench.frames = [];
  bench.recording = true;
  let last = performance.now();
  const tick = (now) => {
    if (!bench.recording) return;
    bench.frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/** Expression: stops recording; the frames and the long tasks that started after `from`. */
export const stopFrames = (from: number) => `(() => {
  window.__bench.recording = false;
  return { frames: window.__bench.frames, longTasks: window.__bench.longTasks.filter((t) => t.start >= ${from}) };
})()`;

/** Expression: the id of the n-th visible event item (every third, to spread the picks). */
export const pickEvent = (n: number) => `(() => {
  const items = [...document.querySelectorAll('[data-testid="event-item"][data-event-id]')]
    .filter((el) => el.getBoundingClientRect().width > 0);
  const item = items[(${n} * 3) % Math.max(1, items.length)];
  return item ? item.dataset.eventId : null;
})()`;

/**
 * Expression: clicks the event's item and resolves with the ms from the click to the frame after
 * the detail panel shows that event with its words: the heading comes from the summary at once,
 * the mentions from the event's full events file, fetched on the click unless already loaded.
 */
export const timeSelection = (eventId: string) => `(() => {
  const id = ${JSON.stringify(eventId)};
  const item = document.querySelector('[data-testid="event-item"][data-event-id="' + CSS.escape(id) + '"]');
  if (!item) throw new Error("no item for " + id);
  const detailText = () => document.querySelector('[data-testid="event-detail"]')?.textContent ?? null;
  const words = () => document.querySelector('[data-testid="event-detail"] [data-testid="mention"]') !== null;
  const before = detailText();
  const t0 = performance.now();
  (item.querySelector("button") || item).click();
  return new Promise((resolve, reject) => {
    const check = () => {
      const text = detailText();
      if (text !== null && text !== before && words() && new URLSearchParams(location.search).get("event") === id) {
        requestAnimationFrame(() => resolve(performance.now() - t0));
      } else if (performance.now() - t0 > 5000) reject(new Error("detail not shown within 5 s"));
      else requestAnimationFrame(check);
    };
    check();
  });
})()`;

/** Expression: resets the keystroke log. */
export const RESET_KEYS = "window.__bench.keys = []";
/** Expression: the keystroke log. */
export const KEYS = "window.__bench.keys";

/** Expression: URLs of the document and every resource whose response ended by time `t`. */
export const resourcesBy = (t: number) => `[location.href, ...performance.getEntriesByType("resource")
  .filter((e) => e.responseEnd <= ${t}).map((e) => e.name)]`;

export const NOW = "performance.now()";
