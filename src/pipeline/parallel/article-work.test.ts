import { describe, expect, it } from "vitest";
import { createSourceResolver } from "../clean/resolve-source.ts";
import { unpackPrepared } from "../events/prepared-bytes.ts";
import { readInput } from "../read/read-input.ts";
import { isFirmlyDated, parseWork, serializeWork, workArticle } from "./article-work.ts";
import { createArticleRunner } from "./run-articles.ts";

const feed = (lines: object[]) =>
  readInput("feed.jsonl", 0, new TextEncoder().encode(lines.map((l) => JSON.stringify(l)).join("\n")))
    .articles;

// Curly quotes, a line break in the body and a non-Latin name: the bytes must split and decode exactly.
const dated = {
  title: "Kim Jong Un meets “envoys”",
  source: "Reuters",
  published: "2018-03-06",
  body: "PYONGYANG, March 6 (Reuters) -- Kim Jong Un met South Korean envoys on Tuesday.\n\n“We will talk,” 김정은 said.",
};
const undated = { ...dated, published: undefined, body: "Envoys met on Tuesday, officials said." };

describe("an article's stored work", () => {
  it("round-trips through its bytes: the cleaning parsed, the events part packed and unpacked as it was", () => {
    const [raw] = feed([dated]);
    const work = workArticle(raw!, createSourceResolver({}), null);
    expect(work.prepared).toBeDefined();
    const stored = parseWork(serializeWork(work));
    expect(stored.result).toEqual(JSON.parse(JSON.stringify(work.result)));
    expect(unpackPrepared(stored.prepared!)).toEqual(JSON.parse(JSON.stringify(work.prepared)));
    // Its own bytes, not a view keeping the whole message or cache file alive.
    expect(stored.prepared!.byteOffset).toBe(0);
    expect(stored.prepared!.buffer.byteLength).toBe(stored.prepared!.byteLength);
  });

  it("is the cleaning alone when there is no events part", () => {
    const [raw] = feed([undated]);
    const work = workArticle(raw!, createSourceResolver({}), null);
    expect(work.prepared).toBeUndefined();
    const stored = parseWork(serializeWork(work));
    expect(stored).toEqual({ result: JSON.parse(JSON.stringify(work.result)) });
  });
});

describe("the article runner", () => {
  it("lets go of the raw articles that `release` accepts, as their work comes in, and keeps the rest", async () => {
    const raws: (ReturnType<typeof feed>[number] | undefined)[] = feed([dated, undated, dated]);
    const runner = createArticleRunner({}, { workers: 0, parallelFrom: 200 });
    const works = await runner.run(raws, null, (work) => isFirmlyDated(work.result));
    await runner.close();
    expect(works.map((w) => isFirmlyDated(w.result))).toEqual([true, false, true]);
    expect(raws.map((r) => r !== undefined)).toEqual([false, true, false]);
  });
});
