import { createHash, hash } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { ContentCache } from "../effects.ts";
import { packParts, parsePack, writePack } from "./entry-pack.ts";

/**
 * Results of one stage of the last build, each kept under a digest of everything it was made from,
 * so that a rebuild takes a result again only when its inputs are the very same (it is never an
 * approximation: a stage that reads anything global must put it in the digest). The per-article
 * cache cannot hold these: they depend on the corpus (names linked across articles, the outlets),
 * not on one article alone.
 *
 * The whole memo is one cache entry, read once and written once per build: ten thousand entries
 * read one by one took as long as the work they saved. It keeps only what this build asked for or
 * made, so it does not grow with every edit.
 */
export interface StageMemo {
  /** The result kept for this digest, or undefined. */
  get<T>(digest: string): T | undefined;
  /** Keeps a result, made JSON at once: later changes to the value are not kept. */
  set(digest: string, value: unknown): void;
  /**
   * The text kept for this digest, as it was given to `setText`, or undefined. `uncounted`: an
   * entry about the results (what they were made with), not a result, left out of `counts`.
   */
  getText(digest: string, options?: Uncounted): string | undefined;
  /** Keeps a text as it is (a result already made JSON, say). */
  setText(digest: string, text: string, options?: Uncounted): void;
  /** The bytes kept for this digest, as given to `setBytes` (a view of the memo's), or undefined. */
  getBytes(digest: string, options?: Uncounted): Uint8Array | undefined;
  /** Keeps bytes as they are (a result in a binary form of its own). */
  setBytes(digest: string, bytes: Uint8Array): void;
  /** How many results were taken from the last build, and how many were made. */
  readonly counts: { kept: number; made: number };
  /** The memo to store, or undefined when it holds exactly what the last build's did. */
  pack(): Uint8Array | undefined;
  /** `pack` as the pieces to write one after the other (see `packParts`). */
  packParts(): Uint8Array[] | undefined;
}

export interface Uncounted {
  uncounted?: boolean;
}

const UTF8 = new TextEncoder();
const TEXT = new TextDecoder();

export interface MemoOptions {
  /**
   * Whether the stored bytes are deflated (the default). A memo of tens of megabytes of JSON is
   * kept as it is: `comparisons` at 10,000 articles, 68 MB, took 161 ms to deflate (to 9.7 MB) and
   * 90 ms to inflate, against 45 ms to write as it is.
   */
  deflate?: boolean;
}

/**
 * A memo from the bytes a previous build stored (or none): a pack of entries (entry-pack.ts), each
 * a digest and its value's JSON, deflated as a whole unless `deflate` is false.
 */
export function openStageMemo(stored?: Uint8Array, options: MemoOptions = {}): StageMemo {
  const deflate = options.deflate ?? true;
  const old = new Map<string, Uint8Array>();
  if (stored) {
    try {
      for (const [digest, value] of parsePack(deflate ? inflateRawSync(stored) : stored))
        old.set(digest, value);
    } catch {
      // A damaged memo is no memo: everything is made again, and the memo written anew.
      old.clear();
    }
  }
  const kept = new Map<string, Uint8Array>();
  const counts = { kept: 0, made: 0 };
  // Whether anything was set since the memo was read: a value may be set again under a digest it
  // was read with.
  let changed = false;
  const take = (digest: string, options?: Uncounted): Uint8Array | undefined => {
    const bytes = kept.get(digest) ?? old.get(digest);
    if (bytes && !kept.has(digest)) {
      kept.set(digest, bytes);
      if (!options?.uncounted) counts.kept++;
    }
    return bytes;
  };
  const keep = (digest: string, bytes: Uint8Array, options?: Uncounted) => {
    if (!kept.has(digest) && !options?.uncounted) counts.made++;
    kept.set(digest, bytes);
    changed = true;
  };
  const partsToStore = (): Uint8Array[] | undefined => {
    if (!changed && kept.size === old.size) return undefined;
    // Entries in digest order: the same results give the same bytes whatever order they came in.
    // The keys alone, by the engine's own string order (code units, as `<` compares them), not
    // through a comparator called back for each pair of twenty thousand.
    const sorted = new Map<string, Uint8Array>();
    for (const key of [...kept.keys()].sort()) sorted.set(key, kept.get(key)!);
    return deflate ? [deflateRawSync(writePack(sorted), { level: 1 })] : packParts(sorted);
  };
  return {
    get<T>(digest: string): T | undefined {
      const bytes = take(digest);
      return bytes ? (JSON.parse(TEXT.decode(bytes)) as T) : undefined;
    },
    set(digest, value) {
      keep(digest, UTF8.encode(JSON.stringify(value)));
    },
    getText(digest, options) {
      const bytes = take(digest, options);
      return bytes ? TEXT.decode(bytes) : undefined;
    },
    setText(digest, text, options) {
      keep(digest, UTF8.encode(text), options);
    },
    getBytes: (digest, options) => take(digest, options),
    setBytes: (digest, bytes) => keep(digest, bytes),
    counts,
    pack() {
      const parts = partsToStore();
      return parts && (parts.length === 1 ? parts[0] : Buffer.concat(parts));
    },
    packParts: partsToStore,
  };
}

/**
 * A digest of the parts, in order: what a memoised result was made from. Parts that are all text
 * are hashed as one string, which gives the same bytes, so the same digest: a rebuild makes tens of
 * thousands of these digests of many short parts, and each `update` crosses into node's C++.
 */
export function digestOf(parts: readonly (string | Uint8Array)[]): string {
  let text = "";
  for (const part of parts) {
    if (typeof part !== "string") return digestOfBytes(parts);
    text += `${part.length}:${part}`;
  }
  return hash("sha256", text);
}

function digestOfBytes(parts: readonly (string | Uint8Array)[]): string {
  const digest = createHash("sha256");
  for (const part of parts) {
    digest.update(typeof part === "string" ? `${part.length}:` : `#${part.length}:`);
    digest.update(part);
  }
  return digest.digest("hex");
}

/** The memo of `stage` from the last build through this cache, or an empty one. */
export async function loadStageMemo(
  cache: ContentCache,
  stage: string,
  options: MemoOptions = {},
): Promise<StageMemo> {
  return openStageMemo(await cache.get(memoKey(stage)), options);
}

/** Stores the memo of `stage` for the next build, if it changed (opened with the same options). */
export async function saveStageMemo(cache: ContentCache, stage: string, memo: StageMemo): Promise<void> {
  const parts = memo.packParts();
  if (parts) await cache.set(memoKey(stage), parts);
}

// Not hex, so never an article's key.
export const memoKey = (stage: string) => `memo-${stage}`;
