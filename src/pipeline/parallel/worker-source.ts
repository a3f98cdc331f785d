import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * The worker entry `stem` beside the module at `from` (its `import.meta.url`): a `.ts` file where the
 * pipeline runs from its sources, a `.js` file beside the bundle that `npm run data` runs.
 */
export function workerEntry(stem: string, from: string): URL {
  return new URL(`./${stem}${from.endsWith(".js") ? ".js" : ".ts"}`, from);
}

/**
 * The code that starts a worker thread at `entry` (give it to `new Worker` with `eval: true`).
 * The pipeline runs as TypeScript (tsx, Vitest), and a worker is a fresh Node.js that must be taught
 * to load it. Node 20 workers ignore `--import tsx` in `execArgv`, so the worker starts from a line of
 * JavaScript that registers tsx's ESM hooks before importing the real entry. Compiled JavaScript
 * (the bundle `npm run data` runs) needs no hooks.
 */
export function workerSource(entry: URL): string {
  const href = JSON.stringify(entry.href);
  if (!entry.pathname.endsWith(".ts")) return `import(${href});`;
  const require = createRequire(import.meta.url);
  const tsxRoot = dirname(require.resolve("tsx/package.json"));
  const exports = (JSON.parse(readFileSync(join(tsxRoot, "package.json"), "utf8")) as TsxPackage).exports;
  const api = pathToFileURL(join(tsxRoot, exports["./esm/api"].import.default)).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${href}); });`;
}

interface TsxPackage {
  exports: { "./esm/api": { import: { default: string } } };
}
