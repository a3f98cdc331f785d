import { availableParallelism } from "node:os";
import { type SourceConfig, sourceConfig as sourceConfigSchema } from "../schema/source.ts";
import type { Corpus, CorpusEvents } from "./assemble-corpus.ts";
import { finishCorpus, finishEvents, firmYears, gatherReads, weaklyDated } from "./assemble-corpus.ts";
import { loadCheckedOutputs, saveCheckedOutputs } from "./cache/checked-outputs.ts";
import { readingAhead } from "./cache/read-ahead.ts";
import { loadStageMemo, memoKey, type StageMemo, saveStageMemo } from "./cache/stage-memo.ts";
import {
  COMPARISON_MEMO_KEYS,
  type ComparisonMemo,
  loadComparisonMemo,
  loadCountSteps,
  saveComparisonMemo,
} from "./compare/comparison-memo.ts";
import { receivedCounts } from "./compare/corpus-counts.ts";
import type { ContentCache, Effects, InputFile } from "./effects.ts";
import {
  type FilesThread,
  type FilesThreadOutput,
  finishMessage,
  startArticle,
  startFilesThread,
} from "./files-thread.ts";
import { KNOWN_FILES_MEMO_KEY, knownFiles, loadKnownFilesMemo, saveKnownFilesMemo } from "./known-files.ts";
import { isFirmlyDated } from "./parallel/article-work.ts";
import { createArticleRunner } from "./parallel/run-articles.ts";
import { projectFileGroups } from "./project-files.ts";
import type { ReadResult } from "./read/raw-article.ts";
import { isIgnorable, readInput } from "./read/read-input.ts";

/**
 * Inputs from this size on (about 25,000 articles) are built lean, their memory held down before
 * their time: they keep no stage memos (held in memory beside the build, a memo weighs about as much
 * as the input), and make all their files in this thread (the files thread holds a copy of every text).
 */
const LEAN_FROM_BYTES = 50_000_000;

/** Inputs past this many files get a progress line on stderr. */
const PROGRESS_THRESHOLD = 300;

export interface BuildOptions {
  /** Worker threads for the per-article work (cleaning, sentences, dates, names); default: one per core. 0 or 1 keeps the whole build in this thread. */
  workers?: number;
  /** Fewer uncached articles than this are done in this thread: workers take a moment to start. */
  parallelFrom?: number;
  /** From this many articles on, article files, entity files and search index are made on a worker thread (files-thread.ts). */
  filesThreadFrom?: number;
}

/**
 * A worker thread takes a tenth of a second to start (much more under tsx); the article files,
 * entity files and search index of a thousand articles take about as long in this thread.
 */
const FILES_THREAD_FROM = 1000;

