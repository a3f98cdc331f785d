import { z } from "zod";
import { isoDay } from "./dates.ts";

/** A data file name relative to the manifest: no folders, no way out of the data directory. */
const dataFileName = z.string().regex(/^[A-Za-z0-9._-]+\.json$/, "expected a plain .json file name");

export const manifest = z.object({
  schemaVersion: z.string(),
  articleCount: z.number().int().nonnegative(),
  eventCount: z.number().int().nonnegative(),
  sourceCount: z.number().int().nonnegative(),
  /** The span of the events (or of the articles when there are no events); null on an empty corpus. */
  range: z.object({ start: isoDay, end: isoDay }).nullable(),
  files: z.object({
    articles: z.array(dataFileName),
    events: z.array(dataFileName),
    sources: dataFileName,
    entities: dataFileName.optional(),
    comparisons: z.array(dataFileName).optional(),
    search: z.array(dataFileName).optional(),
    report: dataFileName,
  }),
});
export type Manifest = z.infer<typeof manifest>;
