import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** The code that a cached article result depends on: the pipeline, its shared helpers and schema. */
const SOURCE_DIRS = ["src/pipeline", "src/lib", "src/schema"];

/**
 * A digest of the pipeline's source files and the lockfile (chrono-node's rules, say), used as the
 * cache's version. Hashing the code rather than bumping a constant by hand means an edit to any
 * stage can never be served stale results, at the price of a full rebuild after any pipeline edit;
 * reading some 200 files takes a few milliseconds.
 */
export function pipelineCodeVersion(root: string): string {
  const hash = createHash("sha256");
  const files = SOURCE_DIRS.flatMap((dir) => walk(join(root, dir))).sort();
  for (const file of [...files, join(root, "package-lock.json")]) {
    hash.update(relative(root, file)).update("\0");
    try {
      hash.update(readFileSync(file)).update("\0");
    } catch {
      hash.update("missing\0");
    }
  }
  return hash.digest("hex").slice(0, 16);
}

function walk(dir: string): string[] {
  let entries: import("node:fs").Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return walk(path);
    return /\.(ts|js|json)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [path] : [];
  });
}
