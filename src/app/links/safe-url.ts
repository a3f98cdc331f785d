/**
 * Article URLs come from scraped metadata. The pipeline already keeps only http(s) addresses, but a
 * data file can be edited by hand or come from an older build, so the app checks again before it
 * makes anything clickable: a `javascript:` or `data:` URL must stay text.
 */
export function safeWebUrl(url: string | undefined | null): URL | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
  // Credentials in a link are a phishing device ("https://bank.com@evil.example/"), never a source.
  if (parsed.username || parsed.password) return undefined;
  return parsed;
}
