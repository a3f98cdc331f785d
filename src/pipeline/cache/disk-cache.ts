import { mkdir, open, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ContentCache } from "../effects.ts";
import { readPack, writePack } from "./entry-pack.ts";

/**
 * A cache of one file per key under `dir/<version>/`, two hex characters of fan-out so no folder
 * holds more than a few hundred files at 100,000 articles. Opening it removes the folders of other
 * versions: after the pipeline code changes, their entries can never be hit again.
 *
 * Beside the files, the entries one build used are packed into one file (`pack.bin`, see
 * `settle`), read whole when the cache is opened: ten thousand files opened, read and closed one by
 * one were a tenth of a 10,000-article rebuild. Each entry is still written as a file of its own,
 * so a build stopped halfway loses nothing; the pack is only ever a faster way to the same bytes.
 */
export async function openDiskCache(
  dir: string,
  version: string,
  options: { packLimit?: number } = {},
): Promise<ContentCache> {
  await mkdir(dir, { recursive: true });
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== version)
      await rm(join(dir, entry.name), { recursive: true, force: true });
  }
  const root = join(dir, version);
  const packLimit = options.packLimit ?? PACK_LIMIT;
  const packPath = join(root, "pack.bin");
  let pack = await readPack(packPath, packLimit);
  // Every per-article entry this build read or wrote, in that order, while there is room for a
  // pack: with its bytes when they are a view of the pack read, else to be read from its file when
  // the pack is made (holding every entry read from files would raise a large build's peak).
  let used: Map<string, Uint8Array | undefined> | undefined = new Map();
  let usedBytes = 0;
  let outsidePack = 0;
  const use = (key: string, value: Uint8Array, fromPack: boolean) => {
    // The stage memos are read once and rewritten whole: a pack would only copy them.
    if (!used || key.startsWith("memo-")) return;
    if (!fromPack) outsidePack++;
    if (used.has(key)) return;
    used.set(key, fromPack ? value : undefined);
    usedBytes += value.byteLength;
    if (usedBytes > packLimit) used = undefined;
  };
  const made = new Set<string>();
  let writes = 0;
  const pathOf = (key: string) => join(root, key.slice(0, 2), `${key}.bin`);
  return {
    async get(key) {
      const packed = pack?.get(key);
      if (packed) {
        use(key, packed, true);
        return packed;
      }
      try {
        const value = isMemo(key) ? await readWhole(pathOf(key)) : await readFile(pathOf(key));
        use(key, value, false);
        return value;
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
      // half-written entry that a later build would read as valid. Named by process and write, as
      // writes run side by side.
      const aside = `${pathOf(key)}.${process.pid}.${++writes}`;
      const temp = `${aside}.tmp`;
      if (isMemo(key)) {
        await writeWhole(temp, value instanceof Uint8Array ? [value] : value);
        // The last build's memo is moved aside and removed in the background: renamed over, its
        // tens of megabytes were freed in this thread (80 ms at 10,000 articles).
        const old = `${aside}.old`;
        const moved = await rename(pathOf(key), old).then(
          () => true,
          () => false,
        );
        await rename(temp, pathOf(key));
        if (moved) void rm(old, { force: true }).catch(() => undefined);
      } else {
        const bytes = value instanceof Uint8Array ? value : Buffer.concat(value);
        await writeFile(temp, bytes);
        await rename(temp, pathOf(key));
        use(key, bytes, false);
      }
    },
    async settle() {
      // Packed again when a tenth of what was used came from outside the pack (new or edited
      // articles): a rebuild after one edit reads one file beside the pack and leaves it be.
      if (used && used.size >= MIN_PACKED && outsidePack * 10 >= used.size) {
        const entries = new Map<string, Uint8Array>();
        try {
          for (const [key, value] of used) entries.set(key, value ?? (await readFile(pathOf(key))));
        } catch {
          // An entry removed meanwhile (another build's cleanup): no pack this time.
          entries.clear();
        }
        if (entries.size > 0) {
          const temp = `${packPath}.${process.pid}.tmp`;
          await writeFile(temp, writePack(entries));
          await rename(temp, packPath);
        }
      }
      used = undefined;
      pack = undefined;
    },
  };
}

/**
 * The stage memos (`memo-…` keys) are read and written in one call each, on libuv's threads: one is
 * tens of megabytes, and node's `readFile` and `writeFile` move a file in half-megabyte pieces,
 * each waiting for this thread between the two, which a build keeps busy for seconds at a time (a
 * 10,000-article rebuild waited a quarter of a second for its memos so). Read or written at once in
 * this thread instead, they still held it for 0.2 s; this way a memo is read while the articles
 * are, and written while the next stage runs. The per-article entries, small and many, stay with
 * `readFile` and `writeFile`.
 */
const isMemo = (key: string) => key.startsWith("memo-");

/** A file's bytes in one read (files do not change size under a build: they are renamed into place). */
async function readWhole(path: string): Promise<Uint8Array> {
  const file = await open(path, "r");
  try {
    const { size } = await file.stat();
    const bytes = Buffer.allocUnsafe(size);
    let at = 0;
    while (at < size) {
      const { bytesRead } = await file.read(bytes, at, size - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return bytes.subarray(0, at);
  } finally {
    await file.close();
  }
}

/** Pieces written one after the other into a new file, in one call (libuv writes them all). */
async function writeWhole(path: string, parts: readonly Uint8Array[]): Promise<void> {
  const file = await open(path, "w");
  try {
    await file.writev(parts);
  } finally {
    await file.close();
  }
}

/**
 * The largest pack made or read, in bytes: it is held whole while the per-article work is read
 * (about 40 MB at 10,000 articles). Past it, at some 50,000 articles, entries are read file by file.
 */
const PACK_LIMIT = 200_000_000;

/** Fewer entries than this are read quickly enough one by one. */
const MIN_PACKED = 100;
