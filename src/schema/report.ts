import { z } from "zod";

export const reportEntry = z.object({
  file: z.string(),
  line: z.number().int().positive().optional(),
  reason: z.string(),
});
export type ReportEntry = z.infer<typeof reportEntry>;

/**
 * The build report (contract §3). Every input article is accounted for:
 * `read === written + rejected.length + merged.length`.
 */
export const report = z.object({
  read: z.number().int().nonnegative(),
  written: z.number().int().nonnegative(),
  rejected: z.array(reportEntry),
  warnings: z.array(reportEntry),
  /** Exact duplicates merged into the article they repeat (extends the contract). */
  merged: z.array(reportEntry.extend({ duplicateOf: z.string() })),
});
export type Report = z.infer<typeof report>;
