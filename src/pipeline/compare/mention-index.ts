import type { Article } from "../../schema/article.ts";
import type { Entity, EntityMention } from "../../schema/entity.ts";
import type { NamedSpan } from "./quotes.ts";

/**
 * An article's entity mentions in reading order (by start, the longer first; otherwise as the
 * entities list them), with the place of each one's entity in the corpus's entities. The mention
 * objects are the events stage's own: a large corpus has millions of them, so none is copied.
 */
export interface ArticleMentions {
  mentions: EntityMention[];
  entities: Int32Array;
}

/** Every entity mention, by article. */
export function indexMentions(entities: Entity[]): Map<string, ArticleMentions> {
  const gathered = new Map<string, { mentions: EntityMention[]; entities: number[] }>();
  for (const [n, entity] of entities.entries())
    for (const m of entity.mentions) {
      const found = gathered.get(m.articleId);
      if (found) {
        found.mentions.push(m);
        found.entities.push(n);
      } else gathered.set(m.articleId, { mentions: [m], entities: [n] });
    }
  const index = new Map<string, ArticleMentions>();
  for (const [articleId, { mentions, entities: numbers }] of gathered) {
    // A stable sort of positions keeps equal spans in the entities' order.
    const order = mentions.map((_, i) => i);
    order.sort((a, b) => mentions[a]!.start - mentions[b]!.start || mentions[b]!.end - mentions[a]!.end);
    index.set(articleId, {
      mentions: order.map((i) => mentions[i]!),
      entities: Int32Array.from(order, (i) => numbers[i]!),
    });
  }
  return index;
}

/** An article's mentions as the spans a quote's speaker is resolved to. */
export function namedSpans(found: ArticleMentions, entities: Entity[]): NamedSpan[] {
  return found.mentions.map((m, i) => {
    const entity = entities[found.entities[i]!]!;
    return { start: m.start, end: m.end, entityId: entity.id, kind: entity.kind, text: m.text };
  });
}

/**
 * An article's text by id, remembering the last one asked for: the mentions of a naming cell come
 * from one article after another, and an id string from the mentions is not the article's own, so
 * each look-up in the map would compare it in full.
 */
export function lastTextOf(articles: Map<string, Article>): (articleId: string) => string {
  let lastId: string | undefined;
  let lastText = "";
  return (articleId) => {
    if (articleId !== lastId) {
      lastId = articleId;
      lastText = articles.get(articleId)?.text ?? "";
    }
    return lastText;
  };
}
