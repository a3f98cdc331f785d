// Worker-thread entry: cleans and prepares batches of articles sent by `article-pool.ts`, and answers
// with each result as `serializeWork` bytes, which the main thread both caches and parses; the
// bytes are moved, not copied.
import { parentPort, workerData } from "node:worker_threads";
import type { SourceConfig } from "../../schema/source.ts";
import { createSourceResolver } from "../clean/resolve-source.ts";
import type { ArticleTask } from "./article-pool.ts";
import { serializeWork, workArticle } from "./article-work.ts";

const resolveSource = createSourceResolver((workerData as { config: SourceConfig }).config);

parentPort?.on("message", (message: { id: number; tasks: ArticleTask[] }) => {
  const results = message.tasks.map((t) => serializeWork(workArticle(t.raw, resolveSource, t.years)));
  parentPort?.postMessage(
    { id: message.id, results },
    results.map((r) => r.buffer),
  );
});
