import { expect, test } from "@playwright/test";
import { generateCorpus } from "./fixtures/generate-corpus.ts";
import { loadSeedData, sortEvents } from "./fixtures/seed-data.ts";
import { serveData } from "./fixtures/serve-data.ts";

/**
 * Source comparison on the seeds (one Fox News article, one KCNA article). No event ids are written
 * in: the events stage is still changing, so the tests find their events in the built data.
 */
test("the corpus view compares KCNA and Fox News: naming linked to sentences, quotes with speakers", async ({
  page,
}) => {
  await page.goto("./?view=compare&sources=kcna,fox-news");
  const view = page.getByTestId("corpus-comparison");
  await expect(view).toBeVisible();
  const kim = view.getByTestId("naming-table").locator('tr[data-entity-id="person-kim-jong-un"]');
  const fox = kim.locator('td[data-source-id="fox-news"]');
  const kcna = kim.locator('td[data-source-id="kcna"]');
  await expect(fox.getByRole("link", { name: /“the despot”/ })).toBeVisible();
  await expect(fox.getByRole("link", { name: /the North Korean despot/ })).toBeVisible();
  await expect(kcna.getByRole("link", { name: /“the respected Supreme Leader”/ })).toBeVisible();
  // Each cell links to its sentence: the link carries it, and opens its article in the reader.
  const despot = fox.getByRole("link", { name: /“the despot”/ });
  await expect(despot).toHaveAttribute("title", /despot also called their historic summit in Singapore/);
  await expect(despot).toHaveAttribute("href", /article=/);
  await expect(kcna.getByRole("link", { name: /“the respected Supreme Leader”/ })).toHaveAttribute(
    "title",
    /respected Supreme Leader/,
  );

  const quotes = view.locator(
    '[data-testid="outlet-column"][data-source-id="fox-news"] [data-testid="quote"]',
  );
  await expect(quotes.filter({ hasText: "stray comments" })).toHaveAttribute("data-speaker", "Pompeo");
  await expect(quotes.filter({ hasText: "invariable trust" })).toHaveAttribute("data-speaker", "the letter");
  const ministry = quotes.filter({ hasText: "We had expected" });
  await expect(ministry).toHaveAttribute("data-speaker", "Pyongyang's Foreign Ministry");
  await expect(ministry).toContainText("via The Associated Press");
  await expect(view.getByTestId("coverage-chart").locator("polyline")).toHaveCount(2);
  await expect(view.getByTestId("distinctive-words").first()).toBeVisible();

  await despot.click();
  const reader = page.getByTestId("article-reader");
  await expect(reader.getByTestId("article-source")).toHaveText("Fox News");
  await expect(reader).toContainText("The despot also called their historic summit in Singapore");
});

test("the panel shows each outlet's column with quotes and who did not report the event", async ({
  page,
  request,
}) => {
  const { events, articles } = await loadSeedData(request);
  const foxArticle = articles.find((a) => a.source.id === "fox-news");
  const event = events.find((e) => e.id === foxArticle?.primaryEventId);
  if (!event) throw new Error("the Fox News seed has no primary event");
  await page.goto(`./?event=${encodeURIComponent(event.id)}`);
  const panel = page.getByTestId("source-comparison");
  const column = panel.locator('[data-testid="source-column"][data-source-id="fox-news"]');
  await expect(column).toBeVisible();
  await expect(column.getByRole("link", { name: foxArticle?.title ?? "" })).toBeVisible();
  await expect(column.locator('[data-testid="quote"][data-speaker="Pompeo"]').first()).toBeVisible();
  await expect(column.locator('[data-testid="quote"][data-speaker="the letter"]')).toBeVisible();
  if (!event.sourceIds.includes("kcna"))
    await expect(panel.getByTestId("not-reported")).toContainText("Not reported by KCNA");
  const kim = panel.getByTestId("naming-table").locator('tr[data-entity-id="person-kim-jong-un"]');
  await expect(kim.getByRole("link", { name: /despot/ }).first()).toBeVisible();
});

test("an event both seeds report shows both accounts side by side", async ({ page, request }) => {
  const { events } = await loadSeedData(request);
  // The Singapore summit is named by both seeds: the events stage places it between KCNA's "coming"
  // summit (10 May) and the 6 July letter looking back on it.
  const shared = events.find((e) => e.sourceIds.includes("kcna") && e.sourceIds.includes("fox-news"));
  expect(shared?.title).toMatch(/summit/i);
  expect(shared?.precision).toBe("approximate");
  await page.goto(`./?event=${encodeURIComponent(shared!.id)}`);
  const columns = page.getByTestId("source-comparison").getByTestId("source-column");
  await expect(columns).toHaveCount(2);
  await expect(columns.nth(0)).toHaveAttribute("data-source-id", "kcna");
  await expect(columns.nth(1)).toHaveAttribute("data-source-id", "fox-news");
  await expect(columns.nth(0)).toContainText(/summit/i);
  await expect(columns.nth(1)).toContainText(/Singapore/);
});

test("the corpus view lists what only one outlet covered, news of the period first, and opens the rest", async ({
  page,
}) => {
  // A generated corpus over 2017–2019 whose comparison charts 2018 only: events of 2017 and 2019
  // stand for the history the articles recall.
  const corpus = generateCorpus(400, 11);
  const months = Array.from({ length: 12 }, (_, m) => `2018-${String(m + 1).padStart(2, "0")}`);
  const outletIds = [...new Set(corpus.events.flatMap((e) => e.sourceIds))].sort();
  const [a, b] = outletIds as [string, string];
  const only = sortEvents(corpus.events).filter((e) => e.sourceIds.includes(a) && !e.sourceIds.includes(b));
  const news = only.filter((e) => e.start.startsWith("2018"));
  expect(news.length).toBeGreaterThan(0);
  expect(only.length).toBeGreaterThan(news.length + 8);
  const comparison = {
    months,
    outlets: outletIds.map((sourceId) => ({
      sourceId,
      eventCount: corpus.events.filter((e) => e.sourceIds.includes(sourceId)).length,
      monthly: months.map(() => 0),
      naming: [],
      speakers: [],
    })),
    words: { terms: [], prior: [], bySource: {} },
  };
  await serveData(page, {
    ...corpus.files,
    "manifest.json": {
      ...corpus.manifest,
      files: { ...corpus.manifest.files, comparisons: ["comparisons-corpus.gen.json"] },
    },
    "comparisons-corpus.gen.json": comparison,
  });
  await page.goto(`./?view=compare&sources=${a},${b}`);
  const list = page
    .locator(`[data-testid="outlet-column"][data-source-id="${a}"]`)
    .getByTestId("only-one-covered");
  const links = list.getByRole("link");
  await expect(links).toHaveCount(8);
  // The first is 2018's, its date written as a reader would ("9 May 2018", "May 2018"), not ISO.
  const first = list.locator("li").first();
  await expect(first).toContainText(news[0]!.title);
  await expect(first).toContainText(/\b2018$/);
  await expect(first).not.toContainText(/\d{4}-\d{2}-\d{2}/);
  await list.getByRole("button", { name: `Show all ${only.length}` }).click();
  await expect(links).toHaveCount(only.length);
  // After the news, the history: the last one listed is from outside 2018.
  const history = only.filter((e) => !e.start.startsWith("2018"));
  await expect(links.nth(news.length - 1)).toHaveText(news.at(-1)!.title);
  await expect(links.nth(news.length)).toHaveText(history[0]!.title);
  await expect(links.last()).toHaveText(history.at(-1)!.title);
  await list.getByRole("button", { name: "Show fewer" }).click();
  await expect(links).toHaveCount(8);
});
