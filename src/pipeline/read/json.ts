import { lineAt } from "./decode-text.ts";
import { jsonErrorOffset } from "./json-error-offset.ts";
import type { InputFormat, RawArticle, ReadResult } from "./raw-article.ts";
import { rejectFile } from "./raw-article.ts";
import { metaFromRecord } from "./record-meta.ts";

const BODY_FIELDS = ["body", "text", "content"];

/** `.json`: one article object or an array of them (contract §2). */
export function readJson(file: string, text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return rejectFile(file, `not valid JSON: ${jsonErrorMessage(error)}`, jsonErrorLine(text));
  }
  const result: ReadResult = { articles: [], rejected: [], warnings: [] };
  if (Array.isArray(data)) {
    const lines = topLevelElementLines(text);
    data.forEach((item, index) => {
      addRecord(result, file, item, lines[index], "json", `element ${index + 1}`);
    });
    if (data.length === 0) result.warnings.push({ file, reason: "the JSON array holds no articles" });
  } else {
    addRecord(result, file, data, 1, "json", "the document");
  }
  return result;
}

/** `.jsonl`: one article per line; a bad line is rejected alone, with its line number. */
export function readJsonLines(file: string, text: string): ReadResult {
  const result: ReadResult = { articles: [], rejected: [], warnings: [] };
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (error) {
      result.rejected.push({ file, line: index + 1, reason: `not valid JSON: ${jsonErrorMessage(error)}` });
      return;
    }
    addRecord(result, file, data, index + 1, "jsonl", "the line");
  });
  return result;
}

function addRecord(
  result: ReadResult,
  file: string,
  data: unknown,
  line: number | undefined,
  format: InputFormat,
  what: string,
): void {
  const at = line === undefined ? { file } : { file, line };
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    result.rejected.push({ ...at, reason: `${what} is not an article object` });
    return;
  }
  const record = data as Record<string, unknown>;
  const bodyField = BODY_FIELDS.find((name) => record[name] !== undefined && record[name] !== null);
  const body = bodyField === undefined ? undefined : record[bodyField];
  if (typeof body !== "string") {
    const reason =
      bodyField === undefined
        ? `${what} has no "body" field`
        : `field "${bodyField}" is a ${Array.isArray(body) ? "list" : typeof body}, expected text`;
    result.rejected.push({ ...at, reason });
    return;
  }
  const { meta, problems } = metaFromRecord(record);
  for (const reason of problems) result.warnings.push({ ...at, reason });
  const article: RawArticle = { file, format, text: body.replace(/\r\n?/g, "\n"), meta };
  if (line !== undefined) article.line = line;
  result.articles.push(article);
}

function jsonErrorMessage(error: unknown): string {
  return error instanceof Error ? error.message.split("\n")[0]!.slice(0, 200) : String(error);
}

/** The line of the first syntax error (V8's message does not always carry a position). */
function jsonErrorLine(text: string): number {
  return lineAt(text, jsonErrorOffset(text));
}

/** The line where each element of a top-level JSON array starts, so rejections can point at it. */
function topLevelElementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let inString = false;
  let line = 1;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") line++;
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (expectElement && !/\s/.test(ch) && ch !== "]") {
      lines.push(line);
      expectElement = false;
    }
    if (ch === '"') inString = true;
    else if (ch === "[" || ch === "{") {
      depth++;
      if (depth === 1 && ch === "[") expectElement = true;
    } else if (ch === "]" || ch === "}") depth--;
    else if (ch === "," && depth === 1) expectElement = true;
  }
  return lines;
}
