import type { z } from "zod";

/**
 * The last build's output files of a kind, known by name and size under what their items were made
 * from (see `KnownFile` in output-files.ts, and known-files.ts for what an item is known by). Types
 * alone here: the browser tests make files as the pipeline does, without its memos.
 */
export interface KnownFiles<T> {
  /** The file the last build wrote for these items under this stem, if it was made from the same. */
  fileOf(stem: string, items: readonly T[]): FileIdentity | undefined;
  /** Keeps the file made for them, for the next build. */
  keep(stem: string, items: readonly T[], file: FileIdentity): void;
}

/** A written file as a memo keeps it: its name (its content's digest) and its size in bytes. */
export interface FileIdentity {
  name: string;
  bytes: number;
}

/** How a projection adds its files when some may be known (`outputFiles`). */
export interface AddingFiles {
  addFile(stem: string, schema: z.ZodType, data: unknown): { name: string; content: string };
  addKnown(name: string, bytes: number, make: () => string): string;
}

/**
 * The file of `items` under `stem`: the last build's when `known` has it, by name and size (its JSON
 * is made, as `add` makes it, only if the file is missing from the output), else made from `data()`
 * now and kept for the next build.
 */
export function addKnowing<T>(
  files: AddingFiles,
  known: KnownFiles<T> | undefined,
  stem: string,
  schema: z.ZodType,
  items: readonly T[],
  data: () => unknown,
): string {
  const file = known?.fileOf(stem, items);
  if (file) return files.addKnown(file.name, file.bytes, () => `${JSON.stringify(schema.parse(data()))}\n`);
  const made = files.addFile(stem, schema, data());
  known?.keep(stem, items, { name: made.name, bytes: Buffer.byteLength(made.content) });
  return made.name;
}
