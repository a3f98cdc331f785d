import { type Entity, type EntityMention, namingForms } from "../../schema/entity.ts";

/**
 * The corpus's articles by number, in the order the linker met them: a packed mention names its
 * article by number, so that the id and outlet are stored once per article, not once per mention.
 */
export interface ArticleTable {
  ids: string[];
  sourceIds: string[];
}

/**
 * One entity's mentions, packed: five 32-bit numbers each (article number, start, end, surface
 * form's number in `texts`, naming form's number, -1 for none). A corpus names its people millions
 * of times: at 100,000 articles, 3.9 million mention objects took some 300 MB of the events stage's
 * peak; packed they take 20 bytes each. Read them back with `mentionAt` or `mentionsOf`.
 */
export interface MentionList {
  articles: ArticleTable;
  count: number;
  data: Int32Array;
  /** The distinct surface forms, in the order first met. */
  texts: string[];
}

/** A corpus entity as the pipeline holds it: its mentions packed. */
export type LinkedEntity = Omit<Entity, "mentions"> & { mentions: MentionList };

/** Numbers per packed mention. */
export const MENTION_FIELDS = 5;
const FIELDS = MENTION_FIELDS;

export function newMentionList(articles: ArticleTable): MentionList {
  return { articles, count: 0, data: new Int32Array(4 * FIELDS), texts: [] };
}

/** Appends a mention; `text` is a place in `list.texts`. */
export function addMention(
  list: MentionList,
  article: number,
  start: number,
  end: number,
  text: number,
  form: EntityMention["form"],
): void {
  if ((list.count + 1) * FIELDS > list.data.length) {
    const grown = new Int32Array(list.data.length * 2);
    grown.set(list.data);
    list.data = grown;
  }
  const at = list.count * FIELDS;
  list.data[at] = article;
  list.data[at + 1] = start;
  list.data[at + 2] = end;
  list.data[at + 3] = text;
  list.data[at + 4] = form ? namingForms.indexOf(form) : -1;
  list.count++;
}

/** Gives back the room kept for growth, once the list is complete. */
export function trimMentionList(list: MentionList): void {
  if (list.data.length > list.count * FIELDS) list.data = list.data.slice(0, list.count * FIELDS);
}

/** The article number of mention `i`. */
export function articleOfMention(list: MentionList, i: number): number {
  return list.data[i * FIELDS]!;
}

/** Where mention `i` starts and ends in its article's text. */
export function spanOfMention(list: MentionList, i: number): { start: number; end: number } {
  return { start: list.data[i * FIELDS + 1]!, end: list.data[i * FIELDS + 2]! };
}

/** Mention `i` as an object, made when asked for. */
export function mentionAt(list: MentionList, i: number): EntityMention {
  const at = i * FIELDS;
  const article = list.data[at]!;
  const form = list.data[at + 4]!;
  return {
    text: list.texts[list.data[at + 3]!]!,
    articleId: list.articles.ids[article]!,
    sourceId: list.articles.sourceIds[article]!,
    start: list.data[at + 1]!,
    end: list.data[at + 2]!,
    ...(form >= 0 ? { form: namingForms[form]! } : {}),
  };
}

/** Every mention as objects, in order: for one entity at a time, not the corpus at once. */
export function mentionsOf(list: MentionList): EntityMention[] {
  return Array.from({ length: list.count }, (_, i) => mentionAt(list, i));
}

/** A list packed from mention objects (tests, and entities made outside the linker). */
export function mentionListOf(mentions: readonly EntityMention[], articles?: ArticleTable): MentionList {
  const table = articles ?? { ids: [], sourceIds: [] };
  const numbers = new Map(table.ids.map((id, n) => [id, n]));
  const list = newMentionList(table);
  const textAt = new Map<string, number>();
  for (const m of mentions) {
    let article = numbers.get(m.articleId);
    if (article === undefined) {
      article = table.ids.push(m.articleId) - 1;
      table.sourceIds.push(m.sourceId);
      numbers.set(m.articleId, article);
    }
    let text = textAt.get(m.text);
    if (text === undefined) {
      text = list.texts.push(m.text) - 1;
      textAt.set(m.text, text);
    }
    addMention(list, article, m.start, m.end, text, m.form);
  }
  trimMentionList(list);
  return list;
}
