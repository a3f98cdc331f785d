import { existsSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { build } from "./build.ts";
import { pipelineCodeVersion } from "./cache/code-version.ts";
import { openDiskCache } from "./cache/disk-cache.ts";
import { defaultSourcesPath, nodeEffects } from "./node-effects.ts";
import { formatSummary } from "./summary.ts";

// `npm run data` runs this file bundled, away from the sources (scripts/run-pipeline.mjs says where
// the project is); tsx and the tests run it where it stands.
const root = process.env.PARALLAX_ROOT || resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const usage = `usage: npm run data -- [--input DIR|FILE] [--output DIR] [--sources FILE] [--strict]
  --input    folder (or one file) of articles        default: data/articles
  --output   folder for the prebuilt JSON             default: public/data
  --sources  outlet descriptions (sources.json)       default: <input>/sources.json, then data/sources.json
  --strict   exit 1 when any article is rejected
  --workers  worker threads for the per-article work   default: one per core
  --no-cache do not read or write the cache of per-article results from earlier builds
  --cache-dir where that cache lives                  default: .cache/parallax
PARALLAX_MAXRSS_FILE=F  writes the peak resident memory (bytes) of the build to F, for the bench`;

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs>["values"];
  try {
    args = parseArgs({
      options: {
        input: { type: "string" },
        output: { type: "string" },
        sources: { type: "string" },
        strict: { type: "boolean", default: false },
        workers: { type: "string" },
        "no-cache": { type: "boolean", default: false },
        "cache-dir": { type: "string" },
        help: { type: "boolean", default: false },
      },
      allowPositionals: false,
    }).values;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : error}\n${usage}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const input = resolve(String(args.input ?? join(root, "data/articles")));
  const output = resolve(String(args.output ?? join(root, "public/data")));
  if (!existsSync(input)) {
    process.stderr.write(`input not found: ${input}\n${usage}\n`);
    return 2;
  }
  const sources = args.sources ? resolve(String(args.sources)) : defaultSourcesPath(input, root);
  const workers = args.workers === undefined ? undefined : Number(args.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) {
    process.stderr.write(`--workers wants a whole number, got ${args.workers}\n${usage}\n`);
    return 2;
  }
  const cache = args["no-cache"]
    ? undefined
    : await openDiskCache(
        resolve(String(args["cache-dir"] ?? join(root, ".cache/parallax"))),
        pipelineCodeVersion(root),
      );
  const corpus = await build(
    nodeEffects({ input, output, ...(sources ? { sources } : {}), ...(cache ? { cache } : {}) }),
    workers === undefined ? {} : { workers },
  );
  process.stdout.write(formatSummary(corpus, output));
  // Worker threads share the process, so this peak includes them.
  const rssFile = process.env.PARALLAX_MAXRSS_FILE;
  if (rssFile) writeFileSync(rssFile, `${process.resourceUsage().maxRSS * 1024}\n`);
  return args.strict && corpus.report.rejected.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `build failed: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`,
    );
    process.exitCode = 1;
  },
);
