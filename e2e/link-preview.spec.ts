import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

const dist = join(import.meta.dirname, "../dist");

test("an event's link-preview page carries its title in og:title and redirects to the deep link", async ({
  page,
  request,
}) => {
  const manifest = JSON.parse(readFileSync(join(dist, "data/manifest.json"), "utf8"));
  const events = manifest.files.events.flatMap((f: string) =>
    JSON.parse(readFileSync(join(dist, "data", f), "utf8")),
  );
  const event = events[0];
  expect(readdirSync(join(dist, "e"))).toContain(`${event.id}.html`);

  // What an unfurling bot sees: the raw HTML, no script run.
  const html = await (await request.get(`e/${event.id}.html`)).text();
  const ogTitle = /<meta property="og:title" content="([^"]*)">/.exec(html)?.[1];
  expect(ogTitle).toBe(
    event.title
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&#39;"),
  );

  // What a person sees: the app, at the event's deep link.
  await page.goto(`e/${event.id}.html`);
  await page.waitForURL((url) => url.searchParams.get("event") === event.id);
  expect(new URL(page.url()).pathname).toBe("/");
});
