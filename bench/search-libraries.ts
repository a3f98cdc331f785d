/**
 * Which search library for the full-text filter (issue 6)? Indexes the KCNA corpus (8,781 articles,
 * title + text; events are article leads for now, so the articles stand for both) with each candidate
 * and prints build time, serialized size raw/gzip, load (deserialize) time, query latency p50/p95 for
 * queries typed one keystroke at a time with prefix + fuzzy matching, and what each supports.
 *
 *   npx tsx bench/search-libraries.ts [--corpus FILE.jsonl.gz] [--only minisearch,flexsearch,orama,pagefind]
 *
 * Pagefind builds in Node (a native binary behind its Node API) but queries only in a browser
 * (WebAssembly plus fetches of its own bundle), so its query latency is not measured here.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gunzipSync, gzipSync } from "node:zlib";
import { create, insertMultiple, load, search as oramaSearch, save } from "@orama/orama";
import FlexSearch from "flexsearch";
import MiniSearch from "minisearch";
import { buildSearchIndex } from "../src/pipeline/search/build-search-index.ts";
import { projectSearchFiles } from "../src/pipeline/search/project-search.ts";
import type { Article } from "../src/schema/article.ts";
import type { Event } from "../src/schema/event.ts";
import {
  type SearchEventLists,
  type SearchMeta,
  type SearchShard,
  searchMeta,
} from "../src/schema/search.ts";

interface Doc {
  id: string;
  title: string;
  text: string;
}

interface Candidate {
  name: string;
  /** Builds the index and returns its serialized parts (one string per file it would ship). */
  build(docs: Doc[]): Promise<string[]>;
  /** Loads serialized parts and returns a query function (prefix on the last word, fuzzy, all words). */
  load?(parts: string[]): Promise<(q: string) => Promise<number>>;
  supports: { prefix: string; fuzzy: string; phrase: string; boosts: string; chunks: string };
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    corpus: { type: "string", default: resolve(root, "../shared/corpora/kcna-2017-2018.jsonl.gz") },
    only: { type: "string" },
  },
});

/** Real queries of the corpus's subjects, with the typos people make; each is typed key by key. */
const QUERIES = [
  "missile launch",
  "kim jong un",
  "sanctions",
  "sanctons",
  "pyongyang",
  "pyongyng",
  "nuclear test",
  "juche idea",
  "imperialists",
  "missle",
  "olympic games",
  "choson",
  "moon jae in",
  "hwasong",
  "trump",
];

function keystrokes(queries: string[]): string[] {
  const out: string[] = [];
  for (const q of queries) for (let i = 2; i <= q.length; i++) if (q[i - 1] !== " ") out.push(q.slice(0, i));
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const fuzzyFor = (term: string) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0);

/**
 * The browser's search client, driven as a black box: the bench compiles with the Node tsconfig, which
 * (rightly) refuses src/app, so the module is imported by a path the type checker does not follow.
 */
interface BrowserClient {
  search(q: string): Promise<{ eventIds: Set<string>; files: string[] }>;
}
const CLIENT_MODULE = "../src/app/search/search-index-client.ts";
async function createBrowserClient(source: {
  loadMeta(): Promise<SearchMeta>;
  loadEventLists(file: string): Promise<SearchEventLists>;
  loadShard(file: string): Promise<SearchShard>;
}): Promise<BrowserClient> {
  const module = (await import(CLIENT_MODULE)) as {
    createSearchIndexClient(s: typeof source): BrowserClient;
  };
  return module.createSearchIndexClient(source);
}

/** Bytes (gzip) each keystroke fetched from the sharded index, meta excluded, for the summary line. */
const fetchedPerQuery: number[] = [];

/** Events are article leads for now: one event per article, its title and first sentence. */
function asCorpus(docs: Doc[]): { articles: Article[]; events: Event[]; entities: [] } {
  const events: Event[] = [];
  const articles: Article[] = docs.map((d, i) => {
    const lead = d.text.slice(0, Math.max(0, d.text.search(/[.!?](\s|$)/)) + 1);
    const id = `ev-${i.toString(36)}`;
    events.push({
      id,
      title: d.title,
      start: "2018-01-01",
      precision: "day",
      sourceIds: ["kcna"],
      articleIds: [d.id],
      mentions: [{ articleId: d.id, sourceId: "kcna", quote: lead, start: 0, end: lead.length }],
    });
    return {
      id: d.id,
      source: { id: "kcna", name: "KCNA" },
      title: d.title,
      titleInferred: false,
      published: "2018-01-01",
      publishedBasis: "metadata",
      text: d.text,
      primaryEventId: id,
      file: "kcna.jsonl",
    };
  });
  return { articles, events, entities: [] };
}

