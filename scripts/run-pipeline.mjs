// `npm run data`: the pipeline's command line (src/pipeline/cli.ts), compiled into one JavaScript
// file and run. Why not through tsx as the tests do: tsx's module hooks cost 0.3 s of every run
// (0.55 s against 0.24 s for an empty corpus), a twentieth of a rebuild after one article changes.
// The pipeline's files and the packages it imports (zod, chrono-node, yaml) are bundled by esbuild:
// node's ESM loader resolves, reads and compiles each of a package's files on its own, and the
// four hundred of those packages took 80 ms of every build's start (the CLI's --help: 0.17 s
// against 0.09 s bundled). The HTML libraries are left to node_modules: they are loaded, through
// `createRequire`, only when a page is read (read/html.ts).
//
// The bundle is made again only when one of the files it was made from changed: `current.json`
// lists them with digests of their contents, which take a few milliseconds to check where loading
// esbuild and bundling take a tenth of a second. Bundles are named by the digest of their text and
// written once, by a rename, so that builds run side by side (tests, the bench, a dev server) never
// read one another's half-written files.
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bundles = join(root, ".cache/pipeline");
const pointer = join(bundles, "current.json");

const digestOf = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);
const fileDigest = (path) => {
  try {
    return digestOf(readFileSync(join(root, path)));
  } catch {
    return "missing";
  }
};

/** The bundle's folder when it was made from the files as they are now, else undefined. */
function currentBundle() {
  let current;
  try {
    current = JSON.parse(readFileSync(pointer, "utf8"));
  } catch {
    return undefined;
  }
  const folder = join(bundles, String(current.bundle));
  if (!existsSync(join(folder, "cli.js"))) return undefined;
  for (const [path, digest] of Object.entries(current.inputs ?? {}))
    if (fileDigest(path) !== digest) return undefined;
  return folder;
}

async function makeBundle() {
  const { build } = await import("esbuild");
  const result = await build({
    absWorkingDir: root,
    entryPoints: {
      cli: "src/pipeline/cli.ts",
      // The per-article worker threads' entry: article-pool.ts finds it beside the bundle.
      "article-worker": "src/pipeline/parallel/article-worker.ts",
      // The worker thread of entity files and search index: files-thread.ts finds it there too.
      "files-worker": "src/pipeline/files-worker.ts",
    },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: ["linkedom", "@mozilla/readability"],
    // What the bundled CommonJS code requires at run time (node's own modules, JSON data files)
    // is found through a `require` of the bundle's own, from its folder up to node_modules.
    banner: {
      js: 'import { createRequire as __parallaxRequire } from "node:module";\nconst require = __parallaxRequire(import.meta.url);',
    },
    outdir: "bundle",
    write: false,
    metafile: true,
    logLevel: "error",
  });
  const digest = createHash("sha256");
  for (const file of result.outputFiles) digest.update(file.path).update(file.contents);
  const name = digest.digest("hex").slice(0, 16);
  const folder = join(bundles, name);
  if (!existsSync(folder)) {
    const partial = `${folder}.${process.pid}`;
    mkdirSync(partial, { recursive: true });
    for (const file of result.outputFiles)
      writeFileSync(join(partial, file.path.split(/[\\/]/).pop()), file.contents);
    try {
      renameSync(partial, folder);
    } catch (error) {
      // Another build put the same bundle there first.
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(folder)) throw error;
    }
  }
  // The packages' versions and this script's options shape the bundle as much as the sources do.
  // The packages' files are known by the lockfile's versions: reading and hashing every one of
  // them at each start would give back much of what bundling them saved.
  const sources = Object.keys(result.metafile.inputs).filter((path) => !path.includes("node_modules/"));
  const paths = [...sources, "package-lock.json", "scripts/run-pipeline.mjs"];
  const inputs = Object.fromEntries(paths.map((path) => [path, fileDigest(path)]));
  const partial = `${pointer}.${process.pid}`;
  writeFileSync(partial, `${JSON.stringify({ bundle: name, inputs }, null, 1)}\n`);
  renameSync(partial, pointer);
  // Bundles of older code go once a day has passed: a build still running may yet start its workers.
  for (const other of readdirSync(bundles)) {
    const path = join(bundles, other);
    if (other !== name && other !== "current.json" && Date.now() - statSync(path).mtimeMs > 86_400_000)
      rmSync(path, { recursive: true, force: true });
  }
  return folder;
}

const folder = currentBundle() ?? (await makeBundle());
// The bundle lives away from the sources; the command line reads the project's folders from here.
process.env.PARALLAX_ROOT = root;
await import(pathToFileURL(join(folder, "cli.js")).href);
