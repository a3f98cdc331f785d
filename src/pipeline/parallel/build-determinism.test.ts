import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assembleCorpus } from "../assemble-corpus.ts";
import { build } from "../build.ts";
import { memoryCache } from "../cache/memory-cache.ts";
import { memoryEffects } from "../memory-effects.ts";
import { readInput } from "../read/read-input.ts";

const repo = join(import.meta.dirname, "../../..");
const sources = readFileSync(join(repo, "data/sources.json"), "utf8");

/**
 * The seeds, a feed of dated wire stories naming the same people, and pasted pages dated only by a
 * weekday (so the second, corpus-year pass runs), plus an exact duplicate and a rejected file.
 */
function corpus(): Record<string, string> {
  const files: Record<string, string> = Object.fromEntries(
    readdirSync(join(repo, "data/articles")).map((name) => [
      name,
      readFileSync(join(repo, "data/articles", name), "utf8"),
    ]),
  );
  const outlets = ["Reuters", "AP", "KCNA", "Yonhap", "Fox News"];
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    const day = String(1 + (i % 27)).padStart(2, "0");
    const who = ["Kim Jong Un", "Mike Pompeo", "Moon Jae-in"][i % 3]!;
    lines.push(
      JSON.stringify({
        title: `${who} meets envoys in Pyongyang (${i})`,
        source: outlets[i % outlets.length],
        published: `2018-0${1 + (i % 6)}-${day}`,
        body: `PYONGYANG, May ${day} (Reuters) -- ${who} met South Korean envoys in Pyongyang on Tuesday, officials said. “We will meet again next month,” ${who} said. Talks on denuclearization began last week. Story ${i}.`,
      }),
    );
  }
  files["feed.jsonl"] = `${lines.join("\n")}\n`;
  for (let i = 0; i < 6; i++)
    files[`pasted-${i}.txt`] =
      `Envoys arrive in Seoul\n\nSEOUL (Yonhap) -- Envoys arrived in Seoul on Thursday to prepare talks with Kim Jong Un, officials said ${i} times.`;
  files["copy.jsonl"] = `${lines[0]}\n`;
  files["broken.json"] = "{ not json";
  return files;
}

