// Sites the browser half of the bench opens: the production app with one corpus's data each, and
// the TimelineJS page with the same events as the 10,000-event site.
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

interface BenchEvent {
  id: string;
  title: string;
  start: string;
  end?: string;
}

/** `vite build` of the app alone: the bench puts each corpus's data beside it. */
export async function buildApp(root: string, outDir: string): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  const child = spawn(
    process.execPath,
    [
      join(root, "node_modules/vite/bin/vite.js"),
      "build",
      "--outDir",
      outDir,
      "--emptyOutDir",
      "--logLevel",
      "warn",
    ],
    {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`vite build failed (exit ${code})`);
}

/** A copy of the built app whose data/ is the given folder of pipeline output. */
export function siteFromOutput(app: string, dataDir: string, site: string): void {
  rmSync(site, { recursive: true, force: true });
  cpSync(app, site, { recursive: true, filter: (src) => !src.startsWith(join(app, "data")) });
  cpSync(dataDir, join(site, "data"), { recursive: true });
}

/**
 * A copy of the built app whose data/ is a link to the given folder of pipeline output: the same bytes
 * served without copying them (the KCNA output is 81 MB, most of it article texts and the index).
 */
export function siteLinkingOutput(app: string, dataDir: string, site: string): void {
  rmSync(site, { recursive: true, force: true });
  cpSync(app, site, { recursive: true, filter: (src) => !src.startsWith(join(app, "data")) });
  symlinkSync(dataDir, join(site, "data"), "dir");
}

/** A copy of the built app with a generated corpus of `count` events (the browser tests' generator). */
export async function siteFromGenerated(app: string, count: number, site: string): Promise<BenchEvent[]> {
  // Imported by path: the generator is browser-test code, compiled with the e2e project's types.
  const generator = pathToFileURL(join(app, "../../../e2e/fixtures/generate-corpus.ts")).href;
  const { generateCorpus } = (await import(generator)) as {
    generateCorpus: (count: number, seed: number) => { files: Record<string, unknown>; events: BenchEvent[] };
  };
  rmSync(site, { recursive: true, force: true });
  cpSync(app, site, { recursive: true, filter: (src) => !src.startsWith(join(app, "data")) });
  const corpus = generateCorpus(count, 7);
  mkdirSync(join(site, "data"), { recursive: true });
  for (const [name, value] of Object.entries(corpus.files))
    writeFileSync(join(site, "data", name), typeof value === "string" ? value : JSON.stringify(value));
  return corpus.events;
}

/** The TimelineJS page with `events`, its script and styles from the installed package. */
export function timelineJsSite(root: string, events: BenchEvent[], site: string): void {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  const dist = join(root, "node_modules/@knight-lab/timelinejs/dist");
  cpSync(join(dist, "js/timeline.js"), join(site, "timeline.js"));
  cpSync(join(dist, "css/timeline.css"), join(site, "timeline.css"));
  for (const name of readdirSync(join(root, "bench/timelinejs")))
    cpSync(join(root, "bench/timelinejs", name), join(site, name));
  const date = (day: string) => ({ year: day.slice(0, 4), month: day.slice(5, 7), day: day.slice(8, 10) });
  const data = {
    events: events.map((e) => ({
      unique_id: e.id,
      start_date: date(e.start),
      ...(e.end ? { end_date: date(e.end) } : {}),
      text: { headline: e.title },
    })),
  };
  writeFileSync(join(site, "events.json"), JSON.stringify(data));
}

/** Article and event counts from a site's manifest. */
export function siteCounts(site: string): { articles: number; events: number } {
  const manifest = JSON.parse(readFileSync(join(site, "data/manifest.json"), "utf8")) as {
    articleCount: number;
    eventCount: number;
  };
  return { articles: manifest.articleCount, events: manifest.eventCount };
}
