import { type Page, test } from "@playwright/test";
import { expect } from "./fixtures/ready-expect.ts";
import { serveHeld } from "./fixtures/serve-held.ts";
import {
  corpus,
  drawn,
  summariesOverlapping as filesOverlapping,
  fullFiles,
  isFullFile,
  isSummaryFile,
  serveWindowFirst,
  sorted,
  spans,
  summaryFiles,
  summaryOf,
} from "./fixtures/summaries-corpus.ts";

// Waits of up to 20 s for ten thousand events (see ready-expect.ts).
test.describe.configure({ timeout: 60_000 });

function shift(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}
const eventsIn = (files: string[]) =>
  spans.filter((s) => files.includes(summaryOf(s.file))).reduce((n, s) => n + s.count, 0);

test.describe("a large corpus loads its opening window first", () => {
  test.beforeAll(() => {
    // The generator cuts the events as the pipeline does; a window of a month needs a few files.
    expect(fullFiles.length).toBeGreaterThan(30);
    expect(spans.map((s) => s.file)).toEqual(fullFiles);
    expect(summaryFiles).toHaveLength(fullFiles.length);
  });

  test("the first draw needs only the summaries of the linked window; the count says more are coming", async ({
    page,
  }) => {
    const [from, to] = ["2018-03-01", "2018-03-31"];
    const { server, window } = await serveWindowFirst(page, from, to);
    expect(window.length).toBeGreaterThan(0);
    expect(window.length).toBeLessThan(5);
    await page.goto(`./?from=${from}&to=${to}`);

    // Drawn while every other events file is held back.
    await expect(drawn(page)).toBeVisible();
    const count = page.getByTestId("result-count");
    await expect(count).toHaveText(new RegExp(`^${eventsIn(window).toLocaleString("en")}\\+ events loading`));
    expect(new Set(server.requested.filter((n) => window.includes(n)))).toEqual(new Set(window));

    // The rest was asked for after the draw; once it arrives the count is final.
    await server.release();
    await expect(count).toHaveText(/^10,000 events$/);
    expect(new Set(server.requested.filter(isSummaryFile))).toEqual(new Set(summaryFiles));
    // Each file once: the ones the first draw loaded were not fetched again.
    expect(server.requested.filter(isSummaryFile)).toHaveLength(summaryFiles.length);
    // Not one full events file (mentions and all): no event was opened.
    await page.waitForLoadState("networkidle");
    expect(server.requested.filter(isFullFile)).toEqual([]);
  });

  test("without a window in the link, the page opens on recent events without the older files", async ({
    page,
  }) => {
    const lastDay = spans.reduce((last, s) => (s.end > last ? s.end : last), "");
    // The opening window is a stretch of the corpus's last year: files ending well before are not needed.
    const old = spans.filter((s) => s.end < shift(lastDay, -460)).map((s) => summaryOf(s.file));
    expect(old.length).toBeGreaterThan(summaryFiles.length / 3);
    const server = await serveHeld(page, corpus.files, (name) => old.includes(name));
    await page.goto("./");
    await expect(drawn(page)).toBeVisible();
    await expect(page.getByTestId("result-count")).toHaveText(/^[\d,]+\+ events loading/);
    await server.release();
    await expect(page.getByTestId("result-count")).toHaveText(/^10,000 events$/);
    await page.waitForLoadState("networkidle");
    expect(server.requested.filter(isFullFile)).toEqual([]);
  });

  test("a link to an event in another year loads that event's file first, found through the id table", async ({
    page,
  }) => {
    const event = sorted.find((e) => e.start >= "2017-02-10" && !e.end);
    if (!event) throw new Error("no event in February 2017");
    const around = filesOverlapping(shift(event.start, -100), shift(event.start, 100));
    const server = await serveHeld(
      page,
      corpus.files,
      (name) => isSummaryFile(name) && !around.includes(name),
    );
    await page.goto(`./?event=${encodeURIComponent(event.id)}`);

    const detail = page.getByTestId("event-detail");
    await expect(detail.getByRole("heading", { level: 2 })).toHaveText(event.title);
    await expect(page.getByTestId("timeline").locator(`[data-event-id="${event.id}"]`).first()).toBeVisible();
    await expect(page.getByTestId("result-count")).toHaveText(/^[\d,]+\+ events loading/);
    // Its words, from its full events file: the only full file fetched.
    await expect(detail.getByTestId("mention").first()).toContainText(event.mentions[0]?.quote ?? "?");
    await expect(detail.getByTestId("mention")).toHaveCount(event.mentions.length);
    const ownFile = fullFiles.find((f) =>
      (corpus.files[f] as { id: string }[]).some((e) => e.id === event.id),
    );
    expect(server.requested.filter(isFullFile)).toEqual([ownFile]);
    // One shard of the id → file table was read, not every events file.
    expect(server.requested.filter((n) => n.startsWith("event-ids-"))).toHaveLength(1);

    await server.release();
    await expect(page.getByTestId("result-count")).toHaveText(/^10,000 events$/);
    await expect(detail.getByRole("heading", { level: 2 })).toHaveText(event.title);
    expect(new URL(page.url()).searchParams.get("event")).toBe(event.id);
    await page.waitForLoadState("networkidle");
    expect(server.requested.filter(isFullFile)).toEqual([ownFile]);
  });

  /** The list view on June 2019, every events file but that window's held back until released. */
  async function openJuneListHoldingTheRest(page: Page) {
    const [from, to] = ["2019-06-01", "2019-06-30"];
    const { server, window } = await serveWindowFirst(page, from, to);
    await page.goto(`./?view=list&from=${from}&to=${to}`);
    return { server, window, list: page.getByTestId("event-list") };
  }

  test("the list shows what has loaded, says so, and is whole once the rest arrives", async ({ page }) => {
    const { server, window, list } = await openJuneListHoldingTheRest(page);
    await expect(list).toHaveAttribute(
      "aria-label",
      `Events in date order, ${eventsIn(window).toLocaleString("en")} loaded so far`,
    );
    await expect(list.getByTestId("event-item").first()).toHaveAttribute("aria-setsize", "-1");

    await server.release();
    await expect(list).toHaveAttribute("aria-label", "Events in date order, 10,000 in all");
    await expect(list.getByTestId("event-item").first()).toHaveAttribute(
      "data-event-id",
      sorted[0]?.id ?? "",
    );
    await expect(list.getByTestId("event-item").first()).toHaveAttribute("aria-setsize", "10000");
  });

  test("a reader scrolled into the list keeps their place while earlier events arrive above", async ({
    page,
  }) => {
    const { server, list } = await openJuneListHoldingTheRest(page);
    await expect(list).toHaveAttribute("aria-label", /loaded so far/);
    /** The event of the first row whose bottom is below the top of the scrolling box. */
    const topRow = () =>
      list.evaluate((ol) => {
        const top = (ol.parentElement as HTMLElement).getBoundingClientRect().top;
        const rows = [...ol.querySelectorAll('[data-testid="event-item"]')];
        return rows.find((r) => r.getBoundingClientRect().bottom > top + 1)?.getAttribute("data-event-id");
      });
    await list.evaluate(async (ol) => {
      (ol.parentElement as HTMLElement).scrollTop = 20 * 76;
      // The scroll event is handled before the second frame.
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    });
    const before = await topRow();
    expect(before).toBeTruthy();

    await server.release();
    await expect(list).toHaveAttribute("aria-label", "Events in date order, 10,000 in all");
    expect(await topRow()).toBe(before);
  });

  test("a link to an event that does not exist says so without waiting for every file", async ({ page }) => {
    const [from, to] = ["2018-03-01", "2018-03-31"];
    const { server } = await serveWindowFirst(page, from, to);
    await page.goto(`./?event=no-such-event&from=${from}&to=${to}`);
    await expect(page.getByTestId("error").filter({ hasText: "no-such-event" })).toBeVisible();
    await expect(page.getByTestId("result-count")).toHaveText(/^[\d,]+\+ events loading/);
    await server.release();
    await expect(page.getByTestId("result-count")).toHaveText(/^10,000 events$/);
    await expect(page.getByTestId("error").filter({ hasText: "no-such-event" })).toBeVisible();
  });
});
