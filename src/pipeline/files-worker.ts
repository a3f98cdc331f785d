// Worker-thread entry: makes the compare stage's corpus counts, then the entity files, then the
// events files and search index of the corpus it is sent, each part as soon as its input comes
// (files-thread.ts), and answers with the counts and then the files.
import { parentPort, workerData } from "node:worker_threads";
import { articleFileIndex, splitArticlesByPeriod } from "./article-files.ts";
import { countsToSend } from "./compare/corpus-counts.ts";
import type { LinkedEntity } from "./events/mention-list.ts";
import { projectEventFileSteps } from "./events-files.ts";
import type { FilesThreadOutput, FilesThreadStart, FromFilesWorker, ToFilesWorker } from "./files-thread.ts";
import { outputFiles } from "./output-files.ts";
import { type EntityFileNames, projectEntityFiles } from "./project-entities.ts";
import { projectEvent } from "./project-files.ts";
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
  // The articles as the events stage leaves them (assemble-corpus.ts's `finishEvents`).
  const articles = start.articles.map((a, n) => ({
    ...a,
    primaryEventId: message.primaryEventIds[n]!,
    timexes: message.timexes[n]!,
  }));
  const none = () => undefined;
  const fileOf = articleFileIndex(splitArticlesByPeriod(articles).map((p) => p.articles));
  const events = message.events.map((e) => projectEvent(e, fileOf));
  const eventNames = runSteps(projectEventFileSteps(events, files.add, none));
  const eventFiles = { files: files.flush(), names: eventNames };
  const index = buildSearchIndex({ articles, events, entities }, articleTexts);
  const searchNames = runSteps(projectSearchFileSteps(index, files.add, none));
  send({
    kind: "files",
    entityFiles,
    eventFiles,
    searchFiles: { files: files.flush(), names: searchNames },
  });
});
