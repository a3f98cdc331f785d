import { expect, type Page, test } from "@playwright/test";
import { seededRandom } from "../src/lib/seeded-random.ts";
import { articleFileIndex, eventArticleFiles, splitArticlesByPeriod } from "../src/pipeline/article-files.ts";
import { SCHEMA_VERSION } from "../src/schema/version.ts";
import type { Article, Event, Manifest, Source } from "./fixtures/data-types.ts";
import { serveHeld } from "./fixtures/serve-held.ts";

/**
 * A year of events, each told by two outlets on consecutive days, with article files cut by the
 * pipeline's own split (src/pipeline/article-files.ts) at a small size, so that the texts take many
 * files and each event's articles sit in one or two of them.
 */
const outlets: Source[] = [
  { id: "kcna", name: "KCNA", kind: "state-media", articleCount: 0 },
  { id: "yonhap", name: "Yonhap", kind: "wire", articleCount: 0 },
  { id: "reuters", name: "Reuters", kind: "wire", articleCount: 0 },
];
const DAY = 86_400_000;
const dayString = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function buildCorpus() {
  const rand = seededRandom(5);
  const filler = "Analysts said the talks would take months, and officials in both capitals agreed. ";
  const articles: Article[] = [];
  const events: Event[] = [];
  for (let i = 0; i < 120; i++) {
    const start = dayString(Date.UTC(2018, 0, 2) + i * 3 * DAY);
    const id = `ev-${String(i).padStart(3, "0")}`;
    const title = `Delegation talks in Panmunjom number ${i + 1}`;
    const pair = [outlets[i % 3]!, outlets[(i + 1) % 3]!];
    const mentions = pair.map((outlet, k) => {
      const articleId = `${outlet.id}-${id}`;
      const lead = `PANMUNJOM, report ${k + 1} on ${id} -- `;
      const quote = `Officials reported the ${title.toLowerCase()}.`;
      const text = `${lead}${quote} ${filler.repeat(30 + Math.floor(rand() * 20))}`;
      articles.push({
        id: articleId,
        source: { id: outlet.id, name: outlet.name },
        title: `${outlet.name} on ${title}`,
        titleInferred: false,
        published: dayString(Date.parse(start) + k * DAY),
        publishedBasis: "metadata",
        text,
        primaryEventId: id,
        file: `${articleId}.json`,
      });
      return { articleId, sourceId: outlet.id, quote, start: lead.length, end: lead.length + quote.length };
    });
    events.push({
      id,
      title,
      start,
      precision: "day",
      sourceIds: pair.map((o) => o.id),
      articleIds: mentions.map((m) => m.articleId),
      mentions,
    });
  }
  // The corpus's order (publication date, then id), as the pipeline lists articles.
  articles.sort((a, b) =>
    a.published < b.published ? -1 : a.published > b.published ? 1 : a.id < b.id ? -1 : 1,
  );
  const periods = splitArticlesByPeriod(articles, 24_000);
  const articleFiles = periods.map((p) => `articles-${p.period}.json`);
  const fileOf = articleFileIndex(periods.map((p) => p.articles));
  const withFiles = events.map((e) => ({ ...e, articleFiles: eventArticleFiles(e, fileOf) }));
  const manifest = (evs: Event[]): Manifest => ({
    schemaVersion: SCHEMA_VERSION,
    articleCount: articles.length,
    eventCount: evs.length,
    sourceCount: outlets.length,
    range: { start: events[0]!.start, end: events.at(-1)!.start },
    files: {
      articles: articleFiles,
      events: ["events-2018.json"],
      sources: "sources.json",
      report: "report.json",
    },
  });
  const files = (evs: Event[]): Record<string, unknown> => ({
    "manifest.json": manifest(evs),
    "events-2018.json": evs,
    "sources.json": outlets,
    "report.json": {
      read: articles.length,
      written: articles.length,
      rejected: [],
      warnings: [],
      merged: [],
    },
    ...Object.fromEntries(periods.map((p, i) => [articleFiles[i], p.articles])),
  });
  return {
    articles,
    events: withFiles,
    articleFiles,
    files: files(withFiles),
    oldFiles: files(events),
  };
}

