import type { Manifest } from "../../schema/manifest.ts";
import { formatEventDate } from "../format/event-date.ts";

/**
 * What the header says a corpus covers: the months its articles were published in. The events'
 * span is no summary of that: a 2018 corpus recalls the 1953 armistice and a 2021 deadline, and its
 * header read "January 1868 – January 2021". That span is kept as the hint when it differs, and
 * is the text itself for data built before the manifest said when the articles were published.
 */
export function corpusSpan(
  manifest: Pick<Manifest, "range" | "published">,
): { text: string; hint?: string } | undefined {
  const { range, published } = manifest;
  const events = range ? formatEventDate(range.start, range.end, "month") : undefined;
  if (!published) return events === undefined ? undefined : { text: events };
  const text = formatEventDate(published.start, published.end, "month");
  return events === undefined || events === text
    ? { text, hint: `Articles published ${text}` }
    : { text, hint: `Articles published ${text}; the events they tell are dated ${events}` };
}
