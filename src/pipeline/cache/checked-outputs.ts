import { CONTENT_NAMED, type ContentCache } from "../effects.ts";
import { memoKey } from "./stage-memo.ts";

const KEY = memoKey("checked-outputs");
const UTF8 = new TextEncoder();
const TEXT = new TextDecoder();

/**
 * The names of the output files the last build made, all of whose contents were checked against
 * the schemas then. The cache is scoped to the pipeline code's version, schemas included, so a
 * name found here is content this code's schemas accept: `outputFiles` need not check it again
 * (checking every file's data was a tenth of a 10,000-article rebuild's work, on both threads).
 */
export async function loadCheckedOutputs(cache: ContentCache): Promise<Set<string>> {
  const bytes = await cache.get(KEY);
  return new Set(bytes ? TEXT.decode(bytes).split("\n").filter(Boolean) : []);
}

/** Keeps the names of this build's content-named files for the next build, when they changed. */
export async function saveCheckedOutputs(
  cache: ContentCache,
  written: ReadonlySet<string>,
  before: ReadonlySet<string>,
): Promise<void> {
  const names = [...written].filter((name) => CONTENT_NAMED.test(name)).sort();
  if (names.length === before.size && names.every((name) => before.has(name))) return;
  await cache.set(KEY, UTF8.encode(names.join("\n")));
}
