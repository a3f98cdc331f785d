import type { ExplicitMeta } from "./raw-article.ts";

/** Field names we accept for each piece of metadata, first match wins. */
const FIELDS: Record<keyof ExplicitMeta, string[]> = {
  title: ["title", "headline"],
  source: ["source", "outlet", "publisher"],
  published: ["published", "date", "publishedAt", "published_at"],
  url: ["url", "link"],
  byline: ["byline", "author", "authors"],
  language: ["language", "lang"],
};

/**
 * Reads metadata fields of a JSON record or front matter. A field of the wrong type is dropped and
 * named in `problems` (a warning), so the article survives with that field inferred instead.
 */
export function metaFromRecord(record: Record<string, unknown>): { meta: ExplicitMeta; problems: string[] } {
  const meta: ExplicitMeta = {};
  const problems: string[] = [];
  for (const [key, names] of Object.entries(FIELDS) as [keyof ExplicitMeta, string[]][]) {
    for (const name of names) {
      const value = record[name];
      if (value === undefined || value === null) continue;
      const text = fieldText(value, key);
      if (text === undefined) {
        problems.push(`field "${name}" is ${typeName(value)}, expected text; ignored`);
      } else if (text.trim() !== "") {
        meta[key] = text.trim();
      }
      break;
    }
  }
  return { meta, problems };
}

function fieldText(value: unknown, key: keyof ExplicitMeta): string | undefined {
  if (typeof value === "string") return value;
  // YAML reads `published: 2018-05-10` as a string in its 1.2 core schema, but a Date may still
  // come from other producers; a list of authors is a byline.
  if (value instanceof Date && key === "published" && !Number.isNaN(value.getTime())) {
    return value.toISOString().slice(0, 10);
  }
  if (Array.isArray(value) && key === "byline" && value.every((v) => typeof v === "string")) {
    return value.join(", ");
  }
  return undefined;
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
