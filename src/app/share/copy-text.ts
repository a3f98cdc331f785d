/**
 * Copies text with the Clipboard API. It is missing on plain http, and denied in cross-origin and
 * sandboxed iframes unless the host delegates `clipboard-write`, so a refusal is an expected outcome
 * (false), for the caller's manual fallback, never an error.
 */
export async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText || clipboardBlockedByPolicy()) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Chromium says up front when the frame's permissions policy blocks the clipboard; asking anyway
 * would only log a policy violation in the console before failing.
 */
function clipboardBlockedByPolicy(): boolean {
  const policy = (document as { featurePolicy?: { allowsFeature?: (feature: string) => boolean } })
    .featurePolicy;
  return policy?.allowsFeature?.("clipboard-write") === false;
}

/**
 * The older way, for the fallback: copies what is selected in the page. Still honoured in frames
 * where the Clipboard API is denied, as long as the user just clicked; false when it does nothing.
 */
export function copySelection(): boolean {
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  }
}
