import { expect, test } from "@playwright/test";
import { loadSeedData } from "./fixtures/seed-data.ts";

test("a link opens its event, and Back and Forward step through selections", async ({ page, request }) => {
  const { events } = await loadSeedData(request);
  const [a, b] = events;
  expect(!a || !b, "needs two events").toBe(false);
  if (!a || !b) return;
  const title = page.getByTestId("event-detail").getByRole("heading", { level: 2 });
  await page.goto(`./?view=list&event=${encodeURIComponent(a.id)}`);
  await expect(title).toHaveText(a.title);
  await page.getByTestId("event-list").locator(`[data-event-id="${b.id}"] button`).click();
  await expect(title).toHaveText(b.title);
  await page.goBack();
  await expect(title).toHaveText(a.title);
  await page.goForward();
  await expect(title).toHaveText(b.title);
});

test("panning replaces the window in the URL instead of adding history", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByTestId("timeline").getByTestId("event-item").first()).toBeVisible();
  const before = await page.evaluate(() => history.length);
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test("a link to an event that does not exist says so", async ({ page }) => {
  await page.goto("./?event=no-such-event");
  await expect(page.getByTestId("error")).toContainText("no-such-event");
  await expect(page.getByTestId("timeline")).toBeVisible();
});
