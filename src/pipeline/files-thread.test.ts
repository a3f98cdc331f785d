import { describe, expect, it } from "vitest";
import { countCorpus, receivedCounts } from "./compare/corpus-counts.ts";
import type { LinkedEntity } from "./events/mention-list.ts";
import { mentionListOf } from "./events/mention-list.ts";
import { finishMessage, receivedEvents, startArticle, startFilesThread } from "./files-thread.ts";
import { outputFiles } from "./output-files.ts";
import { projectEntityFiles } from "./project-entities.ts";
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
// Each quote is its article's text between the mention's offsets, as the events stage makes it
// (the search fixture's quotes are written by hand).
const textOf = new Map(fixtureArticles.map((a) => [a.id, a.text]));
const events = fixtureEvents.map((e, i) => ({
  ...e,
  entityIds: i % 2 ? ["kim-jong-un"] : ["mike-pompeo"],
  mentions: e.mentions.map((m) => ({ ...m, quote: textOf.get(m.articleId)!.slice(m.start, m.end) })),
}));
// What the events stage adds to each article: its own event, and its time expressions.
const articles = fixtureArticles.map((a, n) => ({
  ...a,
  timexes: n % 2 ? [] : [{ start: 0, end: 3, text: a.text.slice(0, 3), value: "2018-06-12" }],
}));

/** The thread started, sent the entities and then the events, as a build sends them (`finished`: the articles they were found in). */
function threadFiles(input: typeof articles, finished = input) {
  const thread = startFilesThread({ articles: input.map(startArticle) });
  thread.linked(entities);
  const files = thread.finish(finishMessage(finished, events));
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
  it("makes the entity files and search index this thread makes", async () => {
    const files = outputFiles();
    const none = () => undefined;
    const names = runSteps(projectEntityFiles(entities, files.add, none));
    const entityFiles = { files: files.flush(), names };
    const index = buildSearchIndex({ articles, events, entities });
    const searchNames = runSteps(projectSearchFileSteps(index, files.add, none));
    const here = { entityFiles, searchFiles: { files: files.flush(), names: searchNames } };
    expect(here.entityFiles.files.map((f) => f.name)).toEqual([
      expect.stringMatching(/^entity-mentions-000\.[0-9a-f]{10}\.json$/),
      expect.stringMatching(/^entities\.[0-9a-f]{10}\.json$/),
    ]);
    expect(index.meta.terms).toContain("pompeo");
    expect(await threadFiles(articles).files).toEqual(here);
  }, 30_000);

  it("is sent the events' mentions as places in the articles, and cuts the same quotes from their texts", () => {
    const sent = finishMessage(articles, events);
    expect(sent.mentions.length).toBe(3 * events.reduce((n, e) => n + e.mentions.length, 0));
    const received = receivedEvents(articles.map(startArticle), sent);
    expect(received.map((e) => e.mentions)).toEqual(
      events.map((e) => e.mentions.map((m) => ({ articleId: m.articleId, quote: m.quote }))),
    );
    expect(received.flatMap((e) => e.mentions).every((m) => m.quote.length > 0)).toBe(true);
    expect(received.map(({ mentions: _, ...e }) => e)).toEqual(
      // All the search index reads of an event besides its mentions.
      events.map(({ mentions: _, articleIds: __, precision: ___, ...e }) => e),
    );
  });

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
    const { counts, files } = threadFiles(broken, articles.slice(0, 1));
    await expect(counts).rejects.toThrow();
    await expect(files).rejects.toThrow();
  }, 30_000);
});
