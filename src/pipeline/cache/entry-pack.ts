import { readFile, stat } from "node:fs/promises";

const TEXT = new TextDecoder();

/**
 * Cache entries in one file: the entry count, then per entry the key's length and text and the
 * value's length and bytes, lengths as 32-bit little-endian numbers.
 */
export function writePack(entries: ReadonlyMap<string, Uint8Array>): Uint8Array {
  return Buffer.concat(packParts(entries));
}

/**
 * The pack as the pieces to write one after the other: the values as they are (views of the
 * packs they were read from, most of them), so a pack of tens of megabytes is written without
 * being copied into one buffer first.
 */
export function packParts(entries: ReadonlyMap<string, Uint8Array>): Uint8Array[] {
  const count = Buffer.allocUnsafe(4);
  count.writeUInt32LE(entries.size, 0);
  const parts: Uint8Array[] = [count];
  for (const [key, value] of entries) {
    const length = Buffer.byteLength(key);
    const head = Buffer.allocUnsafe(8 + length);
    head.writeUInt32LE(length, 0);
    head.write(key, 4, "utf8");
    head.writeUInt32LE(value.byteLength, 4 + length);
    parts.push(head, value);
  }
  return parts;
}

/**
 * The entries of a pack file, each a view of the one buffer read; undefined when there is none,
 * when it is larger than `limit`, or when it is damaged (a pack is only ever a faster way to
 * entries that are also files of their own).
 */
export async function readPack(path: string, limit: number): Promise<Map<string, Uint8Array> | undefined> {
  try {
    if ((await stat(path)).size > limit) return undefined;
    return parsePack(await readFile(path));
  } catch {
    return undefined;
  }
}

export function parsePack(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = new Map<string, Uint8Array>();
  let at = 4;
  const take = (): Uint8Array => {
    const length = view.getUint32(at, true);
    at += 4;
    if (at + length > bytes.length) throw new Error("pack cut short");
    const part = bytes.subarray(at, at + length);
    at += length;
    return part;
  };
  const count = view.getUint32(0, true);
  for (let i = 0; i < count; i++) {
    const key = TEXT.decode(take());
    entries.set(key, take());
  }
  if (at !== bytes.length) throw new Error("pack longer than its entries");
  return entries;
}
