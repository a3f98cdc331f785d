import { shortHash } from "./hash.ts";
import type { FileIdentity } from "./known-file-steps.ts";

export type OutputFile = MadeFile | KnownFile;

/** What a file's data is checked with: a zod schema, or a check that gives what its `parse` would. */
export interface FileSchema {
  parse(data: unknown): unknown;
}

export interface MadeFile {
  name: string;
  content: string;
}

/**
 * A file the last build wrote, known by its name (its content's digest) and size: written only
 * when it is not in the output folder as it was left, and its text made only then.
 */
export interface KnownFile extends FileIdentity {
  make(): string;
}

/** A file's identity as a memo's text, and back (undefined for anything else). */
export const identityText = (file: FileIdentity): string => `${file.name}\n${file.bytes}`;
export function parseIdentity(text: string | undefined): FileIdentity | undefined {
  const [name, bytes] = text?.split("\n") ?? [];
  return name && bytes ? { name, bytes: Number(bytes) } : undefined;
}

/** A file's text, made now when it is a known file's. */
export function contentOf(file: OutputFile): string {
  return "make" in file ? file.make() : file.content;
}

/**
 * Output files as a projection makes them, each named by its content (`stem.<hash>.json`) so that
 * browsers may cache it forever: `add` validates the data against its schema and writes it as JSON,
 * `addText` takes JSON already made, `put` a file of a fixed name; `flush` hands over the files made
 * since the last flush.
 *
 * `checked` names files whose content was validated by an earlier build of this code (see
 * checked-outputs.ts). Data whose JSON as given is one of those is that content, schema-checked
 * already, and is taken without parsing it again. Other data is parsed and the parsed form written,
 * as always: the same data gives the same file either way. For the check to be skipped, a
 * projection must give its fields in its schema's order, the order the parse gives them in.
 * `onParse` is told the stem of each file whose data is parsed.
 */
export function outputFiles(checked: ReadonlySet<string> = new Set(), onParse?: (stem: string) => void) {
  let files: OutputFile[] = [];
  const nameOf = (stem: string, content: string) => `${stem}.${shortHash(content, 10)}.json`;
  const addText = (stem: string, content: string): string => {
    const name = nameOf(stem, content);
    files.push({ name, content });
    return name;
  };
  /** `add`, giving the file as made. */
  const addFile = (stem: string, schema: FileSchema, data: unknown): MadeFile => {
    if (checked.size > 0) {
      const content = `${JSON.stringify(data)}\n`;
      const name = nameOf(stem, content);
      if (checked.has(name)) {
        const file = { name, content };
        files.push(file);
        return file;
      }
    }
    onParse?.(stem);
    const content = `${JSON.stringify(schema.parse(data))}\n`;
    const file = { name: nameOf(stem, content), content };
    files.push(file);
    return file;
  };
  return {
    addText,
    addFile,
    add: (stem: string, schema: FileSchema, data: unknown): string => addFile(stem, schema, data).name,
    put(file: OutputFile): void {
      files.push(file);
    },
    addKnown(name: string, bytes: number, make: () => string): string {
      files.push({ name, bytes, make });
      return name;
    },
    flush(): OutputFile[] {
      const done = files;
      files = [];
      return done;
    },
  };
}
