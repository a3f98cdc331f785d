import type { z } from "zod";
import { shortHash } from "./hash.ts";

export interface OutputFile {
  name: string;
  content: string;
}

/**
 * Output files as a projection makes them, each named by its content (`stem.<hash>.json`) so that
 * browsers may cache it forever: `add` validates the data against its schema and writes it as JSON,
 * `addText` takes JSON already made, `put` a file of a fixed name; `flush` hands over the files made
 * since the last flush.
 */
export function outputFiles() {
  let files: OutputFile[] = [];
  const addText = (stem: string, content: string): string => {
    const name = `${stem}.${shortHash(content, 10)}.json`;
    files.push({ name, content });
    return name;
  };
  return {
    addText,
    add: (stem: string, schema: z.ZodType, data: unknown): string =>
      addText(stem, `${JSON.stringify(schema.parse(data))}\n`),
    put(file: OutputFile): void {
      files.push(file);
    },
    flush(): OutputFile[] {
      const done = files;
      files = [];
      return done;
    },
  };
}
