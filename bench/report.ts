// The bench's table: every figure with its target beside it, as Markdown so the README can hold it.
import type { AppFigures } from "./app-bench.ts";
import { quantile } from "./app-bench.ts";
import type { PipelineFigures } from "./pipeline-bench.ts";
import type { SearchFigures } from "./search-bench.ts";
import type { TimelineJsFigures } from "./timelinejs-bench.ts";

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : "–");
const secs = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} s`;
const mark = (ok: boolean) => (ok ? "✓" : "✗");
const p = (values: number[], q: number) =>
  quantile(
    [...values].sort((a, b) => a - b),
    q,
  );

export function pipelineTable(rows: PipelineFigures[]): string {
  const lines = [
    "| corpus | articles | events | build | articles/s | peak RSS | output raw / gzip | target |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const r of rows) {
    let target = "";
    if (r.articles >= 100_000) {
      target = `< 300 s ${mark(!r.timedOut && r.seconds < 300)}, ≤ 2 GB ${mark(r.peakRssBytes <= 2 * 1024 ** 3)}`;
    }
    const time = r.timedOut ? `stopped at ${secs(r.seconds)}` : secs(r.seconds);
    const peak = `${r.timedOut ? "≥ " : ""}${mb(r.peakRssBytes)}`;
    const size = r.timedOut ? "–" : `${mb(r.outputBytes)} / ${mb(r.outputGzipBytes)}`;
    const rate = r.timedOut ? "–" : String(Math.round(r.articlesPerSecond));
    const events = Number.isNaN(r.events) ? "–" : r.events.toLocaleString("en");
    lines.push(
      `| ${r.corpus} | ${r.articles.toLocaleString("en")} | ${events} | ${time} | ${rate} | ${peak} | ${size} | ${target} |`,
    );
    if (r.rebuildSeconds !== undefined) {
      lines.push(
        `| ${r.corpus}, one article changed | | | ${secs(r.rebuildSeconds)} | | | | < 3 s ${mark(r.rebuildSeconds < 3)} (${r.rebuildRecomputed} of ${r.articles.toLocaleString("en")} articles recomputed) |`,
      );
    }
  }
  return lines.join("\n");
}

export function appTable(rows: AppFigures[]): string {
  const lines = [
    "| site | events | first drawn timeline | JS heap | selection → detail (p50 / max) | filter keystroke (p50 / p95) | pan & zoom frames (p50 / p95), long tasks > 50 ms | fetched before first draw (gzip) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of rows) {
    const drawTarget = r.events >= 100_000 ? 2500 : r.events >= 10_000 ? 1000 : Number.POSITIVE_INFINITY;
    const big = r.events >= 10_000;
    const sel = p(r.selectionMs, 0.5);
    const selMax = Math.max(...r.selectionMs);
    const f50 = p(r.filterMs, 0.5);
    const f95 = p(r.filterMs, 0.95);
    const heavy = r.beforeDraw.dataFiles.filter((f) => /^(articles|search|comparisons)/.test(f));
    lines.push(
      [
        "",
        r.site,
        r.events.toLocaleString("en"),
        `${ms(r.firstDrawMs)}${Number.isFinite(drawTarget) ? ` (< ${drawTarget} ${mark(r.firstDrawMs < drawTarget)})` : ""}${r.allLoadedMs > r.firstDrawMs + 1 ? `; all events loaded at ${ms(r.allLoadedMs)}${Number.isFinite(r.loadedDataGzip) ? `, ${kb(r.loadedDataGzip)} of data in all` : ""}` : ""}`,
        mb(r.heapBytes),
        `${ms(sel)} / ${ms(selMax)}${big ? ` (< 100 ${mark(selMax < 100)})` : ""}`,
        r.filterMs.length === 0
          ? "no search index in this corpus"
          : `${ms(f50)} / ${ms(f95)}${big ? ` (p95 < 50 ${mark(f95 < 50)})` : ""}`,
        `${r.frames.p50.toFixed(1)} / ${r.frames.p95.toFixed(1)} ms, ${r.frames.longTasks} (longest ${ms(r.frames.longestTask)})${big ? ` (60 fps, none ${mark(r.frames.p95 <= 17.5 && r.frames.longTasks === 0)})` : ""}`,
        `code ${kb(r.beforeDraw.codeGzip)} (< 300 ${mark(r.beforeDraw.codeGzip < 300 * 1024)}); data ${kb(r.beforeDraw.dataGzip)}: ${windowNote(r)}${heavy.length ? `, also ${heavy.join(", ")} ✗` : ", no texts/search/comparisons ✓"}`,
        "",
      ]
        .join(" | ")
        .trim(),
    );
  }
  return lines.join("\n");
}

/**
 * Whether the app waited for every events file or only the opening window's before drawing, and
 * how many of the corpus's events those files held.
 */
function windowNote(r: AppFigures): string {
  const { eventFilesListed: listed, eventFilesFetched: fetched, eventsFetched, eventsListed } = r.beforeDraw;
  // Results from before the summaries files have no such fields: those were events files.
  const summaries = r.beforeDraw.summaries === true;
  const kind = summaries ? "summaries file" : "event file";
  const full = r.beforeDraw.fullEventFilesFetched ?? 0;
  const fullNote = summaries ? (full > 0 ? `; ${full} full events files ✗` : "; no full events file ✓") : "";
  const events = Number.isFinite(eventsFetched)
    ? ` (${eventsFetched.toLocaleString("en")} of ${eventsListed.toLocaleString("en")} events)`
    : "";
  if (listed <= 1)
    return `${fetched} of ${listed} ${kind}${listed === 1 ? "" : "s"} (one file: no window to pick)${fullNote}`;
  return fetched >= listed
    ? `all ${listed} ${kind}s${events}, not only the window's ✗${fullNote}`
    : `${fetched} of ${listed} ${kind}s${events}, the opening window's ✓${fullNote}`;
}

