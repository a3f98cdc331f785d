import { describe, expect, it } from "vitest";
import { articleFileIndex, splitArticlesByPeriod } from "./article-files.ts";
import { countCorpus, receivedCounts } from "./compare/corpus-counts.ts";
import type { LinkedEntity } from "./events/mention-list.ts";
import { mentionListOf } from "./events/mention-list.ts";
import { projectEventFileSteps } from "./events-files.ts";
import { sentEvent, startArticle, startFilesThread } from "./files-thread.ts";
import { contentOf, outputFiles } from "./output-files.ts";
import { projectEntityFiles } from "./project-entities.ts";
import { projectEvent } from "./project-files.ts";
import { runSteps } from "./run-steps.ts";
import { buildSearchIndex } from "./search/build-search-index.ts";
import { fixtureArticles, fixtureEvents } from "./search/fixture-corpus.ts";
import { projectSearchFileSteps } from "./search/project-search.ts";

// Two entities sharing one article table, as the linker makes them.
const table = { ids: [] as string[], sourceIds: [] as string[] };
const entities: LinkedEntity[] = [
  {
    id: "kim-jong-un",
    name: "Kim Jong Un",
    kind: "person",
    aliases: ["Chairman Kim", "Kim Jong Un"],
    mentions: mentionListOf(
      [
        { text: "Kim Jong Un", articleId: "a1", sourceId: "kcna", start: 0, end: 11, form: "name" },
        { text: "Chairman Kim", articleId: "a2", sourceId: "fox-news", start: 40, end: 52, form: "title" },
      ],
      table,
    ),
  },
  {
    id: "mike-pompeo",
    name: "Mike Pompeo",
    kind: "person",
    mentions: mentionListOf(
      [{ text: "Pompeo", articleId: "a2", sourceId: "fox-news", start: 5, end: 11, form: "surname" }],
      table,
    ),
  },
];
const events = fixtureEvents.map((e, i) => ({ ...e, entityIds: i % 2 ? ["kim-jong-un"] : ["mike-pompeo"] }));
// What the events stage adds to each article: its own event, and its time expressions.
const articles = fixtureArticles.map((a, n) => ({
  ...a,
  timexes: n % 2 ? [] : [{ start: 0, end: 3, text: a.text.slice(0, 3), value: "2018-06-12" }],
}));

/** The thread started, sent the entities and then the events, as a build sends them. */
function threadFiles(input: typeof articles) {
  const thread = startFilesThread({ articles: input.map(startArticle) });
  thread.linked(entities);
  const files = thread.finish({
    primaryEventIds: input.map((a) => a.primaryEventId),
    timexes: input.map((a) => a.timexes),
    events: events.map(sentEvent),
  });
  return { counts: thread.counts, files };
}

/** A term table's contents by term name, sorted, for comparing tables numbered by two lexicons. */
function named(counts: ReturnType<typeof countCorpus>) {
  const rows: string[] = [];
  counts.terms.corpus.counts.forEach((n, key) => {
    rows.push(`${counts.lexicon.termName(key)}=${n}`);
  });
  return rows.sort();
}

describe("the files thread", () => {
  it("makes the entity, events and search files this thread makes", async () => {
    const files = outputFiles();
    const none = () => undefined;
    const names = runSteps(projectEntityFiles(entities, files.add, none));
    const entityFiles = { files: files.flush(), names };
    const fileOf = articleFileIndex(splitArticlesByPeriod(articles).map((p) => p.articles));
    const projected = events.map((e) => projectEvent(e, fileOf));
    const eventNames = runSteps(projectEventFileSteps(projected, files.add, none));
    const eventFiles = { files: files.flush(), names: eventNames };
    const index = buildSearchIndex({ articles, events: projected, entities });
    const searchNames = runSteps(projectSearchFileSteps(index, files.add, none));
    const here = {
      entityFiles,
      eventFiles,
      searchFiles: { files: files.flush(), names: searchNames },
    };
    expect(here.entityFiles.files.map((f) => f.name)).toEqual([
      expect.stringMatching(/^entity-mentions-000\.[0-9a-f]{10}\.json$/),
      expect.stringMatching(/^entities\.[0-9a-f]{10}\.json$/),
    ]);
    expect(index.meta.terms).toContain("pompeo");
    // Each event's file lists the article files its articles are in.
    const writtenEvents = eventFiles.files
      .filter((f) => f.name.startsWith("events-"))
      .flatMap((f) => JSON.parse(contentOf(f)));
    expect(writtenEvents.map((e: { id: string }) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
    expect(writtenEvents.every((e: { articleFiles: number[] }) => e.articleFiles.length > 0)).toBe(true);
    expect(await threadFiles(articles).files).toEqual(here);
  }, 30_000);

  it("counts the corpus's terms as the compare stage here would, numbered alike", async () => {
    const here = countCorpus(articles);
    const { counts: there } = receivedCounts(await threadFiles(articles).counts);
    expect(there.lexicon.terms).toEqual(here.lexicon.terms);
    expect(there.lexicon.stems).toEqual(here.lexicon.stems);
    expect(named(there)).toEqual(named(here));
    expect(named(there).length).toBeGreaterThan(50);
    expect(there.terms.corpus.total).toBe(here.terms.corpus.total);
    expect([...there.terms.outlets.keys()]).toEqual([...here.terms.outlets.keys()]);
    expect(there.words).toEqual(here.words);
    // A word met next gets the number it would have got here.
    const token = (l: typeof here.lexicon) => l.token("Zorblax", 0, 7, false).termId;
    expect(token(there.lexicon)).toBe(token(here.lexicon));
    expect(token(there.lexicon)).toBe(here.lexicon.terms.length - 1);
  }, 30_000);

  it("fails the build's promises when the worker fails", async () => {
    // No text to read: counting throws on the worker, not while the input is sent.
    const broken = [{ ...articles[0]!, text: null as unknown as string }];
    const { counts, files } = threadFiles(broken);
    await expect(counts).rejects.toThrow();
    await expect(files).rejects.toThrow();
  }, 30_000);
});
