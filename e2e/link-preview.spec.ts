import { expect, test } from "@playwright/test";
import { loadSeedData } from "./fixtures/seed-data.ts";

test("every event has a link-preview page with its title in og:title that redirects to the deep link", async ({
  page,
  request,
}) => {
  const { events } = await loadSeedData(request);
  expect(events.length).toBeGreaterThan(0);
  for (const event of events) {
    // What an unfurling bot sees: the raw HTML, no script run.
    const response = await request.get(`e/${event.id}.html`);
    expect(response.ok()).toBe(true);
    const html = await response.text();
    const ogTitle = /<meta property="og:title" content="([^"]*)">/.exec(html)?.[1] ?? "";
    const decoded = ogTitle
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
    expect(decoded).toBe(event.title);
  }

  // What a person sees: the app, at the event's deep link.
  const event = events[0]!;
  await page.goto(`e/${event.id}.html`);
  await page.waitForURL((url) => url.searchParams.get("event") === event.id);
  expect(new URL(page.url()).pathname).toBe("/");
  await expect(page.getByTestId("event-detail")).toContainText(event.title);
});
