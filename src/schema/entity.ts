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

/** A file of `files.entityMentions`: entities in id order, each with every mention. */
export const entityMentionsFile = z.array(
  z.object({ id: z.string().min(1), mentions: z.array(entityMention) }),
);
export type EntityMentionsFile = z.infer<typeof entityMentionsFile>;
