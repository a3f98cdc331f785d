import { createHash } from "node:crypto";

/** A short, stable hex digest of text: ids derived from content stay the same across builds. */
export function shortHash(text: string, length = 12): string {
  return createHash("sha256").update(text).digest("hex").slice(0, length);
}
