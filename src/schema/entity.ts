import { z } from "zod";

export const entityKinds = ["person", "organization", "country", "place"] as const;
export const entityKind = z.enum(entityKinds);
export type EntityKind = z.infer<typeof entityKind>;

/** One surface form of an entity where it occurs: "the respected Supreme Leader" in one KCNA article. */
export const entityMention = z.object({
  text: z.string(),
  articleId: z.string(),
  sourceId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** How the text names the entity here: a full name, a titled name, an apposition, a surname, or a description. */
  form: z.enum(["name", "title", "apposition", "surname", "description"]).optional(),
});
export type EntityMention = z.infer<typeof entityMention>;

/** A person, organisation, country or place, with every way the corpus names it (extends contract §3). */
export const entity = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: entityKind,
  mentions: z.array(entityMention),
  /** Every distinct surface form, sorted: "Kim Jong Un", "Chairman Kim", "the despot". */
  aliases: z.array(z.string()).optional(),
  /** Titles and appositions the corpus gives: "Secretary of State", "chairman of the Workers' Party of Korea". */
  titles: z.array(z.string()).optional(),
});
export type Entity = z.infer<typeof entity>;

/**
 * What `files.entities` holds of each entity: everything but the mentions, which number hundreds of
 * thousands on a large corpus (47 MB of a 10,000-article build) while the app needs names when an
 * event opens. The mentions are in `files.entityMentions[mentionsFile]`.
 */
export const entitySummary = entity.omit({ mentions: true }).extend({
  mentionCount: z.number().int().nonnegative(),
  /** Place in `files.entityMentions` of the file holding this entity's mentions; absent without mentions. */
  mentionsFile: z.number().int().nonnegative().optional(),
});
export type EntitySummary = z.infer<typeof entitySummary>;
export const entitiesFile = z.array(entitySummary);

/** How a mention names its entity, by place in `files.entityMentions` (-1 there when not known). */
export const namingForms = ["name", "title", "apposition", "surname", "description"] as const;

const offset = z.number().int().nonnegative();

/**
 * A file of `files.entityMentions`: entities in id order, each with every mention, packed (a 100,000-
 * article corpus has four million): each distinct text once in `texts`, and per article
 * `[articleId, sourceId, [[start, end, text, form], ...]]`, where `text` is a place in `texts` and
 * `form` a place in `namingForms` (-1 when none). `entityMentionsOf` unpacks them.
 */
export const entityMentionsFile = z.array(
  z.object({
    id: z.string().min(1),
    texts: z.array(z.string()),
    articles: z.array(
      z.tuple([
        z.string(),
        z.string(),
        z.array(
          z.tuple([
            offset,
            offset,
            offset,
            z
              .number()
              .int()
              .min(-1)
              .max(namingForms.length - 1),
          ]),
        ),
      ]),
    ),
  }),
);
export type EntityMentionsFile = z.infer<typeof entityMentionsFile>;

/** One entity's mentions, packed as in `files.entityMentions`. */
export function packEntityMentions(
  id: string,
  mentions: readonly EntityMention[],
): EntityMentionsFile[number] {
  const texts: string[] = [];
  const textAt = new Map<string, number>();
  const articles: EntityMentionsFile[number]["articles"] = [];
  for (const m of mentions) {
    let text = textAt.get(m.text);
    if (text === undefined) {
      text = texts.push(m.text) - 1;
      textAt.set(m.text, text);
    }
    const at: [number, number, number, number] = [
      m.start,
      m.end,
      text,
      m.form ? namingForms.indexOf(m.form) : -1,
    ];
    const last = articles[articles.length - 1];
    if (last && last[0] === m.articleId && last[1] === m.sourceId) last[2].push(at);
    else articles.push([m.articleId, m.sourceId, [at]]);
  }
  return { id, texts, articles };
}

/** The mentions of one packed entity, in their order: the inverse of `packEntityMentions`. */
export function entityMentionsOf(packed: EntityMentionsFile[number]): EntityMention[] {
  return packed.articles.flatMap(([articleId, sourceId, at]) =>
    at.map(([start, end, text, form]) => ({
      text: packed.texts[text] ?? "",
      articleId,
      sourceId,
      start,
      end,
      ...(form >= 0 ? { form: namingForms[form]! } : {}),
    })),
  );
}
