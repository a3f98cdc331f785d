// Worker-thread entry: makes the compare stage's corpus counts, then the entity files, then the
// article files and search index of the corpus it is sent, each part as soon as its input comes
// (files-thread.ts), and answers with the counts and then the files.
import { parentPort, workerData } from "node:worker_threads";
import { projectArticleFileSteps } from "./article-files.ts";
import { countsToSend } from "./compare/corpus-counts.ts";
import type { LinkedEntity } from "./events/mention-list.ts";
import type { FilesThreadOutput, FilesThreadStart, FromFilesWorker, ToFilesWorker } from "./files-thread.ts";
import { outputFiles } from "./output-files.ts";
import { type EntityFileNames, projectEntityFiles } from "./project-entities.ts";
import { runSteps } from "./run-steps.ts";
import { buildSearchIndex } from "./search/build-search-index.ts";

const start = workerData as FilesThreadStart;
const send = (message: FromFilesWorker) => parentPort?.postMessage(message);
send({ kind: "counts", ...countsToSend(start.articles, start.previousSteps) });

const files = outputFiles(new Set(start.checked));
let entities: LinkedEntity[] = [];
let entityFiles: FilesThreadOutput["entityFiles"] | undefined;
parentPort?.on("message", (message: ToFilesWorker) => {
  if (message.kind === "entities") {
    entities = message.entities;
    const names: EntityFileNames = runSteps(projectEntityFiles(entities, files.add, () => undefined));
    entityFiles = { files: files.flush(), names };
    return;
  }
  if (!entityFiles) throw new Error("output files worker: the events came before the entities");
  // The articles as the events stage leaves them (assemble-corpus.ts's `finishEvents`).
  const articles = start.articles.map((a, n) => ({
    ...a,
    primaryEventId: message.primaryEventIds[n]!,
    timexes: message.timexes[n]!,
  }));
  const articleNames = runSteps(projectArticleFileSteps(articles, files.add, () => undefined));
  send({
    kind: "files",
    articleFiles: { files: files.flush(), names: articleNames },
    entityFiles,
    searchIndex: buildSearchIndex({ articles, events: message.events, entities }),
  });
});
