import { describe, expect, it } from "vitest";
import type { SearchEventLists, SearchMeta, SearchShard } from "../../schema/search.ts";
import { highlightPieces } from "./Highlight.tsx";
import { createSearchIndexClient, type SearchIndexSource } from "./search-index-client.ts";

/**
 * The client runs against an index that the pipeline's builder makes from a hand-written corpus. The
 * app may not import the pipeline (tsconfig.app.json), so the builder is loaded by a path the type
 * checker does not follow; at run time Vitest resolves it like any module.
 */
const PIPELINE = "../../pipeline/search/";
interface Builder {
  buildSearchIndex(input: unknown): unknown;
}
interface Projector {
  projectSearchFiles(
    index: unknown,
    add: (stem: string, schema: { parse(d: unknown): unknown }, data: unknown) => string,
    target?: number,
  ): string[];
}

async function fixtureIndex(): Promise<{ source: SearchIndexSource; fetched: string[] }> {
  const { buildSearchIndex } = (await import(`${PIPELINE}build-search-index.ts`)) as Builder;
  const { projectSearchFiles } = (await import(`${PIPELINE}project-search.ts`)) as Projector;
  const { fixtureArticles, fixtureEvents } = (await import(`${PIPELINE}fixture-corpus.ts`)) as {
    fixtureArticles: unknown;
    fixtureEvents: unknown;
  };
  const files = new Map<string, string>();
  const names = projectSearchFiles(
    buildSearchIndex({ articles: fixtureArticles, events: fixtureEvents, entities: [] }),
    (stem, schema, data) => {
      files.set(`${stem}.json`, JSON.stringify(schema.parse(data)));
      return `${stem}.json`;
    },
    60,
  );
  const fetched: string[] = [];
  return {
    fetched,
    source: {
      loadMeta: async () => JSON.parse(files.get(names[0]!)!) as SearchMeta,
      loadEventLists: async (file) => {
        fetched.push(file);
        return JSON.parse(files.get(file)!) as SearchEventLists;
      },
      loadShard: async (file) => {
        fetched.push(file);
        return JSON.parse(files.get(file)!) as SearchShard;
      },
    },
  };
}

async function ids(q: string): Promise<string[]> {
  const client = createSearchIndexClient((await fixtureIndex()).source);
  return [...(await client.search(q)).eventIds].sort();
}

