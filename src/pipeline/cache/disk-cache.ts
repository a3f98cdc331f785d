import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ContentCache } from "../effects.ts";

/**
 * A cache of one file per key under `dir/<version>/`, two hex characters of fan-out so no folder
 * holds more than a few hundred files at 100,000 articles. Opening it removes the folders of other
 * versions: after the pipeline code changes, their entries can never be hit again.
 */
export async function openDiskCache(dir: string, version: string): Promise<ContentCache> {
  await mkdir(dir, { recursive: true });
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== version)
      await rm(join(dir, entry.name), { recursive: true, force: true });
  }
  const root = join(dir, version);
  const made = new Set<string>();
  const pathOf = (key: string) => join(root, key.slice(0, 2), `${key}.bin`);
  return {
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      const folder = join(root, key.slice(0, 2));
      if (!made.has(folder)) {
        await mkdir(folder, { recursive: true });
        made.add(folder);
      }
      // Written aside then renamed: a build stopped halfway, or two builds at once, never leave a
      // half-written entry that a later build would read as valid.
      const temp = `${pathOf(key)}.${process.pid}.tmp`;
      await writeFile(temp, value);
      await rename(temp, pathOf(key));
    },
  };
}
