import { Worker } from "node:worker_threads";
import type { Article } from "../schema/article.ts";
import { projectArticle } from "./article-files.ts";
import type { LinkedEntity } from "./events/mention-list.ts";
import type { OutputFile } from "./output-files.ts";
import { workerEntry, workerSource } from "./parallel/worker-source.ts";
import type { EntityFileNames } from "./project-entities.ts";
import type { SearchIndex, SearchIndexInput } from "./search/build-search-index.ts";

const workerUrl = workerEntry("files-worker", import.meta.url);

/**
 * What the worker is sent: the articles as their files give them, the fields of the events that the
 * search index reads, and the entities whole.
 */
export interface FilesThreadInput extends SearchIndexInput {
  articles: Article[];
  entities: LinkedEntity[];
  /** Files an earlier build validated (see `outputFiles`). */
  checked?: string[];
}

export interface FilesThreadOutput {
  /** The article files (`projectArticleFileSteps`), made, and their names. */
  articleFiles: { files: OutputFile[]; names: string[] };
  /** The entity files (`projectEntityFiles`), made, and their names. */
  entityFiles: { files: OutputFile[]; names: EntityFileNames };
  searchIndex: SearchIndex;
}

/**
 * The article files, entity files and search index, made on a worker thread while this one makes
 * the other files: past the events a build is one thread of work, and these need nothing but the
 * corpus (together a quarter of a 10,000-article rebuild). The worker is sent only the fields they
 * read. The same functions on the same input: the files are the ones this thread would have made
 * (build-determinism.test.ts).
 */
export function filesOnThread(corpus: FilesThreadInput): Promise<FilesThreadOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource(workerUrl), { eval: true, workerData: threadInput(corpus) });
    worker.once("message", resolve);
    worker.once("error", reject);
    // After the message it changes nothing; without one, the worker stopped short.
    worker.once("exit", (code) => reject(new Error(`output files worker stopped (exit code ${code})`)));
  });
}

function threadInput(corpus: FilesThreadInput): FilesThreadInput {
  return {
    articles: corpus.articles.map(projectArticle),
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
    entities: corpus.entities,
    ...(corpus.checked ? { checked: corpus.checked } : {}),
  };
}
