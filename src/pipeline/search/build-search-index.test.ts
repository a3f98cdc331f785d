import { describe, expect, it } from "vitest";
import {
  decodeEventList,
  decodePostings,
  encodeEventList,
  encodePostings,
  searchEventLists,
  searchMeta,
  searchShard,
} from "../../schema/search.ts";
import { buildSearchIndex, epochDay, readArticleTexts } from "./build-search-index.ts";
import { fixtureArticles, fixtureEvents } from "./fixture-corpus.ts";
import { projectSearchFiles, shardStarts } from "./project-search.ts";

const input = { articles: fixtureArticles, events: fixtureEvents, entities: [] };

function postingsOf(term: string) {
  const index = buildSearchIndex(input);
  const ordinal = index.meta.terms.indexOf(term);
  return ordinal < 0 ? undefined : decodePostings(index.postings[ordinal]!);
}

describe("buildSearchIndex", () => {
  it("indexes events first, then articles that count for an event, and skips articles of no event", () => {
    const { meta } = buildSearchIndex(input);
    expect(meta.events.ids).toEqual(["ev-1", "ev-2", "ev-3"]);
    // 3 event documents, then a1..a4; a5 has no event.
    expect(meta.docEvents).toEqual([[0], [1], [2], [0], [0], [1], [2]]);
    expect(meta.terms).not.toContain("zebra");
  });

  it("gives the same index from the articles' texts read beforehand, articles of no event left out", () => {
    const read = readArticleTexts(fixtureArticles);
    const index = buildSearchIndex(input, read);
    expect(index).toEqual(buildSearchIndex(input));
    // "zebra" is only in a5, of no event: read beforehand, but no term of the index.
    expect(read.occurrences.terms()).toContain("zebra");
    expect(index.meta.terms).not.toContain("zebra");
    // Texts read for other articles are refused rather than numbered wrongly.
    expect(() => buildSearchIndex(input, readArticleTexts([...fixtureArticles].reverse()))).toThrow(
      /other articles/,
    );
  });

  it("folds terms with the shared normaliser, sorted", () => {
    const { meta } = buildSearchIndex(input);
    expect(meta.terms).toContain("choson");
    expect(meta.terms).toContain("korea");
    expect(meta.terms).not.toContain("korea’s");
    expect([...meta.terms].sort()).toEqual(meta.terms);
  });

  it("finds a word that only an article's full text has, in that article's document", () => {
    expect(postingsOf("pompeo")?.map((p) => p.doc)).toEqual([4]);
  });

  it("records token positions, with a gap between fields so phrases do not span them", () => {
    // Event 3's document: title "North Korea fires a missile" (0-4), gap (no summary), quote "North Korea fired a missile." (6-10).
    const north = postingsOf("north")!.find((p) => p.doc === 2)!;
    expect(north.positions).toEqual([0, 6]);
    const missile = postingsOf("missile")!.find((p) => p.doc === 2)!;
    expect(missile.positions).toEqual([4, 10]);
  });

  it("keeps event dates as day numbers and sources as indexes", () => {
    const { meta } = buildSearchIndex(input);
    expect(meta.sources).toEqual(["kcna", "reuters"]);
    expect(meta.events.startDay[0]).toBe(epochDay("2018-03-05"));
    expect(meta.events.spanDays).toEqual([1, 0, 0]);
    expect(meta.events.sources).toEqual([[0, 1], [0], [1]]);
  });

  it("indexes summaries and participants' names", () => {
    const withEntity = {
      ...input,
      events: [{ ...fixtureEvents[2]!, entityIds: ["p1"] }],
      entities: [{ id: "p1", name: "Ri Yong Ho", kind: "person" as const, mentions: [] }],
    };
    expect(buildSearchIndex(withEntity).meta.terms).toContain("yong");
    expect(buildSearchIndex(input).meta.terms).toContain("workers");
  });

  it("lists, per term, the events whose documents hold it, ascending", () => {
    const index = buildSearchIndex(input);
    const eventsOf = (term: string) => decodeEventList(index.eventLists[index.meta.terms.indexOf(term)]!);
    expect(index.eventLists).toHaveLength(index.meta.terms.length);
    // Only a1's and a2's texts (both ev-1) and ev-2's summary hold these.
    expect(eventsOf("pompeo")).toEqual([0]);
    expect(eventsOf("workers")).toEqual([1]);
    expect(eventsOf("korea")).toEqual([0, 2]);
    expect(eventsOf("missile")).toEqual([1, 2]);
    // The lists agree with the postings read through docEvents, for every term.
    for (const [i, encoded] of index.eventLists.entries()) {
      const viaDocs = new Set(
        decodePostings(index.postings[i]!).flatMap((p) => index.meta.docEvents[p.doc]!),
      );
      expect(decodeEventList(encoded)).toEqual([...viaDocs].sort((a, b) => a - b));
    }
  });

  it("encodes postings as encodePostings does, whatever the document and position gaps", () => {
    // Articles of one event with long texts: positions and document numbers past base 36's one digit.
    const words = (n: number, seed: number) =>
      Array.from({ length: n }, (_, i) => ((i * seed) % 7 === 0 ? "alpha" : `w${(i * seed) % 50}`)).join(" ");
    const articles = Array.from({ length: 60 }, (_, i) => ({
      ...fixtureArticles[0]!,
      id: `x${i}`,
      title: i % 3 === 0 ? "" : "Alpha beta",
      text: words(100 + i * 20, i + 3),
    }));
    const index = buildSearchIndex({ ...input, articles });
    const ordinal = index.meta.terms.indexOf("alpha");
    const postings = decodePostings(index.postings[ordinal]!);
    expect(postings.length).toBeGreaterThan(40);
    expect(encodePostings(postings)).toBe(index.postings[ordinal]);
    // An empty title has no tokens but still takes the gap after it.
    const untitled = articles.findIndex((a) => a.title === "");
    const doc = postings.find((p) => p.doc === fixtureEvents.length + untitled)!;
    expect(doc.positions[0]).toBe(1 + articles[untitled]!.text.split(" ").indexOf("alpha"));
  });

  it("is deterministic: the same input gives the same bytes", () => {
    expect(JSON.stringify(buildSearchIndex(input))).toBe(JSON.stringify(buildSearchIndex(input)));
  });
});

