import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, realpath, rm, stat, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { setFlagsFromString } from "node:v8";
import { CONTENT_NAMED, type ContentCache, type Effects, type InputFile } from "./effects.ts";

/** The outlet list a build uses when none is named: the input folder's own, else the project's. */
export function defaultSourcesPath(input: string, root: string): string | undefined {
  return [join(input, "sources.json"), join(root, "data/sources.json")].find((p) => existsSync(p));
}

/** Output files this pipeline writes; only these are pruned from the output folder. */
function isOutputName(name: string): boolean {
  return name === "manifest.json" || name === "schema.json" || CONTENT_NAMED.test(name);
}

/** Input size from which a build holds the heap's growth down (about 25,000 articles of news). */
const LEAN_HEAP_FROM = 50_000_000;

/**
 * How far V8 may grow the heap past what a full collection left live, in percent, for an input of
 * this size; undefined for V8's own choice. V8 lets the heap grow to several times what is live
 * before collecting in full, up to the heap limit: a 100,000-article build reached 3.9 GB resident
 * while holding under 2 GB. Measured there (synthetic corpus): 20% peaked at 2.32 GB in 214 s, 10%
 * at 2.15 GB in 237 s, 5% at 2.09 GB in 274 s. Below some 25,000 articles memory is no concern and
 * time is (a 10,000-article rebuild takes a fifth longer held to 20%), so V8 decides.
 */
export function heapGrowthFor(inputBytes: number): number | undefined {
  return inputBytes >= LEAN_HEAP_FROM ? 10 : undefined;
}

/** The real disk and terminal, for `cli.ts`. Tests use an in-memory Effects instead. */
export function nodeEffects(options: {
  input: string;
  output: string;
  sources?: string;
  cache?: ContentCache;
}): Effects {
  let outputFolder: Promise<unknown> | undefined;
  // A file named by its content and there at its size is that content; the size check catches a
  // file left short by a build stopped while writing it.
  const has = async (name: string, bytes: number) => {
    const there = await stat(join(options.output, name)).catch(() => undefined);
    return there?.isFile() === true && there.size === bytes;
  };
  return {
    ...(options.cache ? { cache: options.cache } : {}),
    prepareFor(inputBytes) {
      const growth = heapGrowthFor(inputBytes);
      // Read by V8 at each full collection, so it takes effect from the next one on.
      if (growth !== undefined) setFlagsFromString(`--heap-growing-percent=${growth}`);
    },
    async listInputs() {
      const info = await stat(options.input);
      const paths = info.isFile() ? [options.input] : await walk(options.input);
      const base = info.isFile() ? join(options.input, "..") : options.input;
      const files: InputFile[] = [];
      for (const path of paths.sort()) {
        // A link to nowhere or a special file is still an input: it reaches the report through
        // read(), with the reason, instead of stopping the build or vanishing from it.
        const info = await stat(path).catch((error: Error) => error);
        const name = relative(base, path).split(sep).join("/");
        if (info instanceof Error) files.push({ path: name, size: 0, read: () => Promise.reject(info) });
        else if (!info.isFile())
          files.push({ path: name, size: 0, read: () => Promise.reject(new Error("not a regular file")) });
        else files.push({ path: name, size: info.size, read: () => readFile(path) });
      }
      return files;
    },
    async readSourcesConfig() {
      if (!options.sources) return undefined;
      try {
        return await readFile(options.sources, "utf8");
      } catch {
        return undefined;
      }
    },
    async writeOutput(name, content) {
      outputFolder ??= mkdir(options.output, { recursive: true });
      await outputFolder;
      const path = join(options.output, name);
      // A rebuild makes mostly the files the last one wrote (140 MB at 10,000 articles, a second of
      // writing): one named by its content and already there is that content.
      if (CONTENT_NAMED.test(name) && (await has(name, Buffer.byteLength(content)))) return;
      await writeFile(path, content);
    },
    hasOutput: has,
    async pruneOutputs(keep) {
      let names: string[] = [];
      try {
        names = await readdir(options.output);
      } catch {
        return;
      }
      for (const name of names) {
        if (isOutputName(name) && !keep.has(name)) await rm(join(options.output, name));
      }
    },
    progress(message) {
      process.stderr.write(`${message}\n`);
    },
  };
}

/**
 * Every file under `dir`, following symbolic links (a user may link an archive into
 * data/articles): a folder reached twice through links is walked once, so a loop of links ends.
 */
async function walk(dir: string, seen = new Set<string>()): Promise<string[]> {
  const real = await realpath(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  let files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const isDirectory =
      entry.isDirectory() ||
      (entry.isSymbolicLink() &&
        (await stat(path).then(
          (s) => s.isDirectory(),
          () => false,
        )));
    // Concatenate, not push(...): a folder of 100,000 files would overflow the call stack.
    if (isDirectory) files = files.concat(await walk(path, seen));
    else files.push(path);
  }
  return files;
}