/** A build from inputs to written files, through the effects object only. */
export async function build(effects: Effects, options: BuildOptions = {}): Promise<Corpus> {
  const config = await loadSourceConfig(effects);
  const inputs = (await effects.listInputs()).filter((f) => !isIgnorable(f.path));
  const inputBytes = inputs.reduce((n, f) => n + f.size, 0);
  effects.prepareFor?.(inputBytes);
  const lean = inputBytes >= LEAN_FROM_BYTES;
  // The stage memos are read on libuv's threads while this one reads and cleans the articles.
  const cache = lean || !effects.cache ? undefined : readingAhead(effects.cache, MEMO_KEYS);
  const reads = await readInputs(effects, inputs);
  if (reads.length > PROGRESS_THRESHOLD) effects.progress("cleaning articles and finding events…");
  const { report, raws } = gatherReads(reads);
  const large = raws.length > PROGRESS_THRESHOLD;
  // The raw articles are all that is needed from here on; the read results go.
  reads.length = 0;
  const workers = options.workers ?? availableParallelism();
  const runner = createArticleRunner(config.config, {
    workers,
    parallelFrom: options.parallelFrom ?? 200,
    ...(effects.cache ? { cache: effects.cache } : {}),
  });
  let works: Awaited<ReturnType<typeof runner.run>>;
  try {
    // First pass without corpus context; articles dated only by weak evidence are redone with the
    // years of the firmly dated ones (see assembleCorpus).
    // The raw articles dated firmly are not needed again, and go as their work comes in.
    works = await runner.run(raws, null, (work) => isFirmlyDated(work.result));
    const redo = weaklyDated(works);
    const again = await runner.run(
      redo.map((i) => raws[i]!),
      firmYears(works),
    );
    for (const [n, i] of redo.entries()) works[i] = again[n]!;
  } finally {
    await runner.close();
  }
  raws.length = 0;
  await effects.cache?.settle?.();
  if (large) {
    const { cached, computed } = runner.counts;
    effects.progress(`per-article work: ${computed} computed, ${cached} from the cache; grouping events…`);
  }
  const checked = effects.cache ? await loadCheckedOutputs(effects.cache) : new Set<string>();
  // The files thread needs the last build's count steps before the events are found; the rest of
  // the comparisons' memo is loaded once they are.
  const countSteps = cache ? await loadCountSteps(cache) : undefined;
  let thread: FilesThread | undefined;
  let offThread: Promise<FilesThreadOutput> | undefined;
  let corpus: Corpus;
  let comparisonMemo: ComparisonMemo | undefined;
  let knownFilesMemo: StageMemo | undefined;
  let memosSaved: Promise<void> | undefined;
  const written = new Set<string>();
  try {
    // The files thread starts as soon as the articles are cleaned, and is sent the entities once
    // linked and the events once found: it counts the corpus's terms for the compare stage and makes
    // its files while this thread finds the events and compares.
    const { found, saved } = await eventsWithMemo(
      effects,
      report,
      works,
      cache,
      {
        onCleaned(cleaned) {
          if (workers > 1 && !lean && cleaned.length >= (options.filesThreadFrom ?? FILES_THREAD_FROM))
            thread = startFilesThread({
              articles: cleaned.map(startArticle),
              checked: [...checked],
              ...(countSteps ? { previousSteps: countSteps } : {}),
            });
        },
        onLinked: (entities) => thread?.linked(entities),
      },
      (found) => {
        found.report.warnings.unshift(...config.warnings);
        offThread = thread?.finish(finishMessage(found.articles, found.events));
      },
    );
    memosSaved = saved;
    // The comparisons are made as their files are, so their memo lives on until those are written.
    comparisonMemo = cache ? await loadComparisonMemo(cache, { steps: countSteps }) : undefined;
    knownFilesMemo = cache ? await loadKnownFilesMemo(cache) : undefined;
    corpus = finishCorpus(found, comparisonMemo, thread ? receivedCounts(await thread.counts) : undefined);
    // Written group by group: holding every file's text at once would double a large build's memory.
    const projecting = projectFileGroups(corpus, {
      ...(offThread ? { offThread } : {}),
      ...(knownFilesMemo ? { known: knownFiles(knownFilesMemo, corpus) } : {}),
      checked,
    });
    for await (const group of projecting) {
      for (const file of group) {
        if (!("make" in file)) await effects.writeOutput(file.name, file.content);
        else if (!(await effects.hasOutput(file.name, file.bytes)))
          await effects.writeOutput(file.name, file.make());
        written.add(file.name);
      }
    }
  } finally {
    // Done by now when all went well; stopped short otherwise, so that it keeps no build alive.
    thread?.stop();
  }
  await effects.pruneOutputs(written);
  if (effects.cache) await saveCheckedOutputs(effects.cache, written, checked);
  if (cache && comparisonMemo) {
    const { kept, made } = comparisonMemo.counts;
    if (kept) effects.progress(`comparisons: ${kept} events' from the last build, ${made} made anew`);
    const outlets = comparisonMemo.outlets?.counts;
    if (outlets?.kept)
      effects.progress(
        `outlets' naming and speakers: ${outlets.kept} from the last build, ${outlets.made} made anew`,
      );
    await saveComparisonMemo(cache, comparisonMemo, corpus.comparisons.memoSteps);
  }
  if (cache && knownFilesMemo) await saveKnownFilesMemo(cache, knownFilesMemo);
  await memosSaved;
  return corpus;
}

/** The stage memos' cache entries, all read ahead (see `readingAhead`). */
const EVENTS_STAGES = ["events", "linking", "made-events"];
const MEMO_KEYS = [...EVENTS_STAGES.map(memoKey), ...COMPARISON_MEMO_KEYS, KNOWN_FILES_MEMO_KEY];

