import type { z } from "zod";
import { DataError, fetchJsonValue } from "./fetch-json.ts";

/** Something wrong in a data file, said so a user can find it: which file, where in it, what. */
export type DataProblem = { file: string; path: string; message: string };

/** The valid records of a file, and one problem per record that was left out. */
export type Records<T> = { records: T[]; problems: DataProblem[] };

/**
 * Events, articles and outlets files are lists of independent records. One record edited by hand into
 * something the schema refuses costs that record only: it is left out and reported, and the rest of
 * the file still shows. A file that is not a list at all (or not JSON: truncated) fails as a whole,
 * and the caller decides what the page can show without it.
 */
export async function fetchRecords<T>(
  file: string,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
): Promise<Records<T>> {
  return validateRecords(file, await fetchJsonValue(file, signal), schema);
}

export function validateRecords<T>(file: string, data: unknown, schema: z.ZodType<T>): Records<T> {
  if (!Array.isArray(data)) {
    const got = data === null ? "null" : typeof data;
    throw new DataError(
      `${file} does not match the data schema: expected a list of records, got ${got}`,
      file,
    );
  }
  const records: T[] = [];
  const problems: DataProblem[] = [];
  data.forEach((item: unknown, i) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) {
      records.push(parsed.data);
      return;
    }
    const issue = parsed.error.issues[0];
    const field = (issue?.path ?? []).map(String).join(".");
    const id = recordId(item);
    problems.push({
      file,
      path: field ? `${i}.${field}` : String(i),
      message: `record ${i + 1}${id ? ` (“${id}”)` : ""} left out: ${field ? `${field}: ` : ""}${issue?.message ?? "invalid"}`,
    });
  });
  return { records, problems };
}

/** The record's id when it has a readable one, to name it in the message; at most 80 characters. */
function recordId(item: unknown): string | undefined {
  if (typeof item !== "object" || item === null || !("id" in item)) return undefined;
  const id = (item as { id: unknown }).id;
  return typeof id === "string" && id ? id.slice(0, 80) : undefined;
}

/** A file that could not be used at all, as a problem in the same list as the records left out. */
export function fileProblem(error: Error, file?: string): DataProblem {
  return { file: error instanceof DataError ? error.file : (file ?? "?"), path: "", message: error.message };
}
