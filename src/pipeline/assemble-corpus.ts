import type { Article } from "../schema/article.ts";
import type { Event } from "../schema/event.ts";
import type { Report } from "../schema/report.ts";
import type { Source, SourceConfig } from "../schema/source.ts";
import type { StageMemo } from "./cache/stage-memo.ts";
import type { CleanArticle } from "./clean/clean-article.ts";
import type { ResolvedSource } from "./clean/resolve-source.ts";
import { createSourceResolver } from "./clean/resolve-source.ts";
import { type Comparisons, compareCorpus } from "./compare/compare-corpus.ts";
import type { ComparisonMemo } from "./compare/comparison-memo.ts";
import { extractEvents } from "./events/extract-events.ts";
import type { LinkedEntity } from "./events/mention-list.ts";
import {
  isFirmlyDated,
  parseWork,
  type StoredWork,
  serializeWork,
  workArticle,
} from "./parallel/article-work.ts";
import type { RawArticle, ReadResult } from "./read/raw-article.ts";

/** The corpus up to the events stage: all but the comparisons. */
export interface CorpusEvents {
  articles: Article[];
  events: Event[];
  /** Their mentions packed (see `MentionList`). */
  entities: LinkedEntity[];
  sources: Source[];
  report: Report;
  /**
   * By article id, a digest of its work and its names as linked (`EventsResult.linkedKeys`), for
   * the articles whose work had a key (see `StoredWork.key`); the others are digested whole.
   */
  linkedKeys?: ReadonlyMap<string, string>;
  /** By event id, a digest that stands for the whole event (`EventsResult.madeFrom`), for the events that have one. */
  madeFrom?: ReadonlyMap<string, string>;
}

export interface Corpus extends CorpusEvents {
  /** How each outlet told each event, and per-outlet aggregates (the compare stage). */
  comparisons: Comparisons;
}

/**
 * The pure core of a build: read results in, the corpus out, every article accounted for
 * (`read = written + rejected + merged`). The order of the input does not change the output.
 * This form does the per-article work in this thread; `build` runs it on worker threads and
 * through its cache, with the same steps (`gatherReads`, two passes, `finishEvents`, `finishCorpus`).
 */
export function assembleCorpus(reads: ReadResult[], config: SourceConfig): Corpus {
  const resolveSource = createSourceResolver(config);
  // Through JSON as the worker threads' and the cache's results are, so all builds agree byte for byte.
  const run = (raws: RawArticle[], years: number[] | null) =>
    raws.map((raw) => parseWork(serializeWork(workArticle(raw, resolveSource, years))));
  const { report, raws } = gatherReads(reads);
  // First pass without corpus context; articles dated only by weak evidence are redone with the
  // years of the firmly dated ones, which is how a story without a year gets one.
  const works = run(raws, null);
  const redo = weaklyDated(works);
  const again = run(
    redo.map((i) => raws[i]!),
    firmYears(works),
  );
  for (const [n, i] of redo.entries()) works[i] = again[n]!;
  return finishCorpus(finishEvents(report, works));
}

/** The report's counts and the raw articles of every read file, in input order. */
export function gatherReads(reads: ReadResult[]): { report: Report; raws: RawArticle[] } {
  const report: Report = { read: 0, written: 0, rejected: [], warnings: [], merged: [] };
  const raws = reads.flatMap((r) => r.articles);
  for (const r of reads) {
    // Loops, not push(...): one .jsonl file can carry more bad lines than the call stack has room for.
    for (const entry of r.rejected) report.rejected.push(entry);
    for (const entry of r.warnings) report.warnings.push(entry);
  }
  report.read = raws.length + reads.reduce((n, r) => n + r.rejected.length, 0);
  return { report, raws };
}

/** Indexes of first-pass results that the second pass redoes with the corpus's years. */
export function weaklyDated(works: StoredWork[]): number[] {
  return works.flatMap((w, i) => (isFirmlyDated(w.result) ? [] : [i]));
}

/**
 * The per-article work made a corpus: duplicates merged, events found. It empties `works`: the
 * per-article results (sentences, names, dates of every article) are the largest thing a big build
 * holds, and once the events stage has them they must not live on through comparison and writing.
 */