describe("search index client", () => {
  it("requires every word, matching events through their articles' full text", async () => {
    expect(await ids("pompeo")).toEqual(["ev-1"]);
    expect(await ids("korea")).toEqual(["ev-1", "ev-3"]);
    expect(await ids("korea missile")).toEqual(["ev-3"]);
    expect(await ids("korea zebra")).toEqual([]);
  });

  it("matches folded forms: diacritics and possessives", async () => {
    expect(await ids("Choson")).toEqual(["ev-2"]);
    expect(await ids("chosŏn")).toEqual(["ev-2"]);
    expect(await ids("Korea’s")).toEqual(["ev-1", "ev-3"]);
  });

  it("matches the word being typed as a prefix, and forgives typos", async () => {
    expect(await ids("pomp")).toEqual(["ev-1"]);
    expect(await ids("pomp ")).toEqual([]);
    expect(await ids("missle")).toEqual(["ev-2", "ev-3"]);
    expect(await ids("plenery")).toEqual(["ev-2"]);
  });

  it("keeps phrases exact and in order, never across fields", async () => {
    expect(await ids('"supreme leader"')).toEqual(["ev-1", "ev-2"]);
    expect(await ids('"leader supreme"')).toEqual([]);
    // Event 3's title ends with "missile" and its quote starts with "North": not a phrase.
    expect(await ids('"missile north"')).toEqual([]);
  });

  it("excludes words and phrases", async () => {
    expect(await ids("korea -missile")).toEqual(["ev-1"]);
    expect(await ids('kim -"special envoys"')).toEqual([]);
    expect(await ids("korea -nonexistent")).toEqual(["ev-1", "ev-3"]);
  });

  it("filters by source (OR) and date, and counts events per outlet", async () => {
    const client = createSearchIndexClient((await fixtureIndex()).source);
    const all = await client.search("korea");
    expect(Object.fromEntries(all.countsBySource)).toEqual({ kcna: 1, reuters: 2 });
    const kcna = await client.search("korea source:kcna");
    expect([...kcna.eventIds]).toEqual(["ev-1"]);
    expect(Object.fromEntries(kcna.countsBySource)).toEqual({ kcna: 1 });
    expect([...(await client.search("source:kcna source:reuters from:2018")).eventIds].sort()).toEqual([
      "ev-1",
      "ev-2",
    ]);
    expect([...(await client.search("from:2018-03-06 to:2018-03")).eventIds]).toEqual(["ev-1"]);
    expect([...(await client.search("to:2017")).eventIds]).toEqual(["ev-3"]);
  });

  it("reports unknown sources and parse problems with the result", async () => {
    const client = createSearchIndexClient((await fixtureIndex()).source);
    const r = await client.search("korea source:bbc from:2018-13");
    expect(r.eventIds.size).toBe(0);
    expect(r.problems).toHaveLength(2);
    expect(r.problems[1]).toContain('"bbc"');
  });

  it("returns the terms to highlight, prefixes and typos resolved", async () => {
    const client = createSearchIndexClient((await fixtureIndex()).source);
    expect((await client.search("missle pomp")).highlightTerms).toEqual(["missile", "pompeo"]);
  });

  it("fetches only the event lists of the query's terms, each once, and no positions for words", async () => {
    const { source, fetched } = await fixtureIndex();
    const client = createSearchIndexClient(source);
    const meta = await source.loadMeta();
    expect(meta.eventLists.length).toBeGreaterThan(2);
    const first = await client.search("pompeo");
    expect(first.files).toHaveLength(1);
    expect(fetched).toEqual(first.files);
    expect(meta.eventLists.map((f) => f.file)).toContain(first.files[0]);
    await client.search("pompeo");
    await client.search("pomp");
    expect(fetched).toHaveLength(1);
  });

  it("reads positions only for a phrase that some event could hold", async () => {
    const { source, fetched } = await fixtureIndex();
    const client = createSearchIndexClient(source);
    const meta = await source.loadMeta();
    const postingsFiles = new Set(meta.shards.map((s) => s.file));
    // No event has both words: the event lists settle it.
    expect((await client.search('"pompeo missile"')).eventIds.size).toBe(0);
    expect(fetched.filter((f) => postingsFiles.has(f))).toEqual([]);
    // A phrase of one word is that word (its positions are fetched ahead, for the next word).
    const one = await client.search('"choson"');
    expect([...one.eventIds]).toEqual(["ev-2"]);
    expect(one.files.filter((f) => postingsFiles.has(f))).toEqual([]);
    // Both words in ev-1 and ev-2, adjacent in both: positions decide.
    const phrase = await client.search('"supreme leader"');
    expect([...phrase.eventIds].sort()).toEqual(["ev-1", "ev-2"]);
    expect(phrase.files.filter((f) => postingsFiles.has(f)).length).toBeGreaterThan(0);
  });

  it("prefetches every event list once a query has been answered, then answers words from them", async () => {
    const { source, fetched } = await fixtureIndex();
    const client = createSearchIndexClient(source);
    const meta = await source.loadMeta();
    await client.search("korea");
    client.prefetch();
    client.prefetch();
    await expect.poll(() => fetched.length).toBe(meta.eventLists.length);
    expect([...new Set(fetched)].sort()).toEqual(meta.eventLists.map((f) => f.file).sort());
    expect([...(await client.search("envoys -pompeo")).eventIds]).toEqual([]);
    expect([...(await client.search("plenery")).eventIds]).toEqual(["ev-2"]);
    expect(fetched).toHaveLength(meta.eventLists.length);
  });

  it("answers at once what it can from files already loaded, and nothing before", async () => {
    const { source } = await fixtureIndex();
    const client = createSearchIndexClient(source);
    expect(client.searchNow("korea")).toBeUndefined();
    await client.search("korea");
    expect([...client.searchNow("korea")!.eventIds].sort()).toEqual(["ev-1", "ev-3"]);
    expect([...client.searchNow("kor")!.eventIds].sort()).toEqual(["ev-1", "ev-3"]);
    // Its terms' event lists are in another file, not loaded yet.
    expect(client.searchNow("pompeo")).toBeUndefined();
    expect([...(await client.search("pompeo")).eventIds]).toEqual(["ev-1"]);
    expect([...client.searchNow("pompeo")!.eventIds]).toEqual(["ev-1"]);
  });

  it("loads a file again after a failed load instead of keeping the failure", async () => {
    const { source } = await fixtureIndex();
    let failures = 1;
    const flaky: SearchIndexSource = {
      ...source,
      loadEventLists: async (file) => {
        if (failures-- > 0) throw new Error("offline");
        return source.loadEventLists(file);
      },
    };
    const client = createSearchIndexClient(flaky);
    await expect(client.search("korea")).rejects.toThrow("offline");
    expect((await client.search("korea")).eventIds.size).toBe(2);
  });

  it("retries the meta after a failed load instead of keeping the failure", async () => {
    const { source } = await fixtureIndex();
    let calls = 0;
    const flaky: SearchIndexSource = {
      loadMeta: async () => {
        calls++;
        if (calls === 1) throw new Error("offline");
        return source.loadMeta();
      },
      loadEventLists: source.loadEventLists,
      loadShard: source.loadShard,
    };
    const client = createSearchIndexClient(flaky);
    await expect(client.search("korea")).rejects.toThrow("offline");
    expect((await client.search("korea")).eventIds.size).toBe(2);
  });
});

describe("highlightPieces", () => {
  it("cuts a text into marked and plain pieces that cover it all", () => {
    const text = "Kim met Pompeo.";
    expect(highlightPieces(text, [{ start: 8, end: 14 }])).toEqual([
      { text: "Kim met ", marked: false },
      { text: "Pompeo", marked: true },
      { text: ".", marked: false },
    ]);
    expect(
      highlightPieces(text, [])
        .map((p) => p.text)
        .join(""),
    ).toBe(text);
  });
});