const built = async (
  files: Record<string, string>,
  options: Parameters<typeof build>[1],
  cache?: ReturnType<typeof memoryCache>,
  messages: string[] = [],
) => {
  const effects = Object.assign(memoryEffects(files, { sources }), cache ? { cache } : {});
  await build(effects, options);
  messages.push(...effects.messages);
  return [...effects.outputs.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
};

describe("byte-identical builds", () => {
  it("in this thread, on worker threads, from the cache, and with the in-process core", async () => {
    const files = corpus();
    const serial = await built(files, { workers: 0 });
    expect(await built(files, { workers: 0 })).toEqual(serial);
    expect(await built(files, { workers: 2, parallelFrom: 0 })).toEqual(serial);
    // Article files, entity files and search index made on a worker thread beside the other files.
    expect(await built(files, { workers: 2, filesThreadFrom: 0 })).toEqual(serial);

    const cache = memoryCache("v1");
    expect(await built(files, { workers: 2, parallelFrom: 0 }, cache)).toEqual(serial);
    expect(cache.hits).toBe(0);
    expect(await built(files, { workers: 0 }, cache)).toEqual(serial);
    expect(cache.misses).toBeGreaterThan(0);
    expect(cache.hits).toBe(cache.misses);

    // assembleCorpus (used by scripts and the fuzz test) agrees with the build on every field.
    const reads = Object.keys(files)
      .sort()
      .filter((p) => p !== "sources.json")
      .map((p) => readInput(p, files[p]!.length, new TextEncoder().encode(files[p]!)));
    const core = assembleCorpus(reads, JSON.parse(sources));
    const manifest = JSON.parse(serial.find(([n]) => n === "manifest.json")![1]);
    expect(core.events.length).toBe(manifest.eventCount);
    expect(core.articles.length).toBe(manifest.articleCount);
  }, 60_000);

  it("keeps comparison shards, article and events files whose content did not change, and makes them again when gone", async () => {
    const effects = Object.assign(memoryEffects(corpus(), { sources }), { cache: memoryCache("v1") });
    await build(effects, { workers: 0 });
    const first = new Map(effects.outputs);
    const kinds = ["comparisons-0", "articles-", "events-", "event-summaries-"];
    const shards = [...first.keys()].filter((name) => kinds.some((kind) => name.startsWith(kind)));
    for (const kind of kinds) expect(shards.some((name) => name.startsWith(kind))).toBe(true);
    const written: string[] = [];
    const write = effects.writeOutput;
    effects.writeOutput = (name, content) => {
      written.push(name);
      return write(name, content);
    };
    await build(effects, { workers: 0 });
    expect(effects.outputs).toEqual(first);
    // Known by name and size from the last build: not made, not written.
    expect(written.filter((name) => shards.includes(name))).toEqual([]);
    const gone = kinds.map((kind) => shards.find((name) => name.startsWith(kind))!);
    for (const name of gone) effects.outputs.delete(name);
    await build(effects, { workers: 0 });
    expect(effects.outputs).toEqual(first);
    expect(written.filter((name) => shards.includes(name)).sort()).toEqual(gone.sort());
  }, 60_000);

  it("after an edit that leaves every article's names as they were, with the last build's linking", async () => {
    const files = corpus();
    const cache = memoryCache("v1");
    const first: string[] = [];
    await built(files, { workers: 0 }, cache, first);
    expect(first.some((m) => m.startsWith("names: linked as in the last build"))).toBe(false);
    // A sentence more, naming no one: the article's id (a digest of its text) changes, its names do not.
    const edited = {
      ...files,
      "feed.jsonl": files["feed.jsonl"]!.replace(
        "Story 7.",
        "Story 7. Officials said on Friday that the talks would resume next week.",
      ),
    };
    const messages: string[] = [];
    expect(await built(edited, { workers: 0 }, cache, messages)).toEqual(await built(edited, { workers: 0 }));
    expect(messages.some((m) => m.startsWith("names: linked as in the last build"))).toBe(true);
    // The events whose mentions did not change are the last build's; the edited article's are made anew.
    const [, keptEvents, madeEvents] =
      /^events: (\d+) from the last build, (\d+) made anew$/.exec(
        messages.find((m) => m.startsWith("events:")) ?? "",
      ) ?? [];
    expect(Number(keptEvents)).toBeGreaterThan(10);
    expect(Number(madeEvents)).toBeGreaterThan(0);
    // A name changed: linked anew, and again the same bytes as from nothing.
    const renamed = {
      ...edited,
      "feed.jsonl": edited["feed.jsonl"]!.replace("Story 7.", "Story 7 by Kang Kyung-wha."),
    };
    const again: string[] = [];
    expect(await built(renamed, { workers: 0 }, cache, again)).toEqual(await built(renamed, { workers: 0 }));
    expect(again.some((m) => m.startsWith("names: linked as in the last build"))).toBe(false);
  }, 60_000);

  it("after an edit, from the last build's cache and stage memos, as from nothing", async () => {
    // A surname that no article of the first build completes: dropped there, linked once the new
    // article gives the full name, which changes this unedited article's findings too.
    const files: Record<string, string> = {
      ...corpus(),
      "kang.jsonl": JSON.stringify({
        title: "Seoul hopeful on talks",
        source: "Yonhap",
        published: "2018-05-03",
        body: "SEOUL (Yonhap) -- Kang told reporters on Wednesday that the talks with Pyongyang went well.",
      }),
    };
    const cache = memoryCache("v1");
    await built(files, { workers: 0 }, cache);
    const threadCache = memoryCache("v1");
    await built(files, { workers: 0 }, threadCache);
    const edited: Record<string, string> = { ...files };
    // One article given a sentence more (a new dated mention), one gone, one new.
    edited["feed.jsonl"] = files["feed.jsonl"]!.replace(
      "Story 7.",
      "Story 7. Officials said on Friday that the talks would resume next week.",
    );
    delete edited["pasted-2.txt"];
    edited["new.jsonl"] = JSON.stringify({
      title: "Kang meets Pompeo",
      source: "AP",
      published: "2018-05-04",
      body: "SEOUL (AP) -- South Korean Foreign Minister Kang Kyung-wha met Mike Pompeo in Seoul on Friday, officials said.",
    });
    const clean = await built(edited, { workers: 0 });
    const messages: string[] = [];
    expect(await built(edited, { workers: 0 }, cache, messages)).toEqual(clean);
    // Most articles' findings came from the memo; the edited, the new and the newly linked were found anew.
    const line = messages.find((m) => m.startsWith("events stage:"));
    const [, kept, made] =
      /(\d+) articles' findings from the last build, (\d+) found anew/.exec(line ?? "") ?? [];
    expect(Number(kept)).toBeGreaterThan(40);
    expect(Number(made)).toBe(3);
    // So did most events' comparisons; those the edits reach were made anew.
    const compared = /comparisons: (\d+) events' from the last build, (\d+) made anew/.exec(
      messages.find((m) => m.startsWith("comparisons:")) ?? "",
    );
    expect(Number(compared?.[1])).toBeGreaterThan(0);
    expect(Number(compared?.[2])).toBeGreaterThan(0);
    // With the files thread, which counts the corpus and finds the articles the edit's counts
    // touch while this thread finds the events: the same bytes, the same comparisons made anew.
    const threaded: string[] = [];
    expect(await built(edited, { workers: 2, filesThreadFrom: 0 }, threadCache, threaded)).toEqual(clean);
    expect(threaded.find((m) => m.startsWith("comparisons:"))).toBe(
      messages.find((m) => m.startsWith("comparisons:")),
    );
    // The outlets none of whose articles changed (Reuters, Fox News) kept their naming and speakers.
    const outlets = /naming and speakers: (\d+) from the last build, (\d+) made anew/.exec(
      messages.find((m) => m.startsWith("outlets' naming")) ?? "",
    );
    expect(Number(outlets?.[1])).toBeGreaterThanOrEqual(2);
    expect(Number(outlets?.[2])).toBeGreaterThanOrEqual(3);
    // A third build of the same articles takes every finding from the memo, and gives the same bytes.
    const again: string[] = [];
    expect(await built(edited, { workers: 2, parallelFrom: 0 }, cache, again)).toEqual(clean);
    expect(again.find((m) => m.startsWith("events stage:"))).toMatch(/ 0 found anew$/);
    expect(again.find((m) => m.startsWith("comparisons:"))).toMatch(/ 0 made anew$/);
    expect(again.find((m) => m.startsWith("outlets' naming"))).toMatch(/ 0 made anew$/);
    // The new article brings words most mentions have ("officials", "said") into more articles:
    // their weights moved, so no event was the last build's. The third build's all are.
    expect(messages.some((m) => m.startsWith("events:"))).toBe(false);
    expect(again.find((m) => m.startsWith("events:"))).toMatch(/ 0 made anew$/);
    // One article more weighs every word anew: no event is the last build's, and the bytes are a clean build's.
    const more = {
      ...edited,
      "more.jsonl": JSON.stringify({
        title: "Pompeo returns",
        source: "Reuters",
        published: "2018-05-05",
        body: "WASHINGTON (Reuters) -- Mike Pompeo returned to Washington on Saturday, officials said.",
      }),
    };
    const grown: string[] = [];
    expect(await built(more, { workers: 0 }, cache, grown)).toEqual(await built(more, { workers: 0 }));
    expect(grown.some((m) => m.startsWith("events:"))).toBe(false);
  }, 60_000);
});