export function finishEvents(
  report: Report,
  works: StoredWork[],
  /** The last build's findings of each article, its linking of the names and its events (see `extractEvents`). */
  memos?: { findings: StageMemo; linking?: StageMemo; events?: StageMemo },
  hooks: {
    /** Told the articles as cleaned, in the corpus's order, before their events are found. */
    onCleaned?: (articles: readonly CleanArticle[]) => void;
    /** Told the entities as soon as they are linked (see `extractEvents`). */
    onLinked?: (entities: LinkedEntity[]) => void;
  } = {},
): CorpusEvents {
  const byId = new Map<string, CleanArticle>();
  const prepared = new Map<string, Uint8Array>();
  const resolved = new Map<string, ResolvedSource>();
  // Each article's work key (see `StoredWork.key`), for the works that have one.
  const contentKeys = new Map<string, string>();
  for (const { result, prepared: p, key } of works) {
    for (const entry of result.warnings) report.warnings.push(entry);
    if (!result.ok) {
      report.rejected.push(result.rejected);
      continue;
    }
    const existing = byId.get(result.article.id);
    if (existing) {
      const { file, line } = result.article;
      report.merged.push({
        ...(line === undefined ? { file } : { file, line }),
        reason: `exact duplicate of ${existing.file}${existing.line ? `:${existing.line}` : ""}`,
        duplicateOf: existing.id,
      });
      continue;
    }
    byId.set(result.article.id, result.article);
    if (p) prepared.set(result.article.id, p);
    if (key !== undefined) contentKeys.set(result.article.id, key);
    resolved.set(result.source.id, result.source);
  }
  works.length = 0;
  const cleaned = [...byId.values()].sort(compareArticles);
  hooks.onCleaned?.(cleaned);
  const { events, entities, primaryEventIds, timexes, warnings, linkedKeys, madeFrom } = extractEvents(
    cleaned,
    prepared,
    {
      ...(memos ? { memo: memos.findings, contentKeys } : {}),
      ...(memos?.linking ? { linkingMemo: memos.linking } : {}),
      ...(memos?.events ? { eventsMemo: memos.events } : {}),
      ...(hooks.onLinked ? { onLinked: hooks.onLinked } : {}),
    },
  );
  prepared.clear();
  for (const entry of warnings) report.warnings.push(entry);
  const articles: Article[] = cleaned.map((a) => ({
    ...a,
    primaryEventId: primaryEventIds.get(a.id) ?? "",
    timexes: timexes.of(a.id, a.text),
  }));
  report.written = articles.length;
  sortEntries(report);
  const sources = countSources(articles, resolved);
  return {
    articles,
    events,
    entities,
    sources,
    report,
    ...(linkedKeys ? { linkedKeys } : {}),
    ...(madeFrom ? { madeFrom } : {}),
  };
}

/** The compare stage on the corpus, with the last build's comparisons when there is a memo of them. */
export function finishCorpus(
  corpus: CorpusEvents,
  memo?: ComparisonMemo,
  counted?: Parameters<typeof compareCorpus>[2],
): Corpus {
  return { ...corpus, comparisons: compareCorpus(corpus, memo, counted) };
}

/** The years of firmly dated articles, the most frequent first. */
export function firmYears(works: StoredWork[]): number[] {
  const counts = new Map<number, number>();
  for (const { result: r } of works) {
    if (!r.ok || !isFirmlyDated(r)) continue;
    const year = Number(r.article.published.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([y]) => y);
}

function compareArticles(a: CleanArticle, b: CleanArticle): number {
  return a.published < b.published
    ? -1
    : a.published > b.published
      ? 1
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0;
}

function countSources(articles: Article[], resolved: Map<string, ResolvedSource>): Source[] {
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.source.id, (counts.get(a.source.id) ?? 0) + 1);
  return [...counts.entries()]
    .map(([id, articleCount]) => {
      const s = resolved.get(id)!;
      // In the schema's order of fields, which is the order its parse gives (see `outputFiles`).
      const source: Source = {
        id,
        name: s.name,
        kind: s.kind,
        ...(s.country ? { country: s.country } : {}),
        articleCount,
      };
      return source;
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Report lines in file order, so the same input gives the same report whatever order it was read in. */
function sortEntries(report: Report): void {
  const order = (a: { file: string; line?: number; reason: string }, b: typeof a) =>
    a.file < b.file
      ? -1
      : a.file > b.file
        ? 1
        : (a.line ?? 0) - (b.line ?? 0) || (a.reason < b.reason ? -1 : 1);
  report.rejected.sort(order);
  report.warnings.sort(order);
  report.merged.sort(order);
}
