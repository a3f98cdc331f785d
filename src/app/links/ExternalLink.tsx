import type { ReactNode } from "react";
import { safeWebUrl } from "./safe-url.ts";

/**
 * A link to a page outside Parallax, from untrusted metadata: rendered only for http(s) URLs, in a new
 * tab with `rel="noopener noreferrer"` (the opened page gets no handle on this one and no referrer).
 * Anything else is shown as plain text, or as `fallback` when given, so a bad URL is visible, not run.
 */
export function ExternalLink({
  url,
  children,
  className,
  fallback,
}: {
  url: string | undefined;
  children?: ReactNode;
  className?: string;
  fallback?: ReactNode;
}) {
  const safe = safeWebUrl(url);
  if (!safe) return <>{fallback ?? null}</>;
  return (
    <a href={safe.href} target="_blank" rel="noopener noreferrer" className={className}>
      {children ?? safe.hostname}
    </a>
  );
}
