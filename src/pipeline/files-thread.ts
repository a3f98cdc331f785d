import { Worker } from "node:worker_threads";
import type { Article } from "../schema/article.ts";
import type { Event } from "../schema/event.ts";
import { projectArticle } from "./article-files.ts";
import type { CleanArticle } from "./clean/clean-article.ts";
import type { SentCounts } from "./compare/corpus-counts.ts";
import type { LinkedEntity } from "./events/mention-list.ts";
import type { OutputFile } from "./output-files.ts";
import { workerEntry, workerSource } from "./parallel/worker-source.ts";
import type { EntityFileNames } from "./project-entities.ts";
import type { SearchIndexInput } from "./search/build-search-index.ts";

const workerUrl = workerEntry("files-worker", import.meta.url);

/** What the worker is sent first, before the events are found: the articles as cleaned. */
export interface FilesThreadStart {
  /** In the corpus's order; every field their files give but the two the events stage adds. */
  articles: Omit<Article, "primaryEventId" | "timexes">[];
  /** Files an earlier build validated (see `outputFiles`). */
  checked?: string[];
  /** The last build's count steps (`ComparisonMemo.steps`), for the articles whose counts moved. */
  previousSteps?: Uint8Array;
}

/** What the worker is sent once the events are found: what the events stage added to each article, and the events. */
export interface FilesThreadFinish {
  /** Aligned with `FilesThreadStart.articles`. */
  primaryEventIds: string[];
  /** The events with the fields the search index reads, their mentions apart (see `mentions`). */
  events: SentEvent[];
  /**
   * Each event's mentions in turn, three numbers each: the article's place in
   * `FilesThreadStart.articles`, and the quote's start and end in its text. The thread cuts the
   * quotes from the texts it holds: sent as 60,000 objects with their text at 10,000 articles, they
   * were a tenth of a second to copy on either side, while the other thread waited for the index.
   */
  mentions: Int32Array;
}

/** An event as the search index reads it (`SearchIndexInput`), with its number of mentions. */
export type SentEvent = Omit<SearchIndexInput["events"][number], "mentions"> & { mentionCount: number };

export interface FilesThreadOutput {
  /** The entity files (`projectEntityFiles`), made, and their names. */
  entityFiles: { files: OutputFile[]; names: EntityFileNames };
  /** The search index's files (`projectSearchFileSteps`), made, and their names. */
  searchFiles: { files: OutputFile[]; names: string[] };
}

/** The messages between the two threads. */
export type ToFilesWorker =
  | { kind: "entities"; entities: LinkedEntity[] }
  | ({ kind: "finish" } & FilesThreadFinish);
export type FromFilesWorker = ({ kind: "counts" } & SentCounts) | ({ kind: "files" } & FilesThreadOutput);

export interface FilesThread {
  /**
   * The compare stage's corpus counts (`countsToSend`), made while this thread finds the events:
   * they read only the articles.
   */
  counts: Promise<SentCounts>;
  /** Sends the entities as linked: their files are made while this thread groups the events. */
  linked(entities: LinkedEntity[]): void;
  /** Sends the rest, and gives the files once made. */
  finish(rest: FilesThreadFinish): Promise<FilesThreadOutput>;
  /** Stops the worker, if it runs still (a build that failed on the way). */
  stop(): void;
}

/**
 * The thread's space for new objects, in MB (three of V8's semi-spaces; 48 by default, here 64 MB
 * each). Most of what it makes lives to the end (the texts' words, the index), and with the
 * default each object was copied once or twice before it settled: its collector's time fell from
 * about 0.2 to 0.1 s of a 10,000-article rebuild. It runs only below the size of a lean build
 * (build.ts), so the memory it adds is never that of the largest builds.
 */
const YOUNG_GENERATION_MB = 192;

/**
 * The entity files and search index, made on a worker thread, and before them the compare stage's
 * corpus counts: past the per-article work, a build is one thread of work, and these need nothing
 * but the corpus, each part as soon as it is there (together half a 10,000-article rebuild). The
 * article and events files are left to the other thread, which makes them while this one makes the
 * search index: made here too, they kept the build waiting for this thread. The worker is sent
 * only the fields they read. The same functions on the same input: the files are
 * the ones this thread would have made (build-determinism.test.ts).
 */
