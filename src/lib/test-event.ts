import type { Event } from "../schema/event.ts";

/**
 * An event of one KCNA article with one mention, for tests of how events are filed and loaded:
 * `quote` sets its size on disk.
 */
export function testEvent(id: string, start: string, options: { quote?: string; end?: string } = {}): Event {
  const quote = options.quote ?? "Officials met.";
  return {
    id,
    title: `Event ${id}`,
    start,
    ...(options.end ? { end: options.end } : {}),
    precision: "day",
    sourceIds: ["kcna"],
    articleIds: [`a-${id}`],
    mentions: [{ articleId: `a-${id}`, sourceId: "kcna", quote, start: 0, end: quote.length }],
  };
}
