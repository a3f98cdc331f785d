/**
 * Bytes to text, refusing what is not text. Pasted articles arrive as UTF-8 mostly, sometimes as
 * UTF-16 with a byte order mark (Windows editors), sometimes as binary that got the wrong extension.
 */
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

export function decodeText(bytes: Uint8Array): DecodeResult {
  // NUL bytes outside UTF-16 mean binary, whatever else the bytes would decode to.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: "binary content, not text" };
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      text = new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
    } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      text = new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
    } else {
      const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start));
    }
  } catch {
    return { ok: false, reason: `not valid UTF-8 at byte ${firstInvalidUtf8Byte(bytes)}` };
  }
  if (looksBinary(text)) return { ok: false, reason: "binary content, not text" };
  return { ok: true, text: text.replace(/\r\n?/g, "\n") };
}

/** NUL bytes or a high share of control characters mean the file is not an article. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes("\u0000")) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

/** Where the UTF-8 breaks, so the report can say which byte to look at. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || c >> 6 !== 0b10) return i;
    }
    i += len;
  }
  return i;
}

/** 1-based line number of a UTF-16 offset in text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
