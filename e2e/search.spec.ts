import { expect, type Page, type Request, test } from "@playwright/test";
import type { Event } from "./fixtures/data-types.ts";
import { loadSeedData } from "./fixtures/seed-data.ts";

/**
 * The full-text filter on the seeds. Expected results are computed here from the built data, the way
 * the index defines a match: an event matches a word when its title, summary, quotes or participants'
 * names, or the title or text of an article that reports it, contain the word.
 */
async function seedTexts(request: Parameters<typeof loadSeedData>[0]) {
  const data = await loadSeedData(request);
  const entities = (await (await request.get(`data/${data.manifest.files.entities}`)).json()) as {
    id: string;
    name: string;
  }[];
  const entityName = new Map(entities.map((e) => [e.id, e.name]));
  const articleById = new Map(data.articles.map((a) => [a.id, a]));
  const textOf = new Map<string, string>();
  for (const event of data.events) {
    const articleIds = new Set([
      ...event.mentions.map((m) => m.articleId),
      ...data.articles.filter((a) => a.primaryEventId === event.id).map((a) => a.id),
    ]);
    const parts = [
      event.title,
      event.summary ?? "",
      ...event.mentions.map((m) => m.quote),
      ...(event.entityIds ?? []).map((id) => entityName.get(id) ?? ""),
      ...[...articleIds].flatMap((id) => [articleById.get(id)?.title ?? "", articleById.get(id)?.text ?? ""]),
    ];
    textOf.set(event.id, parts.join("\n"));
  }
  const matching = (test: (text: string) => boolean) =>
    data.events.filter((e) => test(textOf.get(e.id) ?? "")).map((e) => e.id);
  return { ...data, matching };
}

const listIds = async (page: Page) =>
  (
    await page
      .getByTestId("event-list")
      .getByTestId("event-item")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-event-id") ?? ""))
  ).sort();

const countText = (n: number) => new RegExp(`^${n} events?\\b`);

async function expectShown(page: Page, ids: string[]) {
  await expect(page.getByTestId("result-count")).toHaveText(new RegExp(`^${ids.length} events?( ·|$)`));
  await expect.poll(() => listIds(page)).toEqual([...ids].sort());
}

test("typing Pompeo leaves the events that mention him, marks the name, and loads the index only then", async ({
  page,
  request,
}) => {
  const { manifest, events, matching } = await seedTexts(request);
  const searchFiles = manifest.files.search ?? [];
  expect(searchFiles.length, "the build lists a search index").toBeGreaterThan(0);
  const fetched: string[] = [];
  page.on("request", (r: Request) => {
    if (searchFiles.some((f) => r.url().endsWith(`/data/${f}`))) fetched.push(r.url());
  });

  await page.goto("./?view=list");
  await expectShown(
    page,
    events.map((e) => e.id),
  );
  await page.getByTestId("filter-input").click();
  expect(fetched, "nothing of the index before the filter is used").toEqual([]);

  const expected = matching((text) => /\bpompeo/i.test(text));
  expect(expected.length).toBeGreaterThan(0);
  await page.getByTestId("filter-input").fill("Pompeo");
  await expectShown(page, expected);
  expect(fetched.length).toBeGreaterThan(0);
  // The count per outlet follows the number of events.
  const outlets = new Map(events.map((e) => [e.id, e]));
  const kcna = expected.filter((id) => outlets.get(id)?.sourceIds.includes("kcna")).length;
  if (kcna > 0) await expect(page.getByTestId("result-count")).toContainText(`KCNA ${kcna}`);

  // Open a match whose own words name him: the name is marked in the list, the detail, the
  // comparison and the reader.
  const named = events.find(
    (e: Event) =>
      expected.includes(e.id) && /\bpompeo/i.test([e.title, ...e.mentions.map((m) => m.quote)].join(" ")),
  );
  test.skip(!named, "no matching event names Pompeo in its title or quotes");
  if (!named) return;
  await page.getByTestId("event-list").locator(`[data-event-id="${named.id}"] button`).click();
  const detail = page.getByTestId("event-detail");
  await expect(detail.getByTestId("search-highlight").first()).toHaveText(/^pompeo$/i);
  await expect(page.getByTestId("source-comparison").getByTestId("search-highlight").first()).toHaveText(
    /^pompeo$/i,
  );
  await detail
    .getByRole("link", { name: /Read it in the article/ })
    .first()
    .click();
  await expect(page.getByTestId("article-reader").getByTestId("search-highlight").first()).toHaveText(
    /^pompeo$/i,
  );
});

