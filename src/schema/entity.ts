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
export const entitiesFile = z.array(entity);