const candidates: Candidate[] = [
  {
    // What the pipeline ships: the sorted vocabulary searched as a trie, per-term event lists and
    // positional postings cut by term range.
    name: "parallax",
    async build(docs) {
      const files = new Map<string, string>();
      const names = projectSearchFiles(buildSearchIndex(asCorpus(docs)), (stem, schema, data) => {
        const name = `${stem}.json`;
        files.set(name, JSON.stringify(schema.parse(data)));
        return name;
      });
      return names.map((n) => files.get(n)!);
    },
    async load(parts) {
      const meta = searchMeta.parse(JSON.parse(parts[0]!)) as SearchMeta;
      const byFile = new Map(
        [...meta.eventLists, ...meta.shards].map((s, i) => [s.file, parts[i + 1]!] as const),
      );
      const gz = new Map([...byFile].map(([f, text]) => [f, gzipSync(text).length]));
      const client = await createBrowserClient({
        loadMeta: async () => meta,
        loadEventLists: async (file) => JSON.parse(byFile.get(file)!) as SearchEventLists,
        loadShard: async (file) => JSON.parse(byFile.get(file)!) as SearchShard,
      });
      await client.search("warm");
      return async (q) => {
        const r = await client.search(q);
        fetchedPerQuery.push(r.files.reduce((n, f) => n + (gz.get(f) ?? 0), 0));
        return r.eventIds.size;
      };
    },
    supports: {
      prefix: "yes, last word as typed (the sorted vocabulary)",
      fuzzy: "yes, edit distance per word, scaled by length",
      phrase: "yes, exact from token positions",
      boosts: "not needed: the filter returns a set of events, unranked",
      chunks:
        "yes: term-range files, a query fetches only the event lists of its terms (positions for phrases)",
    },
  },
  {
    name: "minisearch",
    async build(docs) {
      const ms = new MiniSearch({ fields: ["title", "text"], idField: "id" });
      ms.addAll(docs);
      return [JSON.stringify(ms)];
    },
    async load(parts) {
      const ms = MiniSearch.loadJSON(parts[0]!, { fields: ["title", "text"], idField: "id" });
      return async (q) =>
        ms.search(q, {
          prefix: (_t, i, terms) => i === terms.length - 1,
          fuzzy: (t) => fuzzyFor(t),
          combineWith: "AND",
          boost: { title: 2 },
        }).length;
    },
    supports: {
      prefix: "yes, per term",
      fuzzy: "yes, edit distance per term (radix tree)",
      phrase: "post-filter on stored text",
      boosts: "yes, per field and per term",
      chunks: "no: one JSON; split by documents only, so every query needs every part",
    },
  },
  {
    name: "flexsearch",
    async build(docs) {
      const index = new FlexSearch.Document({
        document: { id: "id", index: ["title", "text"] },
        tokenize: "forward",
        encoder: "LatinBalance",
      });
      for (const d of docs) index.add({ ...d });
      const parts: string[] = [];
      await index.export((key: string, data: string) => {
        parts.push(JSON.stringify([key, data]));
      });
      return parts;
    },
    async load(parts) {
      const index = new FlexSearch.Document({
        document: { id: "id", index: ["title", "text"] },
        tokenize: "forward",
        encoder: "LatinBalance",
      });
      for (const p of parts) {
        const [key, data] = JSON.parse(p) as [string, string];
        await index.import(key, data);
      }
      // FlexSearch ANDs the words of a query; fuzziness comes from the phonetic encoder, not edit distance.
      return async (q) => {
        const results = (await index.search(q, { suggest: false, limit: 100_000 })) as {
          result: unknown[];
        }[];
        return new Set(results.flatMap((r) => r.result)).size;
      };
    },
    supports: {
      prefix: "yes, by indexing every prefix at build time (tokenize: forward)",
      fuzzy: "phonetic encoders only (LatinBalance/Soundex), no edit distance",
      phrase: "context index (word pairs), or post-filter",
      boosts: "per field at query time (boost), coarse",
      chunks: "export in parts by data structure (reg/map/ctx per field), all needed per query",
    },
  },
  {
    name: "orama",
    async build(docs) {
      const db = create({ schema: { id: "string", title: "string", text: "string" } as const });
      await insertMultiple(db, docs, 1000);
      return [JSON.stringify(save(db))];
    },
    async load(parts) {
      const db = create({ schema: { id: "string", title: "string", text: "string" } as const });
      load(db, JSON.parse(parts[0]!));
      return async (q) => {
        const r = await oramaSearch(db, {
          term: q,
          properties: ["title", "text"],
          tolerance: 1,
          threshold: 0,
          boost: { title: 2 },
          limit: 100_000,
        });
        return r.count;
      };
    },
    supports: {
      prefix: "yes (terms are prefix-matched by default)",
      fuzzy: "yes, one tolerance per query (Levenshtein)",
      phrase: "exact: false only; post-filter",
      boosts: "yes, per field",
      chunks: "no: save() gives one object",
    },
  },
  {
    name: "pagefind",
    async build(docs) {
      const pagefind = await import("pagefind");
      const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
      if (!index) throw new Error(errors.join("; "));
      for (const d of docs) {
        await index.addCustomRecord({
          url: `/${d.id}`,
          content: `${d.title}\n${d.text}`,
          language: "en",
          meta: { title: d.title },
        });
      }
      const { files } = await index.getFiles();
      await pagefind.close();
      // Pagefind already gzips its index chunks and fragments; count them as shipped, decompressed for raw.
      // Only the index chunks and the meta: the per-page fragments (stored text for excerpts) would
      // double-count the articles, which the app already has.
      return files
        .filter((f) => /\.pf_(index|meta)$/.test(f.path))
        .map((f) => {
          const bytes = Buffer.from(f.content);
          try {
            return gunzipSync(bytes).toString("latin1");
          } catch {
            return bytes.toString("latin1");
          }
        });
    },
    supports: {
      prefix: "yes",
      fuzzy: "no typo tolerance",
      phrase: "no (words only)",
      boosts: "per element weight (data-pagefind-weight)",
      chunks: "yes: index chunks by term range + a fragment per page; browser-only query (WASM)",
    },
  },
];

