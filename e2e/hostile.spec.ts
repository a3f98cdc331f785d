import { expect, type Page, test } from "@playwright/test";
import { projectEventSummary } from "../src/pipeline/events-files.ts";
import type { Event as EventData } from "./fixtures/data-types.ts";
import {
  buildNastyData,
  injectionTraces,
  type NastyData,
  nastyFiles,
  payloads,
  readNastyData,
  serveFiles,
} from "./fixtures/hostile-data.ts";

/**
 * Issue 9's proof: the app opened on the nasty corpus (built by the pipeline from e2e/fixtures/nasty)
 * and on data carrying script payloads in every text field runs nothing, shows every event and
 * article, and accounts in the build report for every file it was given.
 */

// Payloads must really run if they are ever injected: the CSP would otherwise hide the injection.
test.use({ bypassCSP: true });

let nasty: NastyData;
test.beforeAll(() => {
  nasty = readNastyData(buildNastyData());
});

/** Opens the app on `files`, recording dialogs (alert, confirm, prompt) instead of answering them. */
async function open(page: Page, files: Record<string, string>, query = ""): Promise<string[]> {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await serveFiles(page, files);
  await page.goto(`./${query}`);
  return dialogs;
}

/** Every event's detail (clicked in the list) and every article in the reader, checking as it goes. */
async function walkEverything(page: Page, data: NastyData, dialogs: string[]): Promise<void> {
  await page.goto("./?view=list");
  const list = page.getByTestId("event-list");
  await expect(list.getByTestId("event-item")).toHaveCount(data.events.length);
  for (const event of data.events) {
    await list.locator(`[data-testid="event-item"][data-event-id="${event.id}"]`).click();
    await expect(page.getByTestId("event-detail")).toBeVisible();
    await expect(page.getByTestId("event-detail").getByTestId("mention").first()).toBeVisible();
    expect(await injectionTraces(page, dialogs), `event ${event.id}`).toEqual([]);
  }
  let opened = 0;
  for (const event of data.events) {
    for (const articleId of event.articleIds) {
      await page.goto(`./?event=${encodeURIComponent(event.id)}&article=${encodeURIComponent(articleId)}`);
      await expect(page.getByTestId("article-reader")).toBeVisible();
      expect(await injectionTraces(page, dialogs), `article ${articleId}`).toEqual([]);
      opened++;
    }
  }
  expect(opened).toBeGreaterThanOrEqual(new Set(data.events.flatMap((e) => e.articleIds)).size);
  for (const view of ["timeline", "compare", "report"]) {
    await page.goto(`./?view=${view}`);
    await expect(page.getByTestId(view === "report" ? "build-report" : "result-count")).toBeVisible();
    expect(await injectionTraces(page, dialogs), `view=${view}`).toEqual([]);
  }
}

