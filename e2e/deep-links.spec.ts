import { expect, type Page, test } from "@playwright/test";
import type { Event } from "./fixtures/data-types.ts";
import { loadSeedData } from "./fixtures/seed-data.ts";

const detailTitle = (page: Page) => page.getByTestId("event-detail").getByRole("heading", { level: 2 });
const outletChip = (page: Page, name: string) =>
  page.getByRole("group", { name: "Outlets shown" }).getByRole("button", { name, exact: true });

/** A day `n` days from an ISO day, as the URL writes it. */
function shift(day: string, n: number): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** The longest word of a title: something the full-text filter will find in that event. */
const wordOf = (event: Event) =>
  [...event.title.matchAll(/\p{L}{4,}/gu)].map((m) => m[0]).sort((a, b) => b.length - a.length)[0] ?? "";

test("a deep link restores the event, the filter, the outlets and the window", async ({ page, request }) => {
  const { events, manifest } = await loadSeedData(request);
  const sources = (await (await request.get(`data/${manifest.files.sources}`)).json()) as {
    id: string;
    name: string;
  }[];
  const event = events.find((e) => e.sourceIds.length > 0);
  expect(!event || sources.length < 2, "needs an event and two outlets").toBe(false);
  if (!event) return;
  const outlet = sources.find((s) => s.id === event.sourceIds[0]);
  const other = sources.find((s) => s.id !== outlet?.id);
  if (!outlet || !other) return;
  const from = shift(event.start, -20);
  const to = shift(event.start, 20);
  const q = wordOf(event);
  const link = `./?event=${encodeURIComponent(event.id)}&q=${encodeURIComponent(q)}&sources=${outlet.id}&from=${from}&to=${to}`;
  await page.goto(link);

  await expect(detailTitle(page)).toHaveText(event.title);
  // Selected and in view in the timeline.
  const item = page.getByTestId("timeline").locator(`[data-event-id="${event.id}"]`).first();
  await expect(item).toBeVisible();
  await expect(
    page.getByTestId("timeline").locator(`.is-selected [data-event-id="${event.id}"]`),
  ).toHaveCount(1);
  // Outlets: only the linked one is on.
  await expect(outletChip(page, outlet.name)).toHaveAttribute("aria-pressed", "true");
  await expect(outletChip(page, other.name)).toHaveAttribute("aria-pressed", "false");
  // The filter: the text is in the box.
  await expect(page.getByTestId("filter-input")).toHaveValue(q);
  // The window stays as linked once the timeline has settled, and nothing reported a problem.
  await page.waitForTimeout(500);
  const url = new URL(page.url());
  expect([url.searchParams.get("from"), url.searchParams.get("to")]).toEqual([from, to]);
  expect(url.searchParams.get("event")).toBe(event.id);
  await expect(page.getByTestId("error")).toHaveCount(0);
});

test("a linked event outside the linked window is still brought into view", async ({ page, request }) => {
  const { events } = await loadSeedData(request);
  const event = events[0];
  expect(!event, "needs an event").toBe(false);
  if (!event) return;
  await page.goto(
    `./?event=${encodeURIComponent(event.id)}&from=${shift(event.start, 400)}&to=${shift(event.start, 430)}`,
  );
  await expect(detailTitle(page)).toHaveText(event.title);
  await expect(page.getByTestId("timeline").locator(`[data-event-id="${event.id}"]`).first()).toBeVisible();
  // The URL follows: the window moved to the event, at the linked width.
  await expect(page).not.toHaveURL(new RegExp(`from=${shift(event.start, 400)}`));
});

test("selections push history, panning replaces it; Back and Forward walk the selections", async ({
  page,
  request,
}) => {
  const { events } = await loadSeedData(request);
  const [a, b] = events;
  expect(!a || !b, "needs two events").toBe(false);
  if (!a || !b) return;
  await page.goto(`./?event=${encodeURIComponent(a.id)}`);
  await expect(detailTitle(page)).toHaveText(a.title);
  const start = await page.evaluate(() => history.length);

  await page.getByTestId("timeline").locator(`[data-event-id="${b.id}"]`).first().click();
  await expect(detailTitle(page)).toHaveText(b.title);
  await expect(page).toHaveURL(new RegExp(`event=${b.id}`));
  expect(await page.evaluate(() => history.length)).toBe(start + 1);

  await page.getByRole("button", { name: "Zoom out" }).click();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}/);
  expect(await page.evaluate(() => history.length)).toBe(start + 1);

  await page.goBack();
  await expect(detailTitle(page)).toHaveText(a.title);
  await expect(page).toHaveURL(new RegExp(`event=${a.id}`));
  await page.goForward();
  await expect(detailTitle(page)).toHaveText(b.title);
  await expect(page.getByTestId("timeline").locator(`[data-event-id="${b.id}"]`).first()).toBeVisible();
});

test("a bad event id, a malformed date and an unknown outlet are reported; the rest of the link applies", async ({
  page,
  request,
}) => {
  const { events, manifest } = await loadSeedData(request);
  const sources = (await (await request.get(`data/${manifest.files.sources}`)).json()) as {
    id: string;
    name: string;
  }[];
  const [outlet, other] = sources;
  expect(!outlet || !other, "needs two outlets").toBe(false);
  if (!outlet || !other) return;
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(
    `./?event=no-such-event&from=2018-13-45&to=2018-07-31&sources=${outlet.id},no-such-outlet&view=list`,
  );

  const messages = page.getByTestId("error");
  await expect(messages.filter({ hasText: "no-such-event" })).toBeVisible();
  await expect(messages.filter({ hasText: "2018-13-45" })).toBeVisible();
  await expect(messages.filter({ hasText: "no-such-outlet" })).toBeVisible();
  // The rest applies: the list view, the known outlet only.
  await expect(page.getByTestId("event-list")).toBeVisible();
  await expect(outletChip(page, outlet.name)).toHaveAttribute("aria-pressed", "true");
  await expect(outletChip(page, other.name)).toHaveAttribute("aria-pressed", "false");
  const shown = events.filter((e) => e.sourceIds.includes(outlet.id)).length;
  await expect(page.getByTestId("result-count")).toHaveText(new RegExp(`^${shown}\\b`));
  // And the app still works: an event can be opened.
  await page.getByTestId("event-list").getByTestId("event-item").first().locator("button").first().click();
  await expect(page.getByTestId("event-detail")).toBeVisible();
  expect(errors).toEqual([]);
});

test("Copy link copies the event's and the view's address, and the copied link restores them", async ({
  page,
  context,
  request,
}) => {
  const { events } = await loadSeedData(request);
  const event = events.at(-1);
  expect(!event, "needs an event").toBe(false);
  if (!event) return;
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("./?view=list");
  await page.getByTestId("event-list").locator(`[data-event-id="${event.id}"] button`).first().click();
  await expect(detailTitle(page)).toHaveText(event.title);

  await page.getByTestId("event-detail").getByTestId("copy-link").click();
  await expect(page.getByTestId("event-detail").getByText("Link copied")).toBeVisible();
  const eventLink = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(eventLink).searchParams.get("event")).toBe(event.id);
  expect(new URL(eventLink).searchParams.get("view")).toBe("list");

  await page.getByRole("banner").getByTestId("copy-link").click();
  await expect(page.getByRole("banner").getByText("Link copied")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

  const other = await context.newPage();
  await other.goto(eventLink);
  await expect(detailTitle(other)).toHaveText(event.title);
  await expect(other.getByTestId("event-list")).toBeVisible();
});
