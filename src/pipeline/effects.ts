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

/**
 * Results of earlier builds, by a key derived from their inputs' content. The implementation is
 * scoped to one version of the pipeline code: a key never outlives the code that computed its value.
 */
export interface ContentCache {
  get(key: string): Promise<Uint8Array | undefined>;
  /** Stores the value, given whole or as pieces to be stored one after the other. */
  set(key: string, value: Uint8Array | readonly Uint8Array[]): Promise<void>;
  /**
   * Told when the per-article entries of this build are all read and written (only the stage
   * memos follow), so that an implementation may store them together for the next build and let
   * go of what it held for that.
   */
  settle?(): Promise<void>;
}

/**
 * Output names that carry a hash of their content (`events-2018-05.3fc01fd659.json`); only
 * `manifest.json` and `schema.json` keep fixed names (see project-files.ts).
 */
export const CONTENT_NAMED = /^[a-z]+(?:-[0-9a-z]+)*\.[0-9a-f]{10}\.json$/;

export interface Effects {
  /** Every file under the input folder, sorted by path so that builds are deterministic. */
  listInputs(): Promise<InputFile[]>;
  /** The optional `sources.json` describing outlets, or undefined when there is none. */
  readSourcesConfig(): Promise<string | undefined>;
  /**
   * Writes one output file. A name that carries its content's hash (`CONTENT_NAMED`) holds that
   * content whenever it exists, so an implementation may leave such a file alone when it is there.
   */
  writeOutput(name: string, content: string): Promise<void>;
  /** Whether the output holds a file of this name and size, as a build left it (see `KnownFile`). */
  hasOutput(name: string, bytes: number): Promise<boolean>;
  /** Removes output files of earlier builds that this build does not write again. */
  pruneOutputs(keep: Set<string>): Promise<void>;
  progress(message: string): void;
  /** Told the input's total size before the work starts, so that the runtime can be set for it. */
  prepareFor?(inputBytes: number): void;
  /** Where per-article results are kept between builds; without one, every build does all the work. */
  cache?: ContentCache;
}
