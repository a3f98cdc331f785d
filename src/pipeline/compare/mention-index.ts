import type { Article } from "../../schema/article.ts";
import type { EntityMention } from "../../schema/entity.ts";
import { articleOfMention, type LinkedEntity, mentionAt, spanOfMention } from "../events/mention-list.ts";
import type { NamedSpan } from "./quotes.ts";

/**
 * An article's entity mentions in reading order (by start, the longer first; otherwise as the
 * entities list them), with the place of each one's entity in the corpus's entities.
 */
export interface ArticleMentions {
  mentions: EntityMention[];
  entities: Int32Array;
}

/**
 * Every entity mention, by article. The index keeps two numbers a mention (its entity's place and
 * its place in that entity's packed list) and makes an article's mention objects when asked: a
 * large corpus has millions of mentions, and the comparisons look at a few articles at a time.
 */
export function indexMentions(entities: readonly LinkedEntity[]): (articleId: string) => ArticleMentions {
  const gathered = new Map<string, number[]>();
  for (const [n, entity] of entities.entries()) {
    const list = entity.mentions;
    // An entity's mentions of one article come one after another (the linker reads an article at a
    // time): the article's list is looked up once per run of them, not once per mention.
    let article = -1;
    let found: number[] = [];
    for (let i = 0; i < list.count; i++) {
      const a = articleOfMention(list, i);
      if (a !== article) {
        article = a;
        const articleId = list.articles.ids[a]!;
        const known = gathered.get(articleId);
        if (known) found = known;
        else {
          found = [];
          gathered.set(articleId, found);
        }
      }
      found.push(n, i);
    }
  }
  // Each article's pairs are put in reading order when first asked for: a rebuild that takes most
  // comparisons from the last build asks for a few articles' mentions, and sorting every article's
  // took a tenth of a second at 10,000 articles. Typed at once, they weigh half as much meanwhile.
  const unsorted = new Map<string, Int32Array>();
  for (const [articleId, pairs] of gathered) unsorted.set(articleId, Int32Array.from(pairs));
  gathered.clear();
  const index = new Map<string, Int32Array>();
  const ordered = (articleId: string): Int32Array | undefined => {
    const known = index.get(articleId);
    if (known) return known;
    const pairs = unsorted.get(articleId);
    if (!pairs) return undefined;
    const count = pairs.length / 2;
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      const { start, end } = spanOfMention(entities[pairs[2 * k]!]!.mentions, pairs[2 * k + 1]!);
      starts[k] = start;
      ends[k] = end;
    }
    // A stable sort of positions keeps equal spans in the entities' order.
    const order = Array.from({ length: count }, (_, k) => k);
    order.sort((a, b) => starts[a]! - starts[b]! || ends[b]! - ends[a]!);
    const sorted = new Int32Array(pairs.length);
    for (const [k, from] of order.entries()) {
      sorted[2 * k] = pairs[2 * from]!;
      sorted[2 * k + 1] = pairs[2 * from + 1]!;
    }
    index.set(articleId, sorted);
    unsorted.delete(articleId);
    return sorted;
  };
  return (articleId) => {
    const pairs = ordered(articleId);
    if (!pairs) return { mentions: [], entities: new Int32Array(0) };
    const count = pairs.length / 2;
    return {
      mentions: Array.from({ length: count }, (_, k) =>
        mentionAt(entities[pairs[2 * k]!]!.mentions, pairs[2 * k + 1]!),
      ),
      entities: Int32Array.from({ length: count }, (_, k) => pairs[2 * k]!),
    };
  };
}

/** An article's mentions as the spans a quote's speaker is resolved to. */
export function namedSpans(found: ArticleMentions, entities: readonly LinkedEntity[]): NamedSpan[] {
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
