import { type Locator, type Page, test } from "@playwright/test";
import { generateCorpus } from "./fixtures/generate-corpus.ts";
import { expect } from "./fixtures/ready-expect.ts";
import { sortEvents } from "./fixtures/seed-data.ts";
import { serveData } from "./fixtures/serve-data.ts";

// Waits of up to 20 s for ten thousand events (see ready-expect.ts).
test.describe.configure({ timeout: 60_000 });

const corpus = generateCorpus(10_000, 7);
const sorted = sortEvents(corpus.events);

/** Clicks a cluster wholly on screen: items just outside the window are drawn too, clipped. */
async function clickOnScreenCluster(page: Page, timeline: Locator): Promise<void> {
  const point = await timeline.evaluate((root) => {
    const panel = root.querySelector(".vis-panel.vis-center")?.getBoundingClientRect();
    if (!panel) return null;
    for (const el of root.querySelectorAll('[data-testid="cluster"]')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.left >= panel.left && r.right <= panel.right && r.bottom <= window.innerHeight) {
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
    return null;
  });
  if (!point) throw new Error("no cluster on screen");
  await page.mouse.click(point.x, point.y);
}

test.describe("a corpus of 10,000 events", () => {
  test.beforeEach(async ({ page }) => serveData(page, corpus.files));

  test("the timeline draws, clusters dense periods and opens a cluster on click", async ({ page }) => {
    await page.goto("./");
    await expect(page.getByTestId("result-count")).toHaveText(/^10,000 events/);
    const timeline = page.getByTestId("timeline");
    const clusters = timeline.getByTestId("cluster");
    await expect(clusters.first()).toBeVisible();
    // Only what is in and near the window is handed to vis-timeline, never all 10,000 events.
    const drawn = await timeline.locator(".vis-item").count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(1_000);

    await page.getByRole("button", { name: "Fit all" }).click();
    await expect(async () => {
      const counts = await clusters.evaluateAll((els) =>
        els.map((el) => Number(el.getAttribute("data-count"))),
      );
      const single = await timeline.getByTestId("event-item").count();
      // Zoomed out to the whole corpus, clusters account for (nearly) every event.
      expect(counts.reduce((a, b) => a + b, 0) + single).toBeGreaterThan(9_000);
    }).toPass();

    // Clicking a cluster zooms to its period, where it splits into smaller clusters, and at last into
    // the events themselves.
    let window = new URL(page.url()).search;
    for (let click = 0; click < 8 && (await timeline.getByTestId("event-item").count()) === 0; click++) {
      await clickOnScreenCluster(page, timeline);
      await expect.poll(() => new URL(page.url()).search).not.toBe(window);
      window = new URL(page.url()).search;
    }
    await expect(timeline.getByTestId("event-item").first()).toBeVisible();
  });

  test("the list scrolls to the last event", async ({ page }) => {
    await page.goto("./?view=list");
    const list = page.getByTestId("event-list");
    // The opening window's files come first; the list is whole once the count is final.
    await expect(page.getByTestId("result-count")).toHaveText(/^10,000 events$/);
    await expect(list.getByTestId("event-item").first()).toHaveAttribute(
      "data-event-id",
      sorted[0]?.id ?? "",
    );
    const last = sorted.at(-1);
    if (!last) throw new Error("no events");
    // Only the rows in view exist in the DOM.
    expect(await list.getByTestId("event-item").count()).toBeLessThan(100);
    await list.evaluate((el) => {
      const scroller = el.parentElement;
      if (scroller) scroller.scrollTop = scroller.scrollHeight;
    });
    const row = list.locator(`[data-event-id="${last.id}"]`);
    await expect(row).toBeInViewport();
    await expect(row).toHaveAttribute("aria-posinset", "10000");
    // The keyboard gets there too: Home, then End.
    await row.getByRole("button").focus();
    await page.keyboard.press("Home");
    await expect(list.locator(`[data-event-id="${sorted[0]?.id}"] button`)).toBeFocused();
    await page.keyboard.press("End");
    await expect(row.getByRole("button")).toBeFocused();
  });
});
