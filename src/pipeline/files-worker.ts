// Worker-thread entry: makes the compare stage's corpus counts, then the entity files, then the
// search index of the corpus it is sent, each part as soon as its input comes (files-thread.ts),
// and answers with the counts and then the files.
import { parentPort, workerData } from "node:worker_threads";
import { countsToSend } from "./compare/corpus-counts.ts";
import type { LinkedEntity } from "./events/mention-list.ts";
import {
  type FilesThreadOutput,
  type FilesThreadStart,
  type FromFilesWorker,
  receivedEvents,
  type ToFilesWorker,
} from "./files-thread.ts";
import { outputFiles } from "./output-files.ts";
import { type EntityFileNames, projectEntityFiles } from "./project-entities.ts";
import { runSteps } from "./run-steps.ts";
import { buildSearchIndex, readArticleTexts } from "./search/build-search-index.ts";
import { projectSearchFileSteps } from "./search/project-search.ts";

const start = workerData as FilesThreadStart;
const send = (message: FromFilesWorker) => parentPort?.postMessage(message);
send({ kind: "counts", ...countsToSend(start.articles, start.previousSteps) });
// Most of the search index's work, read while the other thread finds the events.
const articleTexts = readArticleTexts(start.articles);

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
  // The articles as the events stage leaves them (assemble-corpus.ts's `finishEvents`), all the
  // search index reads of them.
  const articles = start.articles.map((a, n) => ({ ...a, primaryEventId: message.primaryEventIds[n]! }));
  const events = receivedEvents(start.articles, message);
  const index = buildSearchIndex({ articles, events, entities }, articleTexts);
  const searchNames = runSteps(projectSearchFileSteps(index, files.add, () => undefined));
  send({ kind: "files", entityFiles, searchFiles: { files: files.flush(), names: searchNames } });
});
