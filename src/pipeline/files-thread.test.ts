import { describe, expect, it } from "vitest";
import { projectArticleFileSteps } from "./article-files.ts";
import type { LinkedEntity } from "./events/mention-list.ts";
import { mentionListOf } from "./events/mention-list.ts";
import { filesOnThread } from "./files-thread.ts";
import { outputFiles } from "./output-files.ts";
import { projectEntityFiles } from "./project-entities.ts";
import { runSteps } from "./run-steps.ts";
import { buildSearchIndex } from "./search/build-search-index.ts";
import { fixtureArticles, fixtureEvents } from "./search/fixture-corpus.ts";

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

describe("article files, entity files and search index on a worker thread", () => {
  it("are the files and index this thread makes, from whole articles, events and entities", async () => {
    const input = { articles: fixtureArticles, events, entities };
    const files = outputFiles();
    const articleNames = runSteps(projectArticleFileSteps(fixtureArticles, files.add, () => undefined));
    const articleFiles = { files: files.flush(), names: articleNames };
    const names = runSteps(projectEntityFiles(entities, files.add, () => undefined));
    const here = {
      articleFiles,
      entityFiles: { files: files.flush(), names },
      searchIndex: buildSearchIndex(input),
    };
    const texts = articleFiles.files.flatMap((f) =>
      JSON.parse(f.content).map((a: { text: string }) => a.text),
    );
    expect(texts.sort()).toEqual(fixtureArticles.map((a) => a.text).sort());
    expect(here.entityFiles.files.map((f) => f.name)).toEqual([
      expect.stringMatching(/^entity-mentions-000\.[0-9a-f]{10}\.json$/),
      expect.stringMatching(/^entities\.[0-9a-f]{10}\.json$/),
    ]);
    expect(here.searchIndex.meta.terms).toContain("pompeo");
    expect(await filesOnThread(input)).toEqual(here);
  }, 30_000);

  it("fail the build's promise when the worker fails", async () => {
    // No text to read: the index throws on the worker, not while the input is sent.
    const articles = [{ ...fixtureArticles[0]!, text: null as unknown as string }];
    await expect(filesOnThread({ articles, events, entities })).rejects.toThrow(/null/);
  }, 30_000);
});