test("control: an injected payload does run here, and the checks see it", async ({ page }) => {
  const dialogs = await open(page, nasty.files);
  await expect(page.getByTestId("result-count")).toBeVisible();
  await page.evaluate((markup) => {
    const box = document.createElement("div");
    box.innerHTML = markup;
    document.body.append(box);
  }, payloads.tag);
  await expect.poll(() => page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBe(1);
  expect((await injectionTraces(page, dialogs)).length).toBeGreaterThan(0);
});

test("the nasty corpus: every event and every article opens and nothing runs", async ({ page }) => {
  const dialogs = await open(page, nasty.files);
  await expect(page.getByTestId("timeline").getByTestId("event-item").first()).toBeVisible();
  // The script-laden page's headline and outlet are shown as the text they are.
  await page.goto("./?view=list");
  await expect(page.getByTestId("event-list")).toContainText(`${payloads.tag} Payload headline`);
  await walkEverything(page, nasty, dialogs);
});

test("the build report lists every file of the nasty corpus and every article adds up", async ({ page }) => {
  const dialogs = await open(page, nasty.files, "?view=report");
  const report = page.getByTestId("build-report");
  await expect(report).toBeVisible();
  await expect(report.getByTestId("report-written")).toHaveCount(nasty.articles.length);
  const listed = await report
    .getByTestId("report-file")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-file")));
  expect(listed.sort()).toEqual(nastyFiles());
  const total = async (name: string) =>
    Number((await report.getByTestId(`report-total-${name}`).textContent())?.replace(/,/g, ""));
  expect(await total("read")).toBe(
    (await total("written")) + (await total("rejected")) + (await total("merged")),
  );
  expect(await total("written")).toBe(nasty.articles.length);
  // A rejection says where and why.
  await expect(report.getByTestId("report-rejected").filter({ hasText: "broken.json" })).toContainText(
    "not valid JSON",
  );
  await expect(page.getByText("The numbers do not add up")).toHaveCount(0);
  expect(await injectionTraces(page, dialogs)).toEqual([]);
});

/** The nasty data hand-edited so that every text field the app shows carries a payload. */
function withPayloadsEverywhere(data: NastyData): NastyData {
  const p = payloads;
  const articles = data.articles.map((a) => ({
    ...a,
    title: `${p.script} ${a.title}`,
    source: { ...a.source, name: `${p.tag}${a.source.name}` },
    byline: `${p.svg} Byline`,
    // The pipeline never writes a script URL; a hand-edited file can, and the app must not link it.
    url: p.url,
    // Appended, so that the mentions' offsets still point at their quotes.
    text: `${a.text}\n${p.iframe} ${p.tag}`,
  }));
  const events = data.events.map((e) => ({
    ...e,
    title: `${p.tag} ${e.title}`,
    summary: `${p.script} summary`,
    mentions: e.mentions.map((m) => ({ ...m, quote: `${p.svg}${m.quote}` })),
  }));
  const sources = data.sources.map((s) => ({ ...s, name: `${p.script}${s.name}` }));
  const files = { ...data.files };
  const [articlesFile, ...moreArticles] = data.manifest.files.articles;
  const [eventsFile, ...moreEvents] = data.manifest.files.events;
  const [summariesFile, ...moreSummaries] = data.manifest.files.eventSummaries ?? [];
  if (
    !articlesFile ||
    !eventsFile ||
    !summariesFile ||
    moreArticles.length ||
    moreEvents.length ||
    moreSummaries.length
  ) {
    throw new Error("the nasty corpus is expected to build one articles, one events and one summaries file");
  }
  files[articlesFile] = JSON.stringify(articles);
  files[eventsFile] = JSON.stringify(events);
  // The timeline and the list show the titles from the summaries: the same payloads there.
  files[summariesFile] = JSON.stringify(events.map(projectEventSummary));
  files[data.manifest.files.sources] = JSON.stringify(sources);
  const report = JSON.parse(files[data.manifest.files.report] ?? "{}");
  report.rejected = report.rejected.map((r: { reason: string }) => ({
    ...r,
    reason: `${p.tag} ${r.reason}`,
  }));
  files[data.manifest.files.report] = JSON.stringify(report);
  return { ...data, files, articles, events, sources };
}

test("payloads in titles, outlets, bylines, text, quotes, URLs and reasons stay text", async ({ page }) => {
  const hostile = withPayloadsEverywhere(nasty);
  const dialogs = await open(page, hostile.files);
  await expect(page.getByTestId("timeline").getByTestId("event-item").first()).toBeVisible();
  expect(await injectionTraces(page, dialogs)).toEqual([]);
  await walkEverything(page, hostile, dialogs);
  // The reader shows the outlet and byline as written, and no link for a script URL.
  const article = hostile.articles[0];
  const event = hostile.events.find((e) => article && e.articleIds.includes(article.id));
  await page.goto(`./?event=${event?.id}&article=${article?.id}`);
  const reader = page.getByTestId("article-reader");
  await expect(reader.getByTestId("article-source")).toContainText(payloads.tag);
  await expect(reader).toContainText(`${payloads.svg} Byline`);
  await expect(reader.getByRole("link")).toHaveCount(0);
  await expect(reader.getByText("Original")).toHaveCount(0);
});

for (const kind of ["summaries", "full events"] as const) {
  test(`a broken ${kind} file and a bad record: the rest shows, the banner names file and place`, async ({
    page,
  }) => {
    const [file] = nasty.manifest.files.events;
    const events = JSON.parse(nasty.files[file ?? ""] ?? "[]") as EventData[];
    const half = Math.ceil(events.length / 2);
    const kept = events.slice(0, half);
    const bad = { ...(kept[1] as EventData), start: "2018-02-31" };
    const a = [kept[0], bad, ...kept.slice(2)] as EventData[];
    const b = events.slice(half);
    // With summaries the timeline reads those; data without them (older builds) is read whole.
    const summaries = kind === "summaries";
    const [aName, bName] = summaries
      ? ["event-summaries-a.json", "event-summaries-b.json"]
      : ["events-a.json", "events-b.json"];
    const asWritten = (list: EventData[]) => (summaries ? list.map(projectEventSummary) : list);
    const { eventSummaries: _, ...older } = nasty.manifest.files;
    const files = {
      ...nasty.files,
      "manifest.json": JSON.stringify({
        ...nasty.manifest,
        files: {
          ...older,
          events: ["events-a.json", "events-b.json"],
          ...(summaries ? { eventSummaries: [aName, bName] } : {}),
        },
      }),
      "events-a.json": JSON.stringify(a),
      "events-b.json": JSON.stringify(b),
      [aName]: JSON.stringify(asWritten(a)),
      [bName]: JSON.stringify(asWritten(b)).slice(0, 40),
    };
    await open(page, files, "?view=list");
    const banner = page.getByTestId("error").filter({ hasText: "Part of the data could not be read" });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(bName);
    await expect(banner).toContainText("not valid JSON");
    await expect(banner).toContainText(`${aName} › 1.start`);
    await expect(banner).toContainText("not a real calendar day");
    await expect(page.getByTestId("event-list").getByTestId("event-item")).toHaveCount(half - 1);
  });
}

test("malformed URL parameters are reported as text and ignored", async ({ page }) => {
  const query =
    `?view=${encodeURIComponent(payloads.script)}&lanes=${encodeURIComponent(payloads.tag)}` +
    `&from=2018-02-31&to=notaday&embed=maybe&event=${encodeURIComponent(payloads.tag)}` +
    `&sources=${encodeURIComponent(payloads.svg)}&q=${encodeURIComponent(payloads.iframe)}`;
  const dialogs = await open(page, nasty.files, query);
  // The filter (q) matches nothing, which the page says; the rest of the link is ignored or reported.
  await expect(page.getByTestId("result-count")).toBeVisible();
  const errors = page.getByTestId("error");
  await expect(errors.first()).toBeVisible();
  // The bad values are quoted back as text, so the reader can see what the link held.
  await expect(errors.filter({ hasText: payloads.script })).not.toHaveCount(0);
  await expect(errors.filter({ hasText: payloads.tag })).not.toHaveCount(0);
  await expect(errors.filter({ hasText: "Event not found" })).toBeVisible();
  expect(await injectionTraces(page, dialogs)).toEqual([]);
});