test("a phrase and an exclusion narrow the events", async ({ page, request }) => {
  const { matching } = await seedTexts(request);
  await page.goto("./?view=list");
  const input = page.getByTestId("filter-input");

  await input.fill('"very nice note"');
  const phrase = matching((text) => /\bvery\s+nice\s+note\b/i.test(text));
  await expectShown(page, phrase);

  await input.fill("Pompeo -gangster");
  const excluded = matching((text) => /\bpompeo/i.test(text) && !/\bgangster\b/i.test(text));
  await expectShown(page, excluded);
  expect(excluded.length).toBeLessThan(matching((text) => /\bpompeo/i.test(text)).length);

  // The timeline is narrowed the same way (an event it draws is one of the matches).
  await page.getByRole("button", { name: "Timeline", exact: true }).click();
  const drawn = page.getByTestId("timeline").getByTestId("event-item");
  await expect(drawn.first()).toBeVisible();
  const drawnIds = await drawn.evaluateAll((items) => items.map((i) => i.getAttribute("data-event-id")));
  for (const id of drawnIds) expect(excluded).toContain(id);
});

test("a query typed through no match keeps its timeline, empty under the message, and draws the next match in it", async ({
  page,
  request,
}) => {
  const { matching } = await seedTexts(request);
  const expected = matching((text) => /\bpompeo/i.test(text));
  await page.goto("./");
  const timeline = page.getByTestId("timeline");
  await expect(timeline.getByTestId("event-item").first()).toBeVisible();
  // vis-timeline's own root element: marked, to tell whether the same instance survives.
  await timeline.locator(".vis-timeline").evaluate((root) => root.setAttribute("data-test-kept", "yes"));

  const input = page.getByTestId("filter-input");
  await input.fill("zqxjvw");
  await expect(page.getByTestId("no-matches")).toBeVisible();
  await expect(page.getByTestId("result-count")).toHaveText(countText(0));
  await expect(timeline).toBeVisible();
  await expect(timeline.getByTestId("event-item")).toHaveCount(0);

  await input.fill("Pompeo");
  await expect(page.getByTestId("result-count")).toHaveText(new RegExp(`^${expected.length} events?( ·|$)`));
  await expect(page.getByTestId("no-matches")).toBeHidden();
  await expect(timeline.getByTestId("event-item").first()).toBeVisible();
  await expect(timeline.locator('.vis-timeline[data-test-kept="yes"]')).toHaveCount(1);
  const drawn = await timeline
    .getByTestId("event-item")
    .evaluateAll((items) => items.map((i) => i.getAttribute("data-event-id")));
  for (const id of drawn) expect(expected).toContain(id);
});

test("while a keystroke's result waits for the index, the count says the events shown are the previous query's", async ({
  page,
  request,
}) => {
  const { matching } = await seedTexts(request);
  await page.goto("./?view=list");
  const input = page.getByTestId("filter-input");
  const pompeo = matching((text) => /\bpompeo/i.test(text));
  await input.fill("Pompeo");
  await expectShown(page, pompeo);
  await expect(page.getByTestId("result-count")).not.toContainText("updating");

  // A phrase reads token positions, which no word query has loaded: hold them.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/data\/search-\d{3}\.[^/]*\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  await input.fill('"very nice note"');
  await expect(page.getByTestId("result-count")).toContainText("updating");
  expect(await listIds(page)).toEqual([...pompeo].sort());
  release();
  await expectShown(
    page,
    matching((text) => /\bvery\s+nice\s+note\b/i.test(text)),
  );
  await expect(page.getByTestId("result-count")).not.toContainText("updating");
});

