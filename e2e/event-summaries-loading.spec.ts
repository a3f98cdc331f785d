import { expect, type Page, test } from "@playwright/test";
import { serveHeld } from "./fixtures/serve-held.ts";
import {
  corpus,
  drawn,
  fullFileOf,
  fullFiles,
  isFullFile,
  isSummaryFile,
  serveWindowFirst,
  sorted,
  spans,
} from "./fixtures/summaries-corpus.ts";

// The timeline draws from the summaries files (no mentions); an event's full events file is fetched
// when it is opened, and the lanes count every event from the manifest until the summaries are in.
const [from, to] = ["2018-03-01", "2018-03-31"];
const countText = (page: Page) => page.getByTestId("result-count");

test.describe("event summaries first, an event's mentions when it is opened", () => {
  test("opening events fetches their full files one at a time, each once", async ({ page }) => {
    const server = await serveHeld(page, corpus.files, () => false);
    await page.goto(`./?view=list&from=${from}&to=${to}`);
    await expect(countText(page)).toHaveText(/^10,000 events$/);
    await page.waitForLoadState("networkidle");
    expect(server.requested.filter(isFullFile)).toEqual([]);

    const [first, second] = sorted;
    const last = sorted.at(-1);
    if (
      !first ||
      !second ||
      !last ||
      fullFileOf(second) !== fullFileOf(first) ||
      fullFileOf(last) === fullFileOf(first)
    )
      throw new Error("the corpus lacks the events this test needs");
    const list = page.getByTestId("event-list");
    const detail = page.getByTestId("event-detail");
    await list.locator(`[data-event-id="${first.id}"] button`).click();
    // The heading from the summary, then the words from the full record.
    await expect(detail.getByRole("heading", { level: 2 })).toHaveText(first.title);
    await expect(detail.getByTestId("mention")).toHaveCount(first.mentions.length);
    await expect(detail.getByTestId("mention").first()).toContainText(first.mentions[0]?.quote ?? "?");
    await expect(detail).toContainText(`${first.articleIds.length} article`);
    expect(server.requested.filter(isFullFile)).toEqual([fullFileOf(first)]);

    // Another event of the same period: its file is in the cache already.
    await list.locator(`[data-event-id="${second.id}"] button`).click();
    await expect(detail.getByRole("heading", { level: 2 })).toHaveText(second.title);
    await expect(detail.getByTestId("mention")).toHaveCount(second.mentions.length);
    expect(server.requested.filter(isFullFile)).toEqual([fullFileOf(first)]);

    // The last event, of another period (End, then Enter in the list): its file, and only it, is added.
    await list.locator(`[data-event-id="${second.id}"] button`).press("End");
    await expect(list.locator(`[data-event-id="${last.id}"] button`)).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(detail.getByRole("heading", { level: 2 })).toHaveText(last.title);
    await expect(detail.getByTestId("mention")).toHaveCount(last.mentions.length);
    await page.waitForLoadState("networkidle");
    expect(server.requested.filter(isFullFile)).toEqual([fullFileOf(first), fullFileOf(last)]);
  });

  test("an event the pointer rests on has its full file fetched ahead, and opens without another fetch", async ({
    page,
  }) => {
    const server = await serveHeld(page, corpus.files, () => false);
    await page.goto(`./?view=list&from=${from}&to=${to}`);
    await expect(countText(page)).toHaveText(/^10,000 events$/);
    await page.waitForLoadState("networkidle");
    expect(server.requested.filter(isFullFile)).toEqual([]);

    const event = sorted[0];
    if (!event) throw new Error("the corpus has no events");
    const row = page.getByTestId("event-list").locator(`[data-event-id="${event.id}"] button`);
    await row.hover();
    await expect.poll(() => server.requested.filter(isFullFile)).toEqual([fullFileOf(event)]);
    await page.waitForLoadState("networkidle");
    await row.click();
    const detail = page.getByTestId("event-detail");
    await expect(detail.getByTestId("mention")).toHaveCount(event.mentions.length);
    // The click found the file in the cache: still the one request.
    expect(server.requested.filter(isFullFile)).toEqual([fullFileOf(event)]);
  });

  test("so does an event the pointer rests on in the timeline", async ({ page }) => {
    const server = await serveHeld(page, corpus.files, () => false);
    // Zoomed in on a few days, so that events stand alone rather than in clusters.
    const day = sorted.find((e) => e.start >= from)?.start ?? from;
    await page.goto(`./?from=${day}&to=${day}`);
    await expect(countText(page)).toHaveText(/^10,000 events$/);
    await page.waitForLoadState("networkidle");
    expect(server.requested.filter(isFullFile)).toEqual([]);
    const item = page.getByTestId("timeline").getByTestId("event-item").first();
    const id = await item.getAttribute("data-event-id");
    const event = sorted.find((e) => e.id === id);
    if (!event) throw new Error(`no event ${id} in the corpus`);
    await item.hover();
    await expect.poll(() => server.requested.filter(isFullFile)).toEqual([fullFileOf(event)]);
  });

  test("a failed full events file is named in the detail and retried, the timeline unharmed", async ({
    page,
  }) => {
    const event = sorted.find((e) => e.start >= from && e.start <= to);
    if (!event) throw new Error("no event in the window");
    let broken = true;
    await serveHeld(page, corpus.files, () => false);
    await page.route(`**/data/${fullFileOf(event)}`, (route) =>
      broken ? route.fulfill({ status: 500, body: "down" }) : route.fallback(),
    );
    await page.goto(`./?event=${encodeURIComponent(event.id)}&from=${from}&to=${to}`);
    const detail = page.getByTestId("event-detail");
    await expect(detail.getByRole("heading", { level: 2 })).toHaveText(event.title);
    const error = detail.getByTestId("error");
    await expect(error).toContainText(`${fullFileOf(event)}: HTTP 500`);
    await expect(page.getByTestId("timeline").getByTestId("event-item").first()).toBeVisible();
    broken = false;
    await error.getByRole("button", { name: "Try again" }).click();
    await expect(detail.getByTestId("mention")).toHaveCount(event.mentions.length);
    await expect(detail.getByTestId("error")).toHaveCount(0);
  });

  test("data built before summaries (schema 4.0) is drawn from its full events files", async ({ page }) => {
    const { eventSummaries: _, ...files } = corpus.manifest.files;
    const { sourceStarts: __, ...old } = corpus.manifest;
    const manifest = { ...old, schemaVersion: "4.0", files };
    const window = spans.filter((s) => s.end >= from && s.start <= to).map((s) => s.file);
    const server = await serveHeld(
      page,
      { ...corpus.files, "manifest.json": manifest },
      (name) => isFullFile(name) && !window.includes(name),
    );
    await page.goto(`./?from=${from}&to=${to}`);
    await expect(countText(page)).toHaveText(/^[\d,]+\+ events loading/);
    await expect(drawn(page)).toBeVisible();
    await server.release();
    await expect(countText(page)).toHaveText(/^10,000 events$/);
    expect(server.requested.filter(isSummaryFile)).toEqual([]);
    // Each full file once: opening an event reads its record from the files already loaded.
    const event = sorted[0];
    await page.getByRole("button", { name: "List" }).click();
    await page.getByTestId("event-list").locator(`[data-event-id="${event?.id}"] button`).click();
    await expect(page.getByTestId("event-detail").getByTestId("mention")).toHaveCount(
      event?.mentions.length ?? -1,
    );
    expect(server.requested.filter(isFullFile)).toHaveLength(fullFiles.length);
  });
});