function readCorpus(path: string): Doc[] {
  const text = gunzipSync(readFileSync(path)).toString("utf8");
  return text
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => {
      const r = JSON.parse(line) as { id: string; title: string; body: string };
      return { id: r.id, title: r.title, text: r.body };
    });
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

async function main(): Promise<void> {
  const docs = readCorpus(String(args.corpus));
  const only = args.only ? new Set(args.only.split(",")) : undefined;
  const typed = keystrokes(QUERIES);
  process.stdout.write(
    `${docs.length} documents, ${typed.length} keystrokes of ${QUERIES.length} queries\n\n`,
  );
  process.stdout.write(
    "library     build ms   raw        gzip      parts  load ms  query p50  p95   hits(final)\n",
  );
  for (const c of candidates) {
    if (only && !only.has(c.name)) continue;
    const t0 = performance.now();
    let parts: string[];
    try {
      parts = await c.build(docs);
    } catch (error) {
      process.stdout.write(
        `${c.name.padEnd(11)} failed: ${error instanceof Error ? error.message : error}\n`,
      );
      continue;
    }
    const buildMs = performance.now() - t0;
    const raw = parts.reduce((n, p) => n + Buffer.byteLength(p), 0);
    const gz = parts.reduce((n, p) => n + gzipSync(p).length, 0);
    let loadMs = Number.NaN;
    let p50 = Number.NaN;
    let p95 = Number.NaN;
    let hits = "";
    if (c.load) {
      const t1 = performance.now();
      const query = await c.load(parts);
      loadMs = performance.now() - t1;
      for (const q of typed.slice(0, 20)) await query(q); // warm up the JIT
      const times: number[] = [];
      for (const q of typed) {
        const t = performance.now();
        await query(q);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      p50 = percentile(times, 50);
      p95 = percentile(times, 95);
      hits = (await Promise.all(["pyongyang", "sanctons", "missle"].map(query))).join("/");
    }
    const f = (n: number) => (Number.isNaN(n) ? "n/a" : n.toFixed(n < 10 ? 2 : 0));
    process.stdout.write(
      `${c.name.padEnd(11)} ${f(buildMs).padStart(8)}   ${kb(raw).padEnd(10)} ${kb(gz).padEnd(9)} ${String(parts.length).padStart(5)}  ${f(loadMs).padStart(7)}  ${f(p50).padStart(9)}  ${f(p95).padStart(5)}  ${hits}\n`,
    );
  }
  if (fetchedPerQuery.length) {
    const sorted = [...fetchedPerQuery].sort((a, b) => a - b);
    process.stdout.write(
      `\nparallax: shards a keystroke's query needs (gzip, meta excluded): p50 ${kb(percentile(sorted, 50))}, p95 ${kb(percentile(sorted, 95))}\n`,
    );
  }
  process.stdout.write("\nsupports:\n");
  for (const c of candidates) {
    if (only && !only.has(c.name)) continue;
    process.stdout.write(`  ${c.name}\n`);
    for (const [k, v] of Object.entries(c.supports)) process.stdout.write(`    ${k.padEnd(7)} ${v}\n`);
  }
}

await main();
