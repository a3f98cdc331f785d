// Worker-thread entry: builds the search index of the corpus it is given (search-thread.ts), and
// answers with it once.
import { parentPort, workerData } from "node:worker_threads";
import { buildSearchIndex, type SearchIndexInput } from "./build-search-index.ts";

parentPort?.postMessage(buildSearchIndex(workerData as SearchIndexInput));
