// Worker-thread entry: makes the article files, entity files and search index of the part of the
// corpus it is given (files-thread.ts), and answers with them once.
import { parentPort, workerData } from "node:worker_threads";
import { projectArticleFileSteps } from "./article-files.ts";
import type { FilesThreadInput, FilesThreadOutput } from "./files-thread.ts";
import { outputFiles } from "./output-files.ts";
import { projectEntityFiles } from "./project-entities.ts";
import { runSteps } from "./run-steps.ts";
import { buildSearchIndex } from "./search/build-search-index.ts";

const input = workerData as FilesThreadInput;
const files = outputFiles(new Set(input.checked));
const articleNames = runSteps(projectArticleFileSteps(input.articles, files.add, () => undefined));
const articleFiles = { files: files.flush(), names: articleNames };
const entityNames = runSteps(projectEntityFiles(input.entities, files.add, () => undefined));
const output: FilesThreadOutput = {
  articleFiles,
  entityFiles: { files: files.flush(), names: entityNames },
  searchIndex: buildSearchIndex(input),
};
parentPort?.postMessage(output);