test("the first use shows that the index is loading", async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/data\/search-meta\.[^/]*\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./?view=list");
  await page.getByTestId("filter-input").fill("Pompeo");
  await expect(page.getByTestId("search-loading")).toBeVisible();
  release();
  await expect(page.getByTestId("search-loading")).toBeHidden();
  await expect(page.getByTestId("event-list").getByTestId("search-highlight").first()).toBeVisible();
});

test("the URL carries the query without adding history, and reloading restores it", async ({
  page,
  request,
}) => {
  const { matching } = await seedTexts(request);
  const expected = matching((text) => /\bpompeo/i.test(text));
  await page.goto("./?view=list");
  await expect(page.getByTestId("event-list")).toBeVisible();
  const before = await page.evaluate(() => history.length);
  await page.getByTestId("filter-input").pressSequentially("Pompeo");
  await expect(page).toHaveURL(/[?&]q=Pompeo(&|$)/);
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.reload();
  await expect(page.getByTestId("filter-input")).toHaveValue("Pompeo");
  await expectShown(page, expected);
});

test("an empty result says so and offers to clear the filter", async ({ page, request }) => {
  const { events } = await seedTexts(request);
  await page.goto("./?view=list&q=zqxjvw");
  const empty = page.getByTestId("no-matches");
  await expect(empty).toContainText("No events match");
  await expect(page.getByTestId("result-count")).toHaveText(countText(0));
  await empty.getByRole("button", { name: "Clear the filter" }).click();
  await expect(page.getByTestId("filter-input")).toHaveValue("");
  await expectShown(
    page,
    events.map((e) => e.id),
  );
  await expect(page).not.toHaveURL(/[?&]q=/);
});

test("the outlet chips and source: compose, and query problems are shown, not thrown", async ({
  page,
  request,
}) => {
  const { events } = await seedTexts(request);
  const kcna = events.filter((e) => e.sourceIds.includes("kcna")).map((e) => e.id);
  const others = [...new Set(events.flatMap((e) => e.sourceIds))].filter((id) => id !== "kcna");
  test.skip(kcna.length === 0 || others.length === 0, "needs KCNA and another outlet");
  await page.goto("./?view=list&q=source:kcna");
  await expectShown(page, kcna);

  // Only the other outlets on screen: KCNA's matches are hidden, and the page says how to see them.
  const onlyKcna = kcna.filter((id) => events.find((e) => e.id === id)?.sourceIds.every((s) => s === "kcna"));
  await page.goto(`./?view=list&q=source:kcna&sources=${others.join(",")}`);
  if (onlyKcna.length === kcna.length) {
    await expect(page.getByTestId("no-matches")).toContainText("hidden");
    await page.getByRole("button", { name: "Show all outlets" }).click();
    await expectShown(page, kcna);
  }

  await page.goto("./?view=list");
  await page.getByTestId("filter-input").fill("from:2018-13 pompeo");
  await expect(page.getByTestId("query-problems")).toContainText("from:");
  // A query of nothing but a mistake still says what is wrong.
  await page.getByTestId("filter-input").fill("to:2018-02-30");
  await expect(page.getByTestId("query-problems")).toContainText("to:");
  await expect(page.getByTestId("event-list").getByTestId("event-item").first()).toBeVisible();
});

test('the help explains the query language, closes on Escape, and "/" focuses the filter', async ({
  page,
}) => {
  await page.goto("./");
  await expect(page.getByTestId("timeline")).toBeVisible();
  await page.locator("body").press("/");
  await expect(page.getByTestId("filter-input")).toBeFocused();

  const open = page.getByRole("button", { name: "How to write a filter" });
  await open.click();
  const help = page.getByRole("dialog", { name: "Filtering events" });
  await expect(help).toBeVisible();
  for (const part of ['"supreme leader"', "-olympics", "source:kcna", "from:2018-03 to:2018-04"]) {
    await expect(help).toContainText(part);
  }
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await expect(open).toBeFocused();
});
