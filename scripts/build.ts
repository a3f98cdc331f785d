// `npm run build`: the production site in dist/: the app, the data built from data/articles/ (or
// PARALLAX_INPUT), ready for any static host under any path.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build as viteBuild } from "vite";
import { build as buildData } from "../src/pipeline/build.ts";
import { defaultSourcesPath, nodeEffects } from "../src/pipeline/node-effects.ts";
import { previewPath, renderPreviewPage } from "../src/pipeline/previews/render-preview-page.ts";
import { formatSummary } from "../src/pipeline/summary.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const input = resolve(process.env.PARALLAX_INPUT ?? join(root, "data/articles"));
// PARALLAX_DIST lets several builds (parallel test runs, the bench) live side by side.
const dist = resolve(process.env.PARALLAX_DIST ?? join(root, "dist"));
const output = join(dist, "data");

await viteBuild({ root, logLevel: "warn", build: { outDir: dist, emptyOutDir: true } });
const sources = defaultSourcesPath(input, root);
const corpus = await buildData(nodeEffects({ input, output, ...(sources ? { sources } : {}) }));
process.stdout.write(formatSummary(corpus, output));

// Link previews: one static page per event with Open Graph tags, redirecting to its deep link.
// PARALLAX_SITE_URL (the site's absolute URL) makes og:url and the canonical link absolute.
const siteUrl = process.env.PARALLAX_SITE_URL;
await rm(join(dist, "e"), { recursive: true, force: true });
await mkdir(join(dist, "e"), { recursive: true });
for (const event of corpus.events) {
  const html = renderPreviewPage(event, corpus.sources, siteUrl ? { siteUrl } : {});
  await writeFile(join(dist, previewPath(event.id)), html);
}
process.stdout.write(`  ${corpus.events.length} link-preview pages -> ${join(dist, "e")}\n`);