describe("postings encoding", () => {
  it("round-trips documents and positions", () => {
    const postings = [
      { doc: 0, positions: [0, 5, 40] },
      { doc: 37, positions: [1] },
      { doc: 1000, positions: [2, 3] },
    ];
    expect(encodePostings(postings)).toBe("0:0,5,z;11:1;qr:2,1");
    expect(decodePostings(encodePostings(postings))).toEqual(postings);
    expect(decodePostings("")).toEqual([]);
  });
});

describe("event list encoding", () => {
  it("round-trips ascending event ordinals, one character per close event", () => {
    const events = [0, 1, 2, 5, 40, 41, 1000, 1_000_000];
    const text = encodeEventList(events);
    expect(decodeEventList(text)).toEqual(events);
    expect(encodeEventList([0, 1, 2, 3])).toHaveLength(4);
    expect(encodeEventList([])).toBe("");
    expect(decodeEventList("")).toEqual([]);
    expect(searchEventLists.shape.events.element.safeParse(text).success).toBe(true);
  });

  it("refuses text that is not an event list", () => {
    expect(() => decodeEventList("a,b")).toThrow("not an event list");
  });
});

describe("shards", () => {
  it("cuts the vocabulary into contiguous ranges near the target size", () => {
    // Each term costs its length + 3 (quotes and comma in the JSON).
    expect(shardStarts(["aaaa", "bb", "cccccc", "d"], 12)).toEqual([0, 2, 3]);
    expect(shardStarts([], 10)).toEqual([]);
    // A term larger than the target gets its own shard.
    expect(shardStarts(["x".repeat(50), "y"], 10)).toEqual([0, 1]);
  });

  it("writes valid shard and meta files, meta first, names content-hashed by the caller", () => {
    const written = new Map<string, unknown>();
    const names = projectSearchFiles(
      buildSearchIndex(input),
      (stem, schema, data) => {
        const name = `${stem}.json`;
        written.set(name, schema.parse(data));
        return name;
      },
      40,
    );
    expect(names[0]).toBe("search-meta.json");
    const meta = searchMeta.parse(written.get("search-meta.json"));
    expect(meta.shards.length).toBeGreaterThan(3);
    expect(meta.eventLists.length).toBeGreaterThan(1);
    expect(names.slice(1)).toEqual([
      ...meta.eventLists.map((f) => f.file),
      ...meta.shards.map((s) => s.file),
    ]);
    let next = 0;
    for (const s of meta.shards) {
      const shard = searchShard.parse(written.get(s.file));
      expect(shard.firstTerm).toBe(next);
      next += shard.postings.length;
    }
    expect(next).toBe(meta.terms.length);
    next = 0;
    for (const f of meta.eventLists) {
      const lists = searchEventLists.parse(written.get(f.file));
      expect(lists.firstTerm).toBe(next);
      next += lists.events.length;
    }
    expect(next).toBe(meta.terms.length);
  });
});
