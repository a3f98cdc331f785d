import { createHash } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { PreparedArticle } from "./extract-events.ts";
import type { ArticleEntities } from "./find-entities.ts";

const UTF8 = new TextDecoder();

/** An article's part but its names and sentences: its dates and words. */
type DatesAndWords = Omit<PreparedArticle, "sentences" | "entities">;

/**
 * An article's events-stage part as compressed JSON. A large build holds every article's part from
 * the per-article work until the events stage has read it: as plain JSON that was 0.8 GB at 100,000
 * articles; deflated it is a quarter of that. Level 1: the sentences' and names' JSON compresses
 * nearly as well as at the default level (4.1 against 4.5 times), in 70% of the time (measured on
 * 4,700 articles of the synthetic corpus).
 *
 * Three sections, each deflated on its own: the names (two thirds of the JSON), the sentences, and
 * the rest (dates, words). When no article's names changed, the linking of the last build is taken
 * again (`linking-memo.ts`) and the part of an article whose findings are kept is never unpacked:
 * its names' digest is read from the header, its dates from the findings' memo, and its words are
 * counted through it (`countFrequencies`). Layout:
 * two 32-bit lengths (names, sentences), the names' digest (`namesDigest`, 32 bytes), then the
 * three sections.
 */
export function packPrepared(prepared: PreparedArticle): Uint8Array {
  const { sentences, entities, ...rest } = prepared;
  const json = JSON.stringify(entities);
  const names = deflateRawSync(json, { level: 1 });
  const lines = deflate(sentences);
  const other = deflate(rest);
  const bytes = new Uint8Array(HEADER + names.byteLength + lines.byteLength + other.byteLength);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, names.byteLength, true);
  view.setUint32(4, lines.byteLength, true);
  bytes.set(createHash("sha256").update(json).digest(), 8);
  bytes.set(names, HEADER);
  bytes.set(lines, HEADER + names.byteLength);
  bytes.set(other, HEADER + names.byteLength + lines.byteLength);
  return bytes;
}

/**
 * A digest of an article's names (entities and occurrences): the same for the same names, whether
 * read from a packed part (`packedNamesDigest`) or made from the objects.
 */
export function namesDigest(entities: ArticleEntities): string {
  return createHash("sha256").update(JSON.stringify(entities)).digest("hex");
}

export function packedNamesDigest(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + 8, 32).toString("hex");
}

export function unpackPrepared(bytes: Uint8Array): PreparedArticle {
  const { dct, timexes, timexError, docTerms } = inflate<DatesAndWords>(section(bytes, 2));
  // The keys in the order `prepareArticle` gives them.
  return {
    dct,
    sentences: inflate(section(bytes, 1)),
    timexes,
    entities: unpackEntities(bytes),
    ...(timexError === undefined ? {} : { timexError }),
    docTerms,
  };
}

function unpackEntities(bytes: Uint8Array): ArticleEntities {
  return inflate(section(bytes, 0));
}

function deflate(value: unknown): Uint8Array {
  return deflateRawSync(JSON.stringify(value), { level: 1 });
}

function inflate<T>(bytes: Uint8Array): T {
  return JSON.parse(UTF8.decode(inflateRawSync(bytes))) as T;
}

function section(bytes: Uint8Array, n: 0 | 1 | 2): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names = view.getUint32(0, true);
  const lines = view.getUint32(4, true);
  if (n === 0) return bytes.subarray(HEADER, HEADER + names);
  if (n === 1) return bytes.subarray(HEADER + names, HEADER + names + lines);
  return bytes.subarray(HEADER + names + lines);
}

/** The two lengths and the names' digest. */
const HEADER = 40;
