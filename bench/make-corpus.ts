// `npx tsx bench/make-corpus.ts N OUT.jsonl [SEED] [--files K]`: writes a synthetic corpus of N
// articles; with `--files K`, OUT is a folder and the corpus is split into K jsonl files, the way
// large corpora arrive (one export per month or per outlet), so that readers see several files.
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { syntheticCorpus } from "./synthetic-corpus.ts";

const args = process.argv.slice(2);
const filesAt = args.indexOf("--files");
const fileCount = filesAt >= 0 ? Number(args.splice(filesAt, 2)[1]) : 1;
const [countArg, out, seedArg] = args;
const count = Number(countArg);
if (!Number.isInteger(count) || count <= 0 || !out || !Number.isInteger(fileCount) || fileCount < 1) {
  console.error("usage: npx tsx bench/make-corpus.ts COUNT OUT.jsonl [SEED] [--files K]");
  process.exit(2);
}
const paths =
  fileCount === 1
    ? [out]
    : Array.from({ length: fileCount }, (_, i) => join(out, `part-${String(i + 1).padStart(2, "0")}.jsonl`));
await mkdir(fileCount === 1 ? dirname(out) : out, { recursive: true });
const perFile = Math.ceil(count / fileCount);
let stream: WriteStream | undefined;
let index = 0;
for (const article of syntheticCorpus(count, seedArg ? Number(seedArg) : undefined)) {
  if (index % perFile === 0) {
    if (stream) await close(stream);
    stream = createWriteStream(paths[index / perFile]!);
  }
  index++;
  if (!stream!.write(`${JSON.stringify(article)}\n`))
    await new Promise<void>((r) => stream!.once("drain", () => r()));
}
if (stream) await close(stream);
console.error(`${count} articles -> ${out}${fileCount > 1 ? ` (${fileCount} files)` : ""}`);

function close(s: WriteStream): Promise<unknown> {
  return new Promise((r) => s.end(r));
}
