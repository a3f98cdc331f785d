import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text.ts";
import { MAX_ARTICLE_FILE_BYTES, readInput } from "./read-input.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (path: string, content: string | Uint8Array, size?: number) => {
  const bytes = typeof content === "string" ? utf8(content) : content;
  return readInput(path, size ?? bytes.byteLength, bytes);
};

describe("decodeText", () => {
  it("reads UTF-8 with or without a byte order mark and turns CRLF into LF", () => {
    expect(decodeText(utf8("a\r\nb\rc"))).toEqual({ ok: true, text: "a\nb\nc" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))).toEqual({ ok: true, text: "hi" });
  });

  it("reads UTF-16 little- and big-endian with a byte order mark", () => {
    const le = new Uint8Array([0xff, 0xfe, 0x4b, 0x00, 0x69, 0x00, 0x6d, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x4b, 0x00, 0x69, 0x00, 0x6d]);
    expect(decodeText(le)).toEqual({ ok: true, text: "Kim" });
    expect(decodeText(be)).toEqual({ ok: true, text: "Kim" });
  });

  it("names the byte where UTF-8 breaks", () => {
    const result = decodeText(new Uint8Array([0x61, 0x62, 0xff, 0x63]));
    expect(result).toEqual({ ok: false, reason: "not valid UTF-8 at byte 2" });
  });

  it("refuses binary content", () => {
    const result = decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]));
    expect(result.ok).toBe(false);
  });
});

describe("readInput", () => {
  it("reports unknown extensions instead of ignoring them", () => {
    const result = read("notes/photo.png", "x");
    expect(result.articles).toHaveLength(0);
    expect(result.rejected[0]?.reason).toMatch(/unsupported file type "\.png"/);
  });

  it("rejects empty and whitespace-only files", () => {
    expect(read("a.txt", "").rejected[0]?.reason).toBe("the file is empty");
    expect(read("b.md", "  \n\t\n").rejected[0]?.reason).toBe("the file is empty");
  });

  it("rejects an article file over the size limit without decoding it", () => {
    const result = read("huge.txt", "small", 50 * 1024 * 1024);
    expect(result.rejected[0]?.reason).toMatch(/50\.0 MB; a \.txt file may be at most 5\.0 MB/);
    expect(MAX_ARTICLE_FILE_BYTES).toBeLessThan(50 * 1024 * 1024);
  });

  it("unpacks gzip files and reads them by their inner extension", () => {
    const jsonl = `${JSON.stringify({ title: "A", source: "Reuters", published: "2018-03-06", body: "Text." })}\n`;
    const result = read("corpus.jsonl.gz", gzipSync(utf8(jsonl)));
    expect(result.articles).toHaveLength(1);
    expect(result.articles[0]?.meta.source).toBe("Reuters");
  });

  it("rejects a .gz file that is not gzip", () => {
    expect(read("broken.jsonl.gz", "not gzip").rejected[0]?.reason).toMatch(/not a readable gzip file/);
  });

  it("rejects invalid UTF-8 with the reason", () => {
    const result = read("latin1.txt", new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x21]));
    expect(result.rejected[0]).toEqual({ file: "latin1.txt", reason: "not valid UTF-8 at byte 3" });
  });
});
