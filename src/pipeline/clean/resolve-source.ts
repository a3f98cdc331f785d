import { slugify } from "../../lib/slug.ts";
import type { SourceConfig, SourceKind } from "../../schema/source.ts";

export interface ResolvedSource {
  id: string;
  name: string;
  kind: SourceKind;
  country?: string;
  /** False when the outlet is not described in sources.json (its kind is then "other"). */
  known: boolean;
}

/** Comparable form of an outlet name: "KCNA.kp (En)" and "kcna kp en" meet, "The " is optional. */
function aliasKey(name: string): string {
  return slugify(name.replace(/^the\s+/i, "").replace(/^www\./i, ""));
}

/**
 * Maps the many ways an outlet is named ("Fox Online News", "Fox News", "foxnews.com") to one outlet,
 * through the aliases of `data/sources.json`. Unknown outlets keep their own name and get kind "other".
 */
export function createSourceResolver(config: SourceConfig): (name: string) => ResolvedSource {
  const byKey = new Map<string, ResolvedSource>();
  for (const [id, entry] of Object.entries(config).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const resolved: ResolvedSource = { id, name: entry.name, kind: entry.kind, known: true };
    if (entry.country) resolved.country = entry.country;
    for (const alias of [id, entry.name, ...entry.aliases]) {
      const key = aliasKey(alias);
      if (key && !byKey.has(key)) byKey.set(key, resolved);
    }
  }
  return (name: string) => {
    const key = aliasKey(name);
    const known = byKey.get(key);
    if (known) return known;
    return { id: key || "unknown", name: name.trim() || "Unknown outlet", kind: "other", known: false };
  };
}

/** The outlet named by a URL's host ("www.foxnews.com" -> "foxnews.com"), for resolving by alias. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return undefined;
  }
}
