import { expect, type Locator, type Page, test } from "@playwright/test";
import { loadSeedData } from "./fixtures/seed-data.ts";

/** Whether an item on the timeline sits within the vertical band of an outlet's lane label. */
async function inLane(item: Locator, lane: Locator): Promise<boolean> {
  const [a, b] = [await item.boundingBox(), await lane.boundingBox()];
  if (!a || !b) return false;
  const middle = a.y + a.height / 2;
  return middle >= b.y && middle <= b.y + b.height;
}

const timelineItems = (page: Page) => page.getByTestId("timeline").getByTestId("event-item");

test("the timeline shows every seed event in its outlets' lanes", async ({ page, request }) => {
  const { events } = await loadSeedData(request);
  await page.goto("./");
  const timeline = page.getByTestId("timeline");
  await expect(timeline).toBeVisible();
  await expect(page.getByTestId("result-count")).toHaveText(new RegExp(`^${events.length} event`));
  const outlets = [...new Set(events.flatMap((e) => e.sourceIds))];
  for (const outlet of outlets) {
    const lane = timeline.locator(`[data-testid="lane"][data-lane-id="${outlet}"]`);
    await expect(lane).toBeVisible();
    // Each of the outlet's events is drawn in its lane, or counted in one of its lane's clusters.
    const own = events.filter((e) => e.sourceIds.includes(outlet));
    let accounted = 0;
    const laneLabel = lane.locator("xpath=ancestor::div[contains(concat(' ', @class, ' '), ' vis-label ')]");
    for (const event of own) {
      const drawn = timeline.locator(`[data-testid="event-item"][data-event-id="${event.id}"]`);
      for (const item of await drawn.all()) if (await inLane(item, laneLabel)) accounted++;
    }
    for (const cluster of await timeline.getByTestId("cluster").all()) {
      if (await inLane(cluster, laneLabel)) accounted += Number(await cluster.getAttribute("data-count"));
    }
    expect(accounted, `events of ${outlet}`).toBe(own.length);
  }
});

test("clicking an event opens its detail with the outlets' quotes", async ({ page, request }) => {
  const { events } = await loadSeedData(request);
  await page.goto("./");
  const item = timelineItems(page).first();
  const id = await item.getAttribute("data-event-id");
  const event = events.find((e) => e.id === id);
  if (!event) throw new Error(`the timeline shows an event not in the data: ${id}`);
  await item.click();
  const detail = page.getByTestId("event-detail");
  await expect(detail.getByRole("heading", { level: 2 })).toHaveText(event.title);
  await expect(page).toHaveURL(new RegExp(`[?&]event=${event.id}`));
  const mentions = detail.getByTestId("mention");
  await expect(mentions).toHaveCount(event.mentions.length);
  const first = event.mentions[0];
  if (first) await expect(mentions.first().locator("blockquote")).toContainText(first.quote.slice(0, 60));
  await page.keyboard.press("Escape");
  await expect(detail).toHaveCount(0);
});

test("the detail lists those taking part apart from where it happened", async ({ page, request }) => {
  const { events } = await loadSeedData(request);
  const event = events.find((e) => (e.entityIds ?? []).length > 0);
  if (!event) throw new Error("no seed event has participants");
  // The seeds name no place: one is given to the event as the pipeline gives places.
  const place = { id: "place-panmunjom", name: "Panmunjom", kind: "place", mentionCount: 1 };
  await page.route(/\/data\/events-[^/]+\.json(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const list = (await response.json()) as { id: string; entityIds?: string[]; entityCounts?: number[] }[];
    // Named by every report of the event, as where it happened is.
    const json = list.map((e) =>
      e.id === event.id
        ? {
            ...e,
            entityIds: [...(e.entityIds ?? []), place.id],
            entityCounts: [...(e.entityCounts ?? []), event.mentions.length],
          }
        : e,
    );
    await route.fulfill({ response, json });
  });
  await page.route(/\/data\/entities\.[^/]+\.json(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: [...((await response.json()) as unknown[]), place] });
  });
  await page.goto(`./?event=${encodeURIComponent(event.id)}`);
  const detail = page.getByTestId("event-detail");
  await expect(detail.getByRole("region", { name: "Where" })).toHaveText("Where: Panmunjom");
  const taking = detail.getByRole("region", { name: "Taking part" });
  await expect(taking).toBeVisible();
  await expect(taking).not.toContainText("Panmunjom");
});

test("arrow keys walk the events in date order, Enter opens one, Escape closes it", async ({
  page,
  request,
}) => {
  const { events } = await loadSeedData(request);
  expect(events.length < 2, "needs two events").toBe(false);
  await page.goto("./");
  await expect(timelineItems(page).first()).toBeVisible();
  const timeline = page.getByTestId("timeline");
  await timeline.focus();
  const title = page.getByTestId("event-detail").getByRole("heading", { level: 2 });
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(title).toHaveText(events[0]?.title ?? "");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(title).toHaveText(events[1]?.title ?? "");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Enter");
  await expect(title).toHaveText(events[0]?.title ?? "");
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await expect(title).toHaveText(events.at(-1)?.title ?? "");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("event-detail")).toHaveCount(0);
});

test("the list view shows the same events, in date order, and shares the selection", async ({
  page,
  request,
}) => {
  const { events } = await loadSeedData(request);
  await page.goto("./");
  await expect(timelineItems(page).first()).toBeVisible();
  await page.getByRole("button", { name: "List", exact: true }).click();
  await expect(page).toHaveURL(/[?&]view=list/);
  const list = page.getByTestId("event-list");
  const rows = list.getByTestId("event-item");
  await expect(rows.first()).toBeVisible();
  // The list renders the rows in view; those must be the first events in date order.
  const shown = await rows.evaluateAll((els) => els.map((el) => el.getAttribute("data-event-id")));
  expect(shown).toEqual(events.slice(0, shown.length).map((e) => e.id));
  await expect(list).toHaveAttribute("aria-label", new RegExp(`${events.length} in all`));
  const target = events[Math.min(1, events.length - 1)];
  if (!target) throw new Error("no events");
  await list.locator(`[data-event-id="${target.id}"] button`).click();
  await expect(page.getByTestId("event-detail").getByRole("heading", { level: 2 })).toHaveText(target.title);
  // Back to the timeline: the same event is selected there.
  await page.getByRole("button", { name: "Timeline", exact: true }).click();
  await expect(
    page.getByTestId("timeline").locator(`.is-selected [data-event-id="${target.id}"]`).first(),
  ).toBeVisible();
});
