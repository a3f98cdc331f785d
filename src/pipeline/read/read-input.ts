import { gunzipSync } from "node:zlib";
import { decodeText } from "./decode-text.ts";
import { readHtml } from "./html.ts";
import { readJson, readJsonLines } from "./json.ts";
import { readMarkdown } from "./markdown.ts";
import type { ReadResult } from "./raw-article.ts";
import { rejectFile } from "./raw-article.ts";
import { readText } from "./text.ts";

/** One article per file should never be this big; a larger `.txt`/`.md`/`.html` is not an article. */
export const MAX_ARTICLE_FILE_BYTES = 5 * 1024 * 1024;
/** Collections (`.json`, `.jsonl`) hold many articles; past this we refuse rather than exhaust memory. */
export const MAX_COLLECTION_FILE_BYTES = 512 * 1024 * 1024;

const READERS = {
  txt: readText,
  text: readText,
  md: readMarkdown,
  markdown: readMarkdown,
  html: readHtml,
  htm: readHtml,
  json: readJson,
  jsonl: readJsonLines,
  ndjson: readJsonLines,
} as const;
type Extension = keyof typeof READERS;

const COLLECTIONS = new Set<Extension>(["json", "jsonl", "ndjson"]);

/** Files that are part of a folder's furniture, not articles, and are skipped without a report line. */
export function isIgnorable(path: string): boolean {
  const name = path.split("/").pop() ?? path;
  return name.startsWith(".") || name === "sources.json" || /^readme(\.\w+)?$/i.test(name);
}

/** Picks the reader for a file by extension (`.gz` is unpacked first) and never throws. */
export function readInput(path: string, size: number, bytes: Uint8Array): ReadResult {
  let name = path.toLowerCase();
  let content = bytes;
  if (name.endsWith(".gz")) {
    name = name.slice(0, -3);
    try {
      content = gunzipSync(bytes, { maxOutputLength: MAX_COLLECTION_FILE_BYTES });
    } catch (error) {
      return rejectFile(path, `not a readable gzip file: ${error instanceof Error ? error.message : error}`);
    }
  }
  const extension = name.includes(".") ? name.slice(name.lastIndexOf(".") + 1) : "";
  if (!(extension in READERS)) {
    return rejectFile(
      path,
      `unsupported file type "${extension ? `.${extension}` : "(none)"}": use .txt, .md, .html, .json or .jsonl`,
    );
  }
  const ext = extension as Extension;
  const limit = COLLECTIONS.has(ext) ? MAX_COLLECTION_FILE_BYTES : MAX_ARTICLE_FILE_BYTES;
  const actual = Math.max(size, content.byteLength);
  if (actual > limit) {
    return rejectFile(
      path,
      `file is ${megabytes(actual)}; a .${ext} file may be at most ${megabytes(limit)}`,
    );
  }
  const decoded = decodeText(content);
  if (!decoded.ok) return rejectFile(path, decoded.reason);
  if (decoded.text.trim() === "") return rejectFile(path, "the file is empty");
  try {
    return READERS[ext](path, decoded.text);
  } catch (error) {
    // Readers reject what they can name; anything else still becomes a report line, not a crash.
    return rejectFile(path, `could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
