import { Worker } from "node:worker_threads";
import { workerSource } from "../parallel/worker-source.ts";
import type { SearchIndex, SearchIndexInput } from "./build-search-index.ts";

const workerUrl = new URL(
  `./search-worker${import.meta.url.endsWith(".js") ? ".js" : ".ts"}`,
  import.meta.url,
);

/**
 * The search index, built on a worker thread while this one makes the other files: past the events,
 * a build is one thread of work, and the index (a tenth of a 10,000-article rebuild) needs nothing
 * but the corpus. The worker is sent only the fields the index reads. Same function, same input:
 * the index is the one this thread would have built (build-determinism.test.ts).
 */
export function searchIndexOnThread(corpus: SearchIndexInput): Promise<SearchIndex> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource(workerUrl), { eval: true, workerData: searchInput(corpus) });
    worker.once("message", resolve);
    worker.once("error", reject);
    // After the message it changes nothing; without one, the worker stopped short.
    worker.once("exit", (code) => reject(new Error(`search index worker stopped (exit code ${code})`)));
  });
}

function searchInput(corpus: SearchIndexInput): SearchIndexInput {
  return {
    articles: corpus.articles.map((a) => ({
      id: a.id,
      title: a.title,
      text: a.text,
      primaryEventId: a.primaryEventId,
    })),
    events: corpus.events.map((e) => ({
      id: e.id,
      title: e.title,
      start: e.start,
      ...(e.end !== undefined ? { end: e.end } : {}),
      ...(e.summary !== undefined ? { summary: e.summary } : {}),
      ...(e.entityIds !== undefined ? { entityIds: e.entityIds } : {}),
      sourceIds: e.sourceIds,
      mentions: e.mentions.map((m) => ({ articleId: m.articleId, quote: m.quote })),
    })),
    entities: corpus.entities.map((e) => ({ id: e.id, name: e.name })),
  };
}