/**
 * `finishEvents` with the events stage's memos of the last build, saved again for the next once
 * `found` was told the result: `saved` is their writing, done on libuv's threads while this one
 * compares and writes files. In a function of its own so that the memos (70 MB at 10,000 articles)
 * die with its frame once written, and do not stay reachable from `build` while the files are made.
 */
async function eventsWithMemo(
  effects: Effects,
  report: Parameters<typeof finishEvents>[0],
  works: Parameters<typeof finishEvents>[1],
  cache: ContentCache | undefined,
  hooks: Parameters<typeof finishEvents>[3],
  found: (corpus: CorpusEvents) => void,
): Promise<{ found: CorpusEvents; saved: Promise<void> }> {
  const [events, linkingStage, madeStage] = EVENTS_STAGES as [string, string, string];
  // 60 MB of JSON at 10,000 articles: stored as it is (see `MemoOptions`), which spares a rebuild
  // 0.15 s of deflating and inflating for tens of megabytes more on disk.
  const memo = cache ? await loadStageMemo(cache, events, { deflate: false }) : undefined;
  // The linking (a few megabytes at 10,000 articles, mostly packed numbers) is kept as it is too.
  const linking = cache ? await loadStageMemo(cache, linkingStage, { deflate: false }) : undefined;
  // The events made from their groups (10 MB of JSON at 10,000 articles), kept as they are too.
  const made = cache ? await loadStageMemo(cache, madeStage, { deflate: false }) : undefined;
  const corpus = finishEvents(
    report,
    works,
    memo ? { findings: memo, ...(linking ? { linking } : {}), ...(made ? { events: made } : {}) } : undefined,
    hooks,
  );
  found(corpus);
  const saving: Promise<void>[] = [];
  if (cache && memo) {
    if (memo.counts.kept)
      effects.progress(
        `events stage: ${memo.counts.kept} articles' findings from the last build, ${memo.counts.made} found anew`,
      );
    saving.push(saveStageMemo(cache, events, memo));
  }
  if (cache && made) {
    if (made.counts.kept)
      effects.progress(`events: ${made.counts.kept} from the last build, ${made.counts.made} made anew`);
    saving.push(saveStageMemo(cache, madeStage, made));
  }
  if (cache && linking) {
    if (linking.counts.kept)
      effects.progress("names: linked as in the last build (no article's names changed)");
    saving.push(saveStageMemo(cache, linkingStage, linking));
  }
  const saved = Promise.all(saving).then(() => undefined);
  // Awaited once the files are written; should the build fail first, its own error is the one told.
  saved.catch(() => undefined);
  return { found: corpus, saved };
}

/**
 * Every input file read and parsed. In a function of its own so that the last file's bytes (a
 * whole .jsonl part, 70 MB in the 100,000-article benchmark) die with its frame: a local of
 * `build` stayed reachable from its stack frame through the events stage, at the build's peak.
 */
async function readInputs(effects: Effects, inputs: InputFile[]): Promise<ReadResult[]> {
  const reads: ReadResult[] = [];
  for (const [index, input] of inputs.entries()) {
    let bytes: Uint8Array;
    try {
      bytes = await input.read();
    } catch (error) {
      reads.push({
        articles: [],
        rejected: [
          {
            file: input.path,
            reason: `could not be opened: ${error instanceof Error ? error.message : error}`,
          },
        ],
        warnings: [],
      });
      continue;
    }
    reads.push(readInput(input.path, input.size, bytes));
    if (inputs.length > PROGRESS_THRESHOLD && ((index + 1) % 200 === 0 || index + 1 === inputs.length)) {
      effects.progress(`read ${index + 1}/${inputs.length} files`);
    }
  }
  return reads;
}

async function loadSourceConfig(
  effects: Effects,
): Promise<{ config: SourceConfig; warnings: { file: string; reason: string }[] }> {
  const text = await effects.readSourcesConfig();
  if (text === undefined) return { config: {}, warnings: [] };
  try {
    return { config: sourceConfigSchema.parse(JSON.parse(text)), warnings: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    return {
      config: {},
      warnings: [{ file: "sources.json", reason: `ignored, not a valid outlet list: ${reason}` }],
    };
  }
}
