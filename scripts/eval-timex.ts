/**
 * `npm run eval:timex -- [FILE]`: scores our date expressions and chrono-node's against gold
 * annotations (`{id, dct, text, timexes: [{start, end, text, type, value}]}` per line), DATE only.
 * Defaults to the TimeBank file in the shared corpora, read by path and never copied.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chronoTimexes } from "../src/pipeline/time/chrono-baseline.ts";
import { findTimexes } from "../src/pipeline/time/find-timexes.ts";
import {
  addCounts,
  type Counts,
  countMatches,
  emptyCounts,
  extractionScore,
  type Prf,
  valueScore,
} from "../src/pipeline/time/score-timexes.ts";

interface GoldDoc {
  id: string;
  dct: string;
  text: string;
  timexes: { start: number; end: number; text: string; type: string; value: string }[];
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const fileArg = args.find((a) => !a.startsWith("--"));
const file = fileArg ? resolve(fileArg) : resolve(root, "../shared/corpora/timebank-timex.jsonl");

let lines: string[];
try {
  lines = readFileSync(file, "utf8").split("\n");
} catch (error) {
  console.error(`eval-timex: cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}

let ours: Counts = emptyCounts;
let baseline: Counts = emptyCounts;
let documents = 0;
lines.forEach((line, index) => {
  if (!line.trim()) return;
  let doc: GoldDoc;
  try {
    doc = JSON.parse(line) as GoldDoc;
  } catch {
    console.error(`eval-timex: line ${index + 1}: not JSON, skipped`);
    return;
  }
  documents++;
  const gold = doc.timexes.filter((t) => t.type === "DATE");
  const found = findTimexes(doc.text, doc.dct);
  ours = addCounts(ours, countMatches(found, gold));
  baseline = addCounts(baseline, countMatches(chronoTimexes(doc.text, doc.dct), gold));
  if (verbose) {
    for (const f of found) {
      const g = gold.find((x) => x.start < f.end && f.start < x.end);
      if (!g) console.log(`FP\t${doc.id}\t${f.text}\t${f.value}`);
      else if (g.value !== f.value)
        console.log(`VAL\t${doc.id}\t${f.text}\t${f.value}\tgold: ${g.text}\t${g.value}\t${doc.dct}`);
    }
    for (const g of gold) {
      if (!found.some((f) => g.start < f.end && f.start < g.end))
        console.log(`FN\t${doc.id}\t${g.text}\t${g.value}`);
    }
  }
});

const pct = (x: number): string => x.toFixed(3);
const row = (name: string, kind: string, s: Prf): string =>
  `| ${name.padEnd(10)} | ${kind.padEnd(10)} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`;
console.log(`${file}: ${documents} documents, ${ours.gold} gold DATE expressions`);
console.log("| tagger     | score      | P     | R     | F1    |");
console.log("| ---------- | ---------- | ----- | ----- | ----- |");
console.log(row("parallax", "extraction", extractionScore(ours)));
console.log(row("parallax", "value", valueScore(ours)));
console.log(row("chrono", "extraction", extractionScore(baseline)));
console.log(row("chrono", "value", valueScore(baseline)));
