import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build } from "../build.ts";
import { memoryEffects } from "../memory-effects.ts";
import { pipelineCodeVersion } from "./code-version.ts";
import { openDiskCache } from "./disk-cache.ts";
import { memoryCache } from "./memory-cache.ts";

const article = (i: number, body = `Envoys met in Geneva on Tuesday, officials said (${i}).`) =>
  `---\ntitle: Talks ${i}\nsource: Reuters\npublished: 2018-03-0${1 + (i % 9)}\n---\n${body}`;
const inputs = (changed?: string) =>
  Object.fromEntries(
    Array.from({ length: 12 }, (_, i) => [`a${i}.md`, i === 5 && changed ? article(i, changed) : article(i)]),
  );

async function run(files: Record<string, string>, cache: ReturnType<typeof memoryCache>) {
  const effects = Object.assign(memoryEffects(files), { cache });
  await build(effects, { workers: 0 });
  return effects.outputs;
}

describe("the per-article cache", () => {
  it("hits for unchanged articles and recomputes only the changed one", async () => {
    const entries = new Map<string, Uint8Array>();
    // Each build also reads eight entries of memos: the events stage's, the linking's, the events'
    // made from their groups, the comparisons', the count steps these were made with, the outlets'
    // naming and speakers and the article files' (stage-memo.ts), and the checked output files'
    // (checked-outputs.ts). 12 articles + 8.
    const first = memoryCache("v1", entries);
    await run(inputs(), first);
    expect(first).toMatchObject({ hits: 0, misses: 20 });

    const again = memoryCache("v1", entries);
    await run(inputs(), again);
    expect(again).toMatchObject({ hits: 20, misses: 0 });

    const edited = memoryCache("v1", entries);
    const outputs = await run(inputs("Envoys met in Oslo on Monday instead."), edited);
    expect(edited).toMatchObject({ hits: 19, misses: 1 });
    expect([...outputs.values()].some((c) => c.includes("Envoys met in Oslo"))).toBe(true);
  });

  it("misses everything after the pipeline code changes", async () => {
    const entries = new Map<string, Uint8Array>();
    await run(inputs(), memoryCache("v1", entries));
    const newCode = memoryCache("v2", entries);
    await run(inputs(), newCode);
    expect(newCode).toMatchObject({ hits: 0, misses: 20 });
  });

  it("keeps entries on disk per code version and drops other versions' folders", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parallax-cache-"));
    const v1 = await openDiskCache(dir, "v1");
    // Any bytes, line breaks and bytes that are no UTF-8 included: entries hold compressed data.
    const bytes = new Uint8Array([0x7b, 0x7d, 0x0a, 0x00, 0xff, 0x0a]);
    await v1.set("abc123", bytes);
    expect([...((await v1.get("abc123")) ?? [])]).toEqual([...bytes]);
    expect(await v1.get("abc124")).toBeUndefined();
    expect([...((await (await openDiskCache(dir, "v1")).get("abc123")) ?? [])]).toEqual([...bytes]);

    const v2 = await openDiskCache(dir, "v2");
    expect(await v2.get("abc123")).toBeUndefined();
    expect(readdirSync(dir)).not.toContain("v1");
  });

  it("packs the entries a build used into one file, read in place of the files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parallax-pack-"));
    const keys = Array.from({ length: 150 }, (_, i) => i.toString(16).padStart(4, "0"));
    const entryOf = (key: string) => new TextEncoder().encode(`value of ${key}\n\u0000`);
    const text = (bytes: Uint8Array | undefined) => bytes && new TextDecoder().decode(bytes);
    const first = await openDiskCache(dir, "v1");
    for (const key of keys) await first.set(key, entryOf(key));
    await first.settle?.();
    const pack = join(dir, "v1", "pack.bin");
    const packed = readFileSync(pack);

    // The files gone, the pack alone gives every entry.
    for (const key of keys) rmSync(join(dir, "v1", key.slice(0, 2), `${key}.bin`));
    const second = await openDiskCache(dir, "v1");
    for (const key of keys) expect(text(await second.get(key))).toBe(text(entryOf(key)));
    expect(await second.get("ffff")).toBeUndefined();
    // One new entry beside 150 packed: the pack is left as it is.
    await second.set("ffff", entryOf("ffff"));
    await second.settle?.();
    expect(readFileSync(pack).equals(packed)).toBe(true);

    // A damaged pack is no pack: entries come from their files.
    writeFileSync(pack, packed.subarray(0, 100));
    const third = await openDiskCache(dir, "v1");
    expect(await third.get(keys[0]!)).toBeUndefined();
    expect(text(await third.get("ffff"))).toBe(text(entryOf("ffff")));

    // Past the size limit no pack is made.
    rmSync(pack);
    const limited = await openDiskCache(dir, "v1", { packLimit: 1000 });
    for (const key of keys) await limited.set(key, entryOf(key));
    await limited.settle?.();
    expect(existsSync(pack)).toBe(false);
  });

  it("versions the code by the content of the pipeline's sources", () => {
    const root = mkdtempSync(join(tmpdir(), "parallax-code-"));
    mkdirSync(join(root, "src/pipeline"), { recursive: true });
    writeFileSync(join(root, "src/pipeline/stage.ts"), "export const a = 1;\n");
    const before = pipelineCodeVersion(root);
    expect(pipelineCodeVersion(root)).toBe(before);
    writeFileSync(join(root, "src/pipeline/stage.test.ts"), "// tests do not change results\n");
    expect(pipelineCodeVersion(root)).toBe(before);
    writeFileSync(join(root, "src/pipeline/stage.ts"), "export const a = 2;\n");
    expect(pipelineCodeVersion(root)).not.toBe(before);
  });
});
