import { z } from "zod";

export const sourceKinds = [
  "state-media",
  "wire",
  "broadcaster",
  "newspaper",
  "magazine",
  "digital",
  "opinion",
  "other",
] as const;
export const sourceKind = z.enum(sourceKinds);
export type SourceKind = z.infer<typeof sourceKind>;

/** `data/sources.json`: the user's description of outlets (contract §2). */
export const sourceConfigEntry = z.object({
  name: z.string().min(1),
  kind: sourceKind,
  country: z.string().optional(),
  aliases: z.array(z.string()).default([]),
});
export const sourceConfig = z.record(z.string().regex(/^[a-z0-9-]+$/), sourceConfigEntry);
export type SourceConfig = z.infer<typeof sourceConfig>;

/** One outlet in the output `sources` file (contract §3). */
export const source = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: sourceKind,
  country: z.string().optional(),
  articleCount: z.number().int().nonnegative(),
});
export type Source = z.infer<typeof source>;
export const sourcesFile = z.array(source);