export function comparisonTable(
  parallax: AppFigures | undefined,
  timelineJs: TimelineJsFigures | undefined,
): string {
  if (!parallax || !timelineJs) return "";
  const tl =
    timelineJs.firstRenderMs === null
      ? `not drawn within ${timelineJs.timeoutMs / 1000} s`
      : ms(timelineJs.firstRenderMs);
  return [
    `| same ${parallax.events.toLocaleString("en")} events, same run | first render | JS heap |`,
    "| --- | ---: | ---: |",
    `| Parallax (vis-timeline, windowed) | ${ms(parallax.firstDrawMs)} | ${mb(parallax.heapBytes)} |`,
    `| TimelineJS ${"3.9"} | ${tl} | ${mb(timelineJs.heapBytes)} |`,
  ].join("\n");
}

/** The full-text filter on KCNA (issue 6): keystrokes, the cold first result, the index's bytes. */
export function searchTable(s: SearchFigures): string {
  const k50 = p(s.keystrokeMs, 0.5);
  const k95 = p(s.keystrokeMs, 0.95);
  const firsts = s.cold.map((c) => c.firstResultMs ?? Number.POSITIVE_INFINITY);
  const c50 = p(firsts, 0.5);
  const cMax = Math.max(...firsts);
  const perQuery = s.cold
    .map((c) => `${c.query} ${c.firstResultMs === null ? "none in 10 s" : ms(c.firstResultMs)}`)
    .join(", ");
  const coldBytes = s.cold.map((c) => c.beforeResultGzip);
  const settledBytes = s.cold.map((c) => c.fetchedGzip);
  return [
    `| full-text filter, KCNA (${s.queries.length} queries typed key by key) | figure | target |`,
    "| --- | ---: | --- |",
    `| filter keystroke → updated timeline, p50 / p95 (${s.keystrokeMs.length} keys, ${s.keystrokesUnchanged} changing nothing) | ${ms(k50)} / ${ms(k95)} | p95 < 50 ms ${mark(k95 < 50)} |`,
    `| … slowest keys (query so far) | ${s.slowest.map((k) => `${k.typed} ${ms(k.ms)}`).join(", ")} | |`,
    `| first result, cold cache: first keystroke on a fresh page → results in the timeline, p50 / max | ${ms(c50)} / ${ms(cMax)} | < 300 ms ${mark(cMax < 300)} |`,
    `| … per query | ${perQuery} | |`,
    `| index over the wire, one query cold, before its first result (gzip), min / max | ${kb(Math.min(...coldBytes))} / ${kb(Math.max(...coldBytes))} | |`,
    `| … once the page settles, with the word index fetched in the background (gzip), min / max | ${kb(Math.min(...settledBytes))} / ${kb(Math.max(...settledBytes))} | |`,
    `| index over the wire, the ${s.queries.length} queries in turn (meta + ${s.bytes.querySetShards} other files, gzip) | ${kb(s.bytes.querySetGzip)} (meta ${kb(s.bytes.metaGzip)}) | |`,
    `| whole index (meta + ${s.bytes.shards} files, gzip) | ${mb(s.bytes.wholeGzip)} | loaded only when the filter is used |`,
  ].join("\n");
}
