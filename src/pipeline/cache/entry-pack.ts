import { readFile, stat } from "node:fs/promises";

const UTF8 = new TextEncoder();
const TEXT = new TextDecoder();

/**
 * Cache entries in one file: the entry count, then per entry the key's length and text and the
 * value's length and bytes, lengths as 32-bit little-endian numbers.
 */
export function writePack(entries: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const parts: Uint8Array[] = [u32(entries.size)];
  for (const [key, value] of entries) {
    const k = UTF8.encode(key);
    parts.push(u32(k.length), k, u32(value.byteLength), value);
  }
  return Buffer.concat(parts);
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

function u32(n: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, n, true);
  return bytes;
}