export function startFilesThread(start: FilesThreadStart): FilesThread {
  const worker = new Worker(workerSource(workerUrl), {
    eval: true,
    workerData: start,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  let failed: ((error: Error) => void)[] = [];
  let done = false;
  const fail = (error: Error) => {
    done = true;
    for (const reject of failed) reject(error);
    failed = [];
  };
  worker.once("error", fail);
  // After the files it changes nothing; before, the worker stopped short.
  worker.once("exit", (code) => fail(new Error(`output files worker stopped (exit code ${code})`)));
  const answer = <T>(kind: FromFilesWorker["kind"]) =>
    new Promise<T>((resolve, reject) => {
      failed.push(reject);
      const listen = (message: FromFilesWorker) => {
        if (message.kind !== kind) return;
        worker.off("message", listen);
        const { kind: _, ...rest } = message;
        resolve(rest as T);
      };
      worker.on("message", listen);
    });
  const counts = answer<SentCounts>("counts");
  const files = answer<FilesThreadOutput>("files");
  // Awaited later; handled here for the time they wait unawaited.
  counts.catch(() => undefined);
  files.catch(() => undefined);
  const post = (message: ToFilesWorker) => {
    if (!done) worker.postMessage(message);
  };
  return {
    counts,
    linked: (entities) => post({ kind: "entities", entities }),
    finish(rest) {
      if (!done) worker.postMessage({ kind: "finish", ...rest }, [rest.mentions.buffer as ArrayBuffer]);
      return files.finally(() => {
        done = true;
        void worker.terminate();
      });
    },
    stop() {
      done = true;
      void worker.terminate();
    },
  };
}

/** The fields of a cleaned article that its file gives, in the schema's order (see `projectArticle`). */
export function startArticle(a: CleanArticle): FilesThreadStart["articles"][number] {
  const { primaryEventId: _, timexes: __, ...fields } = projectArticle({ ...a, primaryEventId: "" });
  return fields;
}

/** What the worker is sent once the events are found, from the corpus as the events stage leaves it. */
export function finishMessage(articles: readonly Article[], events: readonly Event[]): FilesThreadFinish {
  const place = new Map(articles.map((a, n) => [a.id, n]));
  const mentions = new Int32Array(3 * events.reduce((n, e) => n + e.mentions.length, 0));
  let at = 0;
  for (const e of events)
    for (const m of e.mentions) {
      mentions[at++] = place.get(m.articleId) ?? -1;
      mentions[at++] = m.start;
      mentions[at++] = m.end;
    }
  return {
    primaryEventIds: articles.map((a) => a.primaryEventId),
    events: events.map((e) => ({
      id: e.id,
      title: e.title,
      ...(e.summary !== undefined ? { summary: e.summary } : {}),
      ...(e.entityIds !== undefined ? { entityIds: e.entityIds } : {}),
      sourceIds: e.sourceIds,
      start: e.start,
      ...(e.end !== undefined ? { end: e.end } : {}),
      mentionCount: e.mentions.length,
    })),
    mentions,
  };
}

/** The events of `finishMessage` as the search index reads them, their quotes cut from the articles' texts. */
export function receivedEvents(
  articles: readonly Pick<Article, "id" | "text">[],
  message: Pick<FilesThreadFinish, "events" | "mentions">,
): SearchIndexInput["events"] {
  let at = 0;
  return message.events.map(({ mentionCount, ...event }) => {
    const mentions: { articleId: string; quote: string }[] = [];
    for (let i = 0; i < mentionCount; i++, at += 3) {
      const article = articles[message.mentions[at]!];
      if (!article) throw new Error(`files thread: a mention of event ${event.id} is in no article sent`);
      mentions.push({
        articleId: article.id,
        quote: article.text.slice(message.mentions[at + 1], message.mentions[at + 2]),
      });
    }
    return { ...event, mentions };
  });
}
