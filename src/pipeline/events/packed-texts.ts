import { deflateRawSync, inflateRawSync } from "node:zlib";

const UTF8 = new TextDecoder();
const AS_UTF8 = 0;
const AS_UTF16 = 1;
// In a Unicode-mode expression a pair is one code point, so only a surrogate standing alone matches.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * An article's text deflated at level 1, as the prepared parts are (see `packPrepared`): news text
 * shrinks about threefold. Sent as UTF-8 unless it holds a lone surrogate (a broken escape in a JSON
 * export), which UTF-8 cannot carry; then as UTF-16, so that unpacking always gives back the same
 * string. The first byte says which.
 */
export function packText(text: string): Uint8Array {
  const wellFormed = !LONE_SURROGATE.test(text);
  const body = deflateRawSync(wellFormed ? Buffer.from(text, "utf8") : Buffer.from(text, "utf16le"), {
    level: 1,
  });
  const bytes = new Uint8Array(body.byteLength + 1);
  bytes[0] = wellFormed ? AS_UTF8 : AS_UTF16;
  bytes.set(body, 1);
  return bytes;
}

export function unpackText(bytes: Uint8Array): string {
  const body = inflateRawSync(bytes.subarray(1));
  return bytes[0] === AS_UTF16 ? body.toString("utf16le") : UTF8.decode(body);
}
