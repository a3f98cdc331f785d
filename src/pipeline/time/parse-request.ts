import { parseDct } from "./calendar.ts";

export interface TimexRequest {
  id: string;
  dct: string;
  text: string;
}

/** Checks one input line of the `timex` command; returns the reason as a string when it is unusable. */
export function parseTimexRequest(line: string): TimexRequest | string {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return "not valid JSON";
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return "expected a JSON object";
  const { id, dct, text } = data as Record<string, unknown>;
  if (typeof id !== "string" && typeof id !== "number") return 'missing "id" (string)';
  if (typeof text !== "string") return 'missing "text" (string)';
  if (typeof dct !== "string" || !parseDct(dct)) return '"dct" must be a date YYYY-MM-DD';
  return { id: String(id), dct, text };
}
