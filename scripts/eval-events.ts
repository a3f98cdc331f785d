/**
 * `npm run eval:events -- [FILE]`: scores how the pipeline groups articles' primary events against
 * gold event groups (`event_id` per line, the NeuS format), as B-cubed precision, recall and F1,
 * beside the baseline "same day, any shared person". The articles go through the real pipeline
 * (reader, cleaning, events); the corpus is read by path and never copied.
 *
 * `npm run eval:events -- --usdprk [FILE]`: prints, for the three cross-outlet events issue 3 names
 * on the usdprk corpus (the March envoys' visit, Kim–Xi in Beijing, the April plenum), every event
 * that speaks of them with its outlets, so that a split is visible at a glance.
 */
import { readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { assembleCorpus } from "../src/pipeline/assemble-corpus.ts";
import { mentionsOf } from "../src/pipeline/events/mention-list.ts";
import { bcubed, type Prf, sameDaySharedPerson } from "../src/pipeline/events/score-grouping.ts";
import { readJsonLines } from "../src/pipeline/read/json.ts";
import type { Event } from "../src/schema/event.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const usdprk = process.argv.includes("--usdprk");
const fileArg = process.argv.slice(2).find((a) => !a.startsWith("--"));
const file = fileArg
  ? resolve(fileArg)
  : resolve(root, `../shared/corpora/${usdprk ? "usdprk-2018" : "neus-2021-events"}.jsonl`);

let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (error) {
  console.error(`eval-events: cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}

if (usdprk) {
  showChecks(assembleCorpus([readJsonLines(basename(file), text)], {}).events);
  process.exit(0);
}

const gold = new Map<string, string>();
for (const [index, line] of text.split("\n").entries()) {
  if (!line.trim()) continue;
  const row = JSON.parse(line) as { event_id?: unknown };
  if (typeof row.event_id === "string") gold.set(String(index + 1), row.event_id);
}
if (gold.size === 0) {
  console.error(`eval-events: no lines with an "event_id" in ${file}`);
  process.exit(2);
}

const started = performance.now();
const corpus = assembleCorpus([readJsonLines(basename(file), text)], {});
const elapsed = performance.now() - started;

// Items are input lines: exact duplicates merged by the pipeline are scored with what they repeat.
const lineOf = new Map<string, string>();
const predicted = new Map<string, string>();
for (const a of corpus.articles) {
  if (a.line === undefined) continue;
  lineOf.set(a.id, String(a.line));
  predicted.set(String(a.line), a.primaryEventId || `none:${a.id}`);
}
const people = new Map<string, Set<string>>();
for (const e of corpus.entities) {
  if (e.kind !== "person") continue;
  for (const m of mentionsOf(e.mentions)) {
    const line = lineOf.get(m.articleId);
    if (!line) continue;
    const set = people.get(line) ?? new Set<string>();
    set.add(e.id);
    people.set(line, set);
  }
}
const baseline = sameDaySharedPerson(
  corpus.articles
    .filter((a) => a.line !== undefined)
    .map((a) => ({
      id: String(a.line),
      day: a.published.slice(0, 10),
      people: [...(people.get(String(a.line)) ?? [])],
    })),
);

const show = (name: string, s: Prf) =>
  `${name.padEnd(34)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;
console.log(
  `${basename(file)}: ${gold.size} articles in ${new Set(gold.values()).size} gold events; ${corpus.events.length} events built in ${(elapsed / 1000).toFixed(2)} s`,
);
console.log("B-cubed over articles' primary events");
console.log(show("baseline: same day, shared person", bcubed(baseline, gold)));
console.log(show("parallax events", bcubed(predicted, gold)));

/** The usdprk events of issue 3: a window of days and the words that say an event is about it. */
function showChecks(events: Event[]): void {
  const checks = [
    {
      name: "envoys' visit to Pyongyang",
      from: "2018-03-04",
      to: "2018-03-08",
      words: /envoy|Chung Eui|Jong Ui Yong|south Korean (?:delegation|officials)/i,
    },
    { name: "Kim–Xi in Beijing", from: "2018-03-25", to: "2018-03-29", words: /Xi Jinping|\bXi\b/ },
    {
      name: "party plenum",
      from: "2018-04-19",
      to: "2018-04-22",
      words: /plenary|plenum|testing site|nuclear test/i,
    },
  ];
  for (const check of checks) {
    const found = events.filter(
      (e) =>
        e.start <= check.to &&
        (e.end ?? e.start) >= check.from &&
        (check.words.test(e.title) || e.mentions.some((m) => check.words.test(m.quote))),
    );
    found.sort((a, b) => b.mentions.length - a.mentions.length || (a.start < b.start ? -1 : 1));
    const joined = found.some((e) => e.sourceIds.includes("kcna") && e.sourceIds.some((s) => s !== "kcna"));
    console.log(`${check.name}: ${joined ? "JOINED" : "split"} (${found.length} events)`);
    for (const e of found.slice(0, 8)) {
      const outlets = new Map<string, number>();
      for (const m of e.mentions) outlets.set(m.sourceId, (outlets.get(m.sourceId) ?? 0) + 1);
      const list = [...outlets].map(([s, n]) => `${s}×${n}`).join(", ");
      console.log(`  ${e.start}${e.end ? `..${e.end}` : ""} ${e.precision.padEnd(11)} ${e.title}`);
      console.log(`      ${list}`);
    }
  }
}
