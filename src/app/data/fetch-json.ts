import type { z } from "zod";

/** Where the prebuilt JSON lives, relative to the page, so the app works under any path. */
export const DATA_BASE = "./data/";

export class DataError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = "DataError";
  }
}

/**
 * The one way the app reads data: throws on a non-OK response and on data that does not match the
 * shared schema, naming the file and the first problem, so the error message can say what is wrong.
 */
export async function fetchJson<T>(file: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  const data = await fetchJsonValue(file, signal);
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new DataError(`${file} does not match the data schema${describeIssue(parsed.error)}`, file);
  }
  return parsed.data;
}

/** The parsed JSON of a data file, not yet checked against a schema; throws a DataError naming the file. */
export async function fetchJsonValue(file: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${DATA_BASE}${file}`, signal ? { signal } : {});
  } catch (error) {
    throw new DataError(`could not load ${file}: ${error instanceof Error ? error.message : error}`, file);
  }
  if (!response.ok) throw new DataError(`could not load ${file}: HTTP ${response.status}`, file);
  try {
    return await response.json();
  } catch {
    throw new DataError(`${file} is not valid JSON (truncated or edited by hand?)`, file);
  }
}

/** " at range.start: expected YYYY-MM-DD": where the first problem is and what it is. */
function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const path = (issue?.path ?? []).map(String);
  return `${path.length ? ` at ${path.join(".")}` : ""}: ${issue?.message ?? "invalid"}`;
}
