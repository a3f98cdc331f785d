import type { Effects } from "./effects.ts";

/** An in-memory Effects for tests: inputs from a map, outputs into a map, no disk, no terminal. */
export function memoryEffects(
  inputs: Record<string, string | Uint8Array>,
  options: { sources?: string; sizes?: Record<string, number> } = {},
): Effects & { outputs: Map<string, string>; messages: string[] } {
  const outputs = new Map<string, string>();
  const messages: string[] = [];
  const encoder = new TextEncoder();
  return {
    outputs,
    messages,
    async listInputs() {
      return Object.keys(inputs)
        .sort()
        .map((path) => {
          const value = inputs[path]!;
          const bytes = typeof value === "string" ? encoder.encode(value) : value;
          return { path, size: options.sizes?.[path] ?? bytes.byteLength, read: async () => bytes };
        });
    },
    async readSourcesConfig() {
      return options.sources;
    },
    async writeOutput(name, content) {
      outputs.set(name, content);
    },
    async hasOutput(name, bytes) {
      const there = outputs.get(name);
      return there !== undefined && Buffer.byteLength(there) === bytes;
    },
    async pruneOutputs(keep) {
      for (const name of [...outputs.keys()]) if (!keep.has(name)) outputs.delete(name);
    },
    progress(message) {
      messages.push(message);
    },
  };
}
