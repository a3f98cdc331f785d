import { digestOf } from "../cache/stage-memo.ts";
import { type ArticleTable, MENTION_FIELDS as FIELDS, type LinkedEntity } from "./mention-list.ts";

/**
 * What linking the corpus's names gave: the corpus's entities as `EntityLinker.finish` gave them,
 * and for each article, in the linker's order, what `link` and `dropped` gave.
 */
export interface Linking {
  entities: LinkedEntity[];
  ids: string[][];
  dropped: number[][];
}

/**
 * The order the linker reads the articles in: by the digest of their names (`namesDigest`), then by
 * id. Not by id alone, as the rest of the events stage goes: an article's id is a digest of its
 * text, so an edit anywhere in it moves the article to another place among the others; by its names,
 * an edit that leaves them as they were leaves its place, and the linking (which depends on the
 * order: the first spelling met is the one shown) can be taken again. `digests` are in id order;
 * the result lists places in that order.
 */
export function linkingOrder(digests: readonly string[]): number[] {
  return digests
    .map((_, n) => n)
    .sort((a, b) => (digests[a]! < digests[b]! ? -1 : digests[a]! > digests[b]! ? 1 : a - b));
}

/**
 * A digest of everything the linking reads beyond the articles' ids: each article's outlet and
 * names, in the linker's order. Linking is corpus-wide (a surname joins the most named person of the
 * corpus, a full name is someone's when any article treats it so), so it is kept whole or made
 * whole: an edit that changes one article's names links every article again, and one that leaves
 * every article's names as they were (a sentence without names, a typo fixed after the last name)
 * takes the last build's linking, which spares unpacking the names of every article whose findings
 * are kept too. The ids only fill the article table, which is made again from this build's.
 */
export function linkingDigest(articles: readonly { sourceId: string; names: string }[]): string {
  return digestOf(["linking", ...articles.flatMap((a) => [a.sourceId, a.names])]);
}

/**
 * The linking as bytes: a 32-bit length, that much JSON (the entities without
 * their packed mentions, each article's ids and dropped places), padding to a multiple of four, then
 * every entity's packed mentions (mention-list.ts) one after another.
 */
export function packLinking(linking: Linking): Uint8Array {
  let words = 0;
  const entities = linking.entities.map((e) => {
    words += e.mentions.count * FIELDS;
    return { ...e, mentions: { count: e.mentions.count, texts: e.mentions.texts } };
  });
  const head = UTF8.encode(JSON.stringify({ entities, ids: linking.ids, dropped: linking.dropped }));
  const start = align(4 + head.byteLength);
  const bytes = new Uint8Array(start + words * 4);
  new DataView(bytes.buffer).setUint32(0, head.byteLength, true);
  bytes.set(head, 4);
  const data = new Int32Array(bytes.buffer, start, words);
  let at = 0;
  for (const e of linking.entities) {
    data.set(e.mentions.data.subarray(0, e.mentions.count * FIELDS), at);
    at += e.mentions.count * FIELDS;
  }
  return bytes;
}

/**
 * The linking back from `packLinking`'s bytes, its entities sharing `articles` (this build's, in the
 * linker's order), as the linker's share its own.
 */
export function unpackLinking(bytes: Uint8Array, articles: ArticleTable): Linking {
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  const head = JSON.parse(TEXT.decode(bytes.subarray(4, 4 + length))) as {
    entities: (Omit<LinkedEntity, "mentions"> & { mentions: { count: number; texts: string[] } })[];
    ids: string[][];
    dropped: number[][];
  };
  // Copied out to a buffer of its own, aligned for 32-bit numbers whatever the memo's bytes were
  // (Uint8Array's slice copies; a Buffer's would be a view of the pool).
  const start = align(4 + length);
  const data = new Int32Array(Uint8Array.prototype.slice.call(bytes, start).buffer);
  let at = 0;
  const entities = head.entities.map((e): LinkedEntity => {
    const size = e.mentions.count * FIELDS;
    const mentions = {
      articles,
      count: e.mentions.count,
      data: data.slice(at, at + size),
      texts: e.mentions.texts,
    };
    at += size;
    // Spread so the keys keep the linker's order, which the entity files' JSON follows.
    return { ...e, mentions };
  });
  if (at !== data.length) throw new Error("linking memo: mention data does not match its entities");
  return { entities, ids: head.ids, dropped: head.dropped };
}

const UTF8 = new TextEncoder();
const TEXT = new TextDecoder();
const align = (n: number) => Math.ceil(n / 4) * 4;
