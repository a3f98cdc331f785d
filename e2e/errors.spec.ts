import { expect, test } from "@playwright/test";
import { SCHEMA_VERSION } from "../src/schema/version.ts";

test("a broken data file shows an error with a retry that recovers", async ({ page }) => {
  let broken = true;
  // The events summaries the timeline draws from are served truncated until the test repairs them.
  await page.route("**/data/event-summaries-*.json", async (route) => {
    if (!broken) return route.continue();
    await route.fulfill({ status: 200, contentType: "application/json", body: '[{"id": "ev-1", "title": ' });
  });
  await page.goto("./");
  const error = page.getByTestId("error");
  await expect(error).toBeVisible();
  await expect(error).toContainText("not valid JSON");
  await expect(page.getByTestId("timeline")).toHaveCount(0);
  broken = false;
  await error.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByTestId("error")).toHaveCount(0);
  await expect(page.getByTestId("timeline").getByTestId("event-item").first()).toBeVisible();
});

test("a missing data file names the file", async ({ page }) => {
  await page.route("**/data/sources.*.json", (route) => route.fulfill({ status: 404, body: "gone" }));
  await page.goto("./");
  await expect(page.getByTestId("error")).toContainText(/sources\..*HTTP 404/);
});

test("an empty corpus says how to add articles", async ({ page }) => {
  await page.route("**/data/*", async (route) => {
    const name = new URL(route.request().url()).pathname.split("/").pop() ?? "";
    const files: Record<string, unknown> = {
      "manifest.json": {
        schemaVersion: SCHEMA_VERSION,
        articleCount: 0,
        eventCount: 0,
        sourceCount: 0,
        range: null,
        files: { articles: [], events: [], sources: "sources-empty.json", report: "report-empty.json" },
      },
      "sources-empty.json": [],
    };
    await route.fulfill({
      status: 200,
      contentType: "application/json",
      body: JSON.stringify(files[name] ?? null),
    });
  });
  await page.goto("./");
  await expect(page.getByText("Put article files in data/articles/ and run npm start.")).toBeVisible();
});
