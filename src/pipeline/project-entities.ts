import {
  type EntityMentionsFile,
  type EntitySummary,
  entitiesFile,
  packEntityMentions,
} from "../schema/entity.ts";
import { entityMentionsFileCheck } from "./check-entity-mentions.ts";
import { type LinkedEntity, mentionsOf } from "./events/mention-list.ts";

/**
 * Mentions per file: a few MB of JSON each. One file of every mention grew with the corpus to
 * 470 MB at 100,000 articles, near the longest string JavaScript can build, and the app fetched it
 * all to show the names of one event's participants.
 */
const MENTIONS_PER_FILE = 100_000;

type Add = (
  stem: string,
  schema: typeof entitiesFile | typeof entityMentionsFileCheck,
  data: unknown,
) => string;

/** The names of the files written for the entities. */
export interface EntityFileNames {
  entities: string;
  entityMentions: string[];
}

/**
 * The entities as two kinds of file: `entities` (names, kinds, aliases, titles and a count) and
 * `entity-mentions-NNN` (every mention), entities in id order packed into files of about
 * `MENTIONS_PER_FILE` mentions; an entity with more than that has a file of its own. Made one file
 * at a time, each step yielding `flush()` so that the caller writes it and lets its text go before
 * the next: all the mention files made at once were a build's highest memory while writing.
 */
export function* projectEntityFiles<Flushed>(
  entities: readonly LinkedEntity[],
  add: Add,
  flush: () => Flushed,
): Generator<Flushed, EntityFileNames, undefined> {
  const entityMentions: string[] = [];
  const placeOf = new Map<string, number>();
  let pack: EntityMentionsFile = [];
  let size = 0;
  const packName = () => `entity-mentions-${String(entityMentions.length).padStart(3, "0")}`;
  for (const e of entities) {
    if (e.mentions.count === 0) continue;
    if (pack.length > 0 && size + e.mentions.count > MENTIONS_PER_FILE) {
      entityMentions.push(add(packName(), entityMentionsFileCheck, pack));
      yield flush();
      pack = [];
      size = 0;
    }
    pack.push(packEntityMentions(e.id, mentionsOf(e.mentions)));
    placeOf.set(e.id, entityMentions.length);
    size += e.mentions.count;
  }
  if (pack.length > 0) {
    entityMentions.push(add(packName(), entityMentionsFileCheck, pack));
    yield flush();
  }
  const summaries = entities.map((e): EntitySummary => {
    const { mentions, ...rest } = e;
    const place = placeOf.get(e.id);
    return {
      ...rest,
      mentionCount: mentions.count,
      ...(place === undefined ? {} : { mentionsFile: place }),
    };
  });
  return { entities: add("entities", entitiesFile, summaries), entityMentions };
}
