// Worker-thread entry: makes the entity files and the search index of the corpus part it is given
// (files-thread.ts), and answers with them once.
import { parentPort, workerData } from "node:worker_threads";
import type { FilesThreadInput, FilesThreadOutput } from "./files-thread.ts";
import { outputFiles } from "./output-files.ts";
import { projectEntityFiles } from "./project-entities.ts";
import { runSteps } from "./run-steps.ts";
import { buildSearchIndex } from "./search/build-search-index.ts";

const input = workerData as FilesThreadInput;
const files = outputFiles();
const names = runSteps(projectEntityFiles(input.entities, files.add, () => undefined));
const output: FilesThreadOutput = {
  entityFiles: { files: files.flush(), names },
  searchIndex: buildSearchIndex(input),
};
parentPort?.postMessage(output);
