import type { ReadResult } from "./raw-article.ts";

/** `.txt`: text as pasted from a web page. Everything about it is inferred later, in `clean/`. */
export function readText(file: string, text: string): ReadResult {
  return { articles: [{ file, line: 1, format: "txt", text, meta: {} }], rejected: [], warnings: [] };
}
