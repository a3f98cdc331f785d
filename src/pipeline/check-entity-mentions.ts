import { type EntityMentionsFile, entityMentionsFile, namingForms } from "../schema/entity.ts";

/**
 * `entityMentionsFile.parse` written out by hand, for the build's check of its own files: the same
 * rules and the same result (keys in the schema's order, others dropped; the parse of anything it
 * rejects is left to zod, for zod's message). The mention files hold a million small tuples at
 * 10,000 articles, and zod took a third of a second over them on every rebuild that moved an
 * article, on the thread the build waits for; this takes a few milliseconds.
 * check-entity-mentions.test.ts holds it to zod's answers.
 */
export const entityMentionsFileCheck = {
  parse(data: unknown): EntityMentionsFile {
    const checked = checkedFile(data);
    return checked ?? entityMentionsFile.parse(data);
  },
};

const isOffset = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
const LAST_FORM = namingForms.length - 1;

/** The file as zod gives it back, or undefined when zod would reject it. */
function checkedFile(data: unknown): EntityMentionsFile | undefined {
  if (!Array.isArray(data)) return undefined;
  const out: EntityMentionsFile = [];
  for (let i = 0; i < data.length; i++) {
    const entity: unknown = data[i];
    if (typeof entity !== "object" || entity === null || Array.isArray(entity)) return undefined;
    const { id, texts, articles } = entity as Record<string, unknown>;
    if (typeof id !== "string" || id.length === 0) return undefined;
    if (!Array.isArray(texts) || !Array.isArray(articles)) return undefined;
    // Loops, not `every`, which skips the holes of a sparse array (zod reads them as undefined).
    for (let t = 0; t < texts.length; t++) if (typeof texts[t] !== "string") return undefined;
    for (let a = 0; a < articles.length; a++) if (!isArticleRow(articles[a])) return undefined;
    out.push({ id, texts, articles } as EntityMentionsFile[number]);
  }
  return out;
}

function isArticleRow(row: unknown): boolean {
  if (!Array.isArray(row) || row.length !== 3) return false;
  const [articleId, sourceId, at] = row as unknown[];
  if (typeof articleId !== "string" || typeof sourceId !== "string" || !Array.isArray(at)) return false;
  for (let i = 0; i < at.length; i++) {
    const m: unknown = at[i];
    if (!Array.isArray(m) || m.length !== 4) return false;
    const form = m[3];
    if (!isOffset(m[0]) || !isOffset(m[1]) || !isOffset(m[2])) return false;
    if (!Number.isInteger(form) || form < -1 || form > LAST_FORM) return false;
  }
  return true;
}