const corpus = buildCorpus();
const isArticlesFile = (name: string) => corpus.articleFiles.includes(name);
const namesOf = (e: Event) => (e.articleFiles ?? []).map((place) => corpus.articleFiles[place]);
const mentions = (page: Page) => page.getByTestId("event-detail").getByTestId("mention");

test.describe("opening an event loads only the article files it needs", () => {
  test.beforeAll(() => {
    expect(corpus.articleFiles.length).toBeGreaterThan(20);
    expect(corpus.events.some((e) => (e.articleFiles ?? []).length > 1)).toBe(true);
  });

  test("an event's detail fetches its own article files and shows its quotes in context", async ({
    page,
  }) => {
    const event = corpus.events.find((e) => (e.articleFiles ?? []).length === 2)!;
    const server = await serveHeld(page, corpus.files, () => false);
    await page.goto(`./?event=${event.id}`);

    await expect(page.getByTestId("event-detail").getByRole("heading", { level: 2 })).toHaveText(event.title);
    await expect(mentions(page)).toHaveCount(2);
    // Each quote shown in its article's words around it: the text came from the article files.
    for (const [k, m] of event.mentions.entries()) {
      await expect(mentions(page).nth(k)).toContainText(`report ${k + 1} on ${event.id} -- ${m.quote}`);
    }
    expect(new Set(server.requested.filter(isArticlesFile))).toEqual(new Set(namesOf(event)));

    // The reader opens one of them without fetching anything more.
    await mentions(page)
      .first()
      .getByRole("link", { name: /Read it in the article/ })
      .click();
    await expect(page.getByTestId("article-reader")).toContainText(event.mentions[0]!.quote);
    expect(new Set(server.requested.filter(isArticlesFile))).toEqual(new Set(namesOf(event)));
    await expect(page.getByTestId("error")).toHaveCount(0);
  });

  test("a second event sharing a file fetches only the files not yet loaded, each once", async ({ page }) => {
    const first = corpus.events.find((e) => (e.articleFiles ?? []).length === 2)!;
    // The next event: its articles start in the file where the first event's end.
    const second = corpus.events[corpus.events.indexOf(first) + 1]!;
    expect(second.articleFiles).toContain(first.articleFiles!.at(-1));
    expect(second.articleFiles).not.toEqual(first.articleFiles);
    const server = await serveHeld(page, corpus.files, () => false);
    await page.goto(`./?event=${first.id}&view=list`);
    await expect(mentions(page).first()).toContainText(`report 1 on ${first.id}`);
    // The next event, picked in the list (no reload), so the files loaded so far stay in the app's cache.
    await page.getByTestId("event-list").locator(`[data-event-id="${second.id}"]`).click();
    await expect(mentions(page).first()).toContainText(`report 1 on ${second.id}`);
    const fetched = server.requested.filter(isArticlesFile);
    expect(new Set(fetched)).toEqual(new Set([...namesOf(first), ...namesOf(second)]));
    expect(fetched).toHaveLength(new Set(fetched).size);
  });

  test("a link to an article outside the event's files loads the others to find it", async ({ page }) => {
    const event = corpus.events[3]!;
    const stranger = corpus.articles.find(
      (a) => !event.articleFiles!.some((place) => corpus.articleFiles[place] === fileHolding(a.id)),
    )!;
    const server = await serveHeld(page, corpus.files, () => false);
    await page.goto(`./?event=${event.id}&article=${stranger.id}`);
    await expect(page.getByTestId("article-reader")).toContainText(stranger.title);
    expect(new Set(server.requested.filter(isArticlesFile))).toEqual(new Set(corpus.articleFiles));
    // Each file once: the event's own were not fetched again.
    expect(server.requested.filter(isArticlesFile)).toHaveLength(corpus.articleFiles.length);
  });

  test("events without articleFiles (data from before it, or made by hand) fetch every article file, as before", async ({
    page,
  }) => {
    const event = corpus.events[10]!;
    const server = await serveHeld(page, corpus.oldFiles, () => false);
    await page.goto(`./?event=${event.id}`);
    await expect(mentions(page).first()).toContainText(`report 1 on ${event.id}`);
    expect(new Set(server.requested.filter(isArticlesFile))).toEqual(new Set(corpus.articleFiles));
  });
});

function fileHolding(articleId: string): string | undefined {
  const files = corpus.files as Record<string, Article[]>;
  return corpus.articleFiles.find((name) => files[name]?.some((a) => a.id === articleId));
}
