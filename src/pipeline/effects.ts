/**
 * Everything the pipeline needs from the outside world, behind one small interface, so that every
 * stage can be tested with an in-memory implementation and only `cli.ts`/`write.ts` touch the disk.
 */
export interface InputFile {
  /** Path relative to the input folder, with `/` separators. */
  path: string;
  size: number;
  read(): Promise<Uint8Array>;
}

export interface Effects {
  /** Every file under the input folder, sorted by path so that builds are deterministic. */
  listInputs(): Promise<InputFile[]>;
  /** The optional `sources.json` describing outlets, or undefined when there is none. */
  readSourcesConfig(): Promise<string | undefined>;
  writeOutput(name: string, content: string): Promise<void>;
  /** Removes output files of earlier builds that this build does not write again. */
  pruneOutputs(keep: Set<string>): Promise<void>;
  progress(message: string): void;
}
