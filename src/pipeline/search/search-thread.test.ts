import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "./build-search-index.ts";
import { fixtureArticles, fixtureEvents } from "./fixture-corpus.ts";
import { searchIndexOnThread } from "./search-thread.ts";

const entities = [
  { id: "kim-jong-un", name: "Kim Jong Un" },
  { id: "mike-pompeo", name: "Mike Pompeo" },
];
const events = fixtureEvents.map((e, i) => ({ ...e, entityIds: i % 2 ? ["kim-jong-un"] : ["mike-pompeo"] }));

describe("the search index on a worker thread", () => {
  it("is the index this thread builds, from whole articles and events", async () => {
    const input = { articles: fixtureArticles, events, entities };
    const here = buildSearchIndex(input);
    expect(here.meta.terms).toContain("pompeo");
    expect(await searchIndexOnThread(input)).toEqual(here);
  }, 30_000);

  it("fails the build's promise when the worker fails", async () => {
    // No text to read: buildSearchIndex throws on the worker, not while the input is sent.
    const articles = [{ ...fixtureArticles[0]!, text: null as unknown as string }];
    await expect(searchIndexOnThread({ articles, events, entities })).rejects.toThrow(/null/);
  }, 30_000);
});
