import { expect, test } from "@playwright/test";
import { loadSeedData } from "./fixtures/seed-data.ts";

/**
 * The seed articles are shown with their outlet and date, and the reader says how the metadata was
 * found. Articles are reached through their events, as users reach them.
 */
test("each seed article is shown with its outlet and date, inferred dates flagged", async ({
  page,
  request,
}) => {
  const { events, articles } = await loadSeedData(request);
  expect(articles.length).toBeGreaterThan(0);
  for (const article of articles) {
    const event = events.find((e) => e.mentions.some((m) => m.articleId === article.id));
    if (!event) continue;
    await page.goto(`./?event=${encodeURIComponent(event.id)}&article=${encodeURIComponent(article.id)}`);
    const reader = page.getByTestId("article-reader");
    await expect(reader.getByRole("heading", { level: 2 })).toHaveText(article.title);
    await expect(reader.getByTestId("article-source")).toHaveText(article.source.name);
    await expect(reader.locator("time")).toHaveAttribute("datetime", article.published.slice(0, 10));
    if (article.publishedBasis === "inferred") await expect(reader).toContainText("date inferred");
    await expect(reader.getByTestId("mention-highlight").first()).toBeVisible();
  }
});

test("the detail links each quote to its article in the reader", async ({ page, request }) => {
  const { events, articles } = await loadSeedData(request);
  const event = events[0];
  if (!event) throw new Error("no events in the seeds");
  await page.goto(`./?event=${encodeURIComponent(event.id)}`);
  const mention = page.getByTestId("mention").first();
  const article = articles.find((a) => a.id === event.mentions[0]?.articleId);
  await expect(mention.getByTestId("article-source")).toHaveText(article?.source.name ?? "");
  await mention.getByRole("link", { name: /Read it in the article/ }).click();
  await expect(page.getByTestId("article-reader").getByRole("heading", { level: 2 })).toHaveText(
    article?.title ?? "",
  );
  await page.goBack();
  await expect(page.getByTestId("event-detail")).toBeVisible();
});

test("the header says when the corpus's articles were published", async ({ page, request }) => {
  const { manifest, articles } = await loadSeedData(request);
  const days = articles.map((a) => a.published.slice(0, 10)).sort();
  expect(manifest.published).toEqual({ start: days[0], end: days.at(-1) });
  await page.goto("./");
  // The seeds: a KCNA report of May 2018 and a Fox News story of July 2018.
  const span = page.getByTestId("corpus-span");
  await expect(span).toHaveText("May – July 2018");
  await expect(span).toHaveAttribute("title", /^Articles published May – July 2018/);
});

test("opening an event reads its files, not the manifest again", async ({ page, request }) => {
  const { events } = await loadSeedData(request);
  const manifests: string[] = [];
  const fetched: string[] = [];
  page.on("request", (r) => {
    const name = new URL(r.url()).pathname.split("/").pop() ?? "";
    if (name === "manifest.json") manifests.push(r.url());
    fetched.push(name);
  });
  await page.goto("./?view=list");
  await expect(page.getByTestId("event-item").first()).toBeVisible();
  expect(manifests).toHaveLength(1);
  const event = events[0]!;
  await page.locator(`[data-testid="event-item"][data-event-id="${event.id}"] button`).first().click();
  await expect(page.getByTestId("event-detail").getByTestId("mention").first()).toBeVisible();
  // The comparison under the detail mounts with the selection: it once fetched the manifest anew.
  await expect(page.getByTestId("source-comparison")).toBeVisible();
  expect(manifests).toHaveLength(1);
  expect(fetched.some((name) => name.startsWith("events-"))).toBe(true);
});