test.describe("zoomed out while the summaries are still loading", () => {
  /** What the timeline shows in all: each cluster's count, and 1 per event drawn on its own. */
  const shownTotal = (page: Page) =>
    page
      .getByTestId("timeline")
      .locator('[data-testid="cluster"], [data-testid="event-item"]')
      .evaluateAll((items) => items.reduce((n, el) => n + Number(el.getAttribute("data-count") ?? 1), 0));

  for (const lanes of ["outlets", "single"] as const) {
    test(`${lanes === "outlets" ? "every outlet's lane" : "the single lane"} counts every event from the first draw`, async ({
      page,
    }) => {
      // An event is counted once in each of its outlets' lanes, or once in the single lane.
      const expected = corpus.events.reduce(
        (n, e) => n + (lanes === "outlets" ? new Set(e.sourceIds).size : 1),
        0,
      );
      const { server, window } = await serveWindowFirst(page, from, to);
      await page.goto(`./?from=${from}&to=${to}${lanes === "single" ? "&lanes=single" : ""}`);
      await expect(drawn(page)).toBeVisible();
      await page.getByRole("button", { name: "Fit all" }).click();
      // Most files are still held back, and yet every lane's counts are the whole corpus's.
      await expect(countText(page)).toHaveText(/^[\d,]+\+ events loading/);
      await expect.poll(() => shownTotal(page)).toBe(expected);
      if (lanes === "outlets") await expect(page.getByTestId("lane")).toHaveCount(8);
      expect(server.requested.filter((n) => isSummaryFile(n) && !window.includes(n)).length).toBeGreaterThan(
        0,
      );

      await server.release();
      await expect(countText(page)).toHaveText(/^10,000 events$/);
      await expect.poll(() => shownTotal(page)).toBe(expected);
    });
  }
});
