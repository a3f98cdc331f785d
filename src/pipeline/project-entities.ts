import {
  type Entity,
  type EntityMentionsFile,
  type EntitySummary,
  entitiesFile,
  entityMentionsFile,
  packEntityMentions,
} from "../schema/entity.ts";

/**
 * Mentions per file: a few MB of JSON each. One file of every mention grew with the corpus to
 * 470 MB at 100,000 articles, near the longest string JavaScript can build, and the app fetched it
 * all to show the names of one event's participants.
 */
const MENTIONS_PER_FILE = 100_000;

type Add = (stem: string, schema: typeof entitiesFile | typeof entityMentionsFile, data: unknown) => string;

/**
 * The entities as two kinds of file: `entities` (names, kinds, aliases, titles and a count) and
 * `entity-mentions-NNN` (every mention), entities in id order packed into files of about
 * `MENTIONS_PER_FILE` mentions; an entity with more than that has a file of its own.
 */
export function projectEntityFiles(
  entities: readonly Entity[],
  add: Add,
): { entities: string; entityMentions: string[] } {
  const packs: EntityMentionsFile[] = [];
  const placeOf = new Map<string, number>();
  let pack: EntityMentionsFile = [];
  let size = 0;
  for (const e of entities) {
    if (e.mentions.length === 0) continue;
    if (pack.length > 0 && size + e.mentions.length > MENTIONS_PER_FILE) {
      packs.push(pack);
      pack = [];
      size = 0;
    }
    pack.push(packEntityMentions(e.id, e.mentions));
    placeOf.set(e.id, packs.length);
    size += e.mentions.length;
  }
  if (pack.length > 0) packs.push(pack);
  const entityMentions = packs.map((p, n) =>
    add(`entity-mentions-${String(n).padStart(3, "0")}`, entityMentionsFile, p),
  );
  const summaries = entities.map((e): EntitySummary => {
    const { mentions, ...rest } = e;
    const place = placeOf.get(e.id);
    return {
      ...rest,
      mentionCount: mentions.length,
      ...(place === undefined ? {} : { mentionsFile: place }),
    };
  });
  return { entities: add("entities", entitiesFile, summaries), entityMentions };
}
