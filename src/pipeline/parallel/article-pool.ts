import { Worker } from "node:worker_threads";
import type { SourceConfig } from "../../schema/source.ts";
import type { RawArticle } from "../read/raw-article.ts";
import { workerEntry, workerSource } from "./worker-source.ts";

export interface ArticleTask {
  raw: RawArticle;
  years: number[] | null;
}

export interface ArticlePool {
  /** Each task's work as `serializeWork` bytes, in task order whichever worker did it. */
  run(tasks: ArticleTask[]): Promise<Uint8Array[]>;
  close(): Promise<void>;
}

/**
 * Enough articles per message that posting costs little beside the work (about 2 ms an article),
 * few enough that both workers stay busy to the end.
 */
const BATCH = 48;

const workerUrl = workerEntry("article-worker", import.meta.url);

/** `size` worker threads doing the per-article work; started lazily on the first run. */
export function createArticlePool(config: SourceConfig, size: number): ArticlePool {
  let workers: Worker[] = [];
  const start = () => {
    const source = workerSource(workerUrl);
    if (workers.length === 0)
      workers = Array.from(
        { length: size },
        () => new Worker(source, { eval: true, workerData: { config } }),
      );
    return workers;
  };
  return {
    run(tasks) {
      const batches: ArticleTask[][] = [];
      for (let i = 0; i < tasks.length; i += BATCH) batches.push(tasks.slice(i, i + BATCH));
      const results: Uint8Array[][] = new Array(batches.length);
      let next = 0;
      let done = 0;
      return new Promise((resolve, reject) => {
        if (batches.length === 0) return resolve([]);
        const pool = start();
        const cleanups: (() => void)[] = [];
        const finish = (error?: unknown) => {
          for (const c of cleanups) c();
          if (error) reject(error);
          else resolve(results.flat());
        };
        const feed = (worker: Worker) => {
          if (next >= batches.length) return;
          const id = next++;
          worker.postMessage({ id, tasks: batches[id] });
        };
        for (const worker of pool) {
          const onMessage = (message: { id: number; results: Uint8Array[] }) => {
            results[message.id] = message.results;
            if (++done === batches.length) finish();
            else feed(worker);
          };
          const onError = (error: unknown) => finish(error);
          const onExit = (code: number) => finish(new Error(`article worker stopped (exit code ${code})`));
          worker.on("message", onMessage);
          worker.on("error", onError);
          worker.on("exit", onExit);
          cleanups.push(() => {
            worker.off("message", onMessage);
            worker.off("error", onError);
            worker.off("exit", onExit);
          });
          feed(worker);
        }
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
      workers = [];
    },
  };
}
