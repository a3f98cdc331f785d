import type { Event, EventPrecision, Mention } from "../../schema/event.ts";
import { shortHash } from "../hash.ts";
import { lastDay } from "./event-date.ts";
import type { EventMention } from "./find-mentions.ts";

const FINENESS: EventPrecision[] = ["day", "approximate", "month", "year"];

/**
 * One event from a group of mentions. Its id comes from its smallest member mention (article id and
 * offsets), so adding an article that does not join the group leaves the id as it was. Its date is
 * that of its most precise mentions; its title and summary those of its lead mention, preferring an
 * article's lead over a later sentence.
 */
export function toEvent(group: EventMention[], names: Map<string, string>): Event {
  const byKey = [...group].sort((a, b) => (a.key < b.key ? -1 : 1));
  const first = byKey[0]!;
  const finest = FINENESS.find((p) => group.some((m) => m.date.precision === p))!;
  const dated = group.filter((m) => m.date.precision === finest);
  const start = dated.map((m) => m.date.start).sort()[0]!;
  const end = dated
    .map((m) => lastDay(m.date))
    .sort()
    .at(-1)!;
  const lead = [...group].sort(
    (a, b) =>
      Number(b.primary) - Number(a.primary) ||
      (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0) ||
      (a.key < b.key ? -1 : 1),
  )[0]!;
  const mentions: (Mention & { primary?: boolean })[] = byKey.map((m) => ({
    articleId: m.articleId,
    sourceId: m.sourceId,
    quote: m.quote,
    start: m.start,
    end: m.end,
    ...(m.primary ? { primary: true } : {}),
  }));
  const entityIds = [...new Set(group.flatMap((m) => m.entityIds))].filter((id) => names.has(id)).sort();
  const event: Event = {
    id: `ev-${shortHash(first.key, 12)}`,
    title: lead.title,
    start,
    ...(end !== start ? { end } : {}),
    precision: finest,
    sourceIds: [...new Set(group.map((m) => m.sourceId))].sort(),
    articleIds: [...new Set(byKey.map((m) => m.articleId))],
    mentions,
    summary: oneLine(lead.quote),
    entityIds,
  };
  return event;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= 220 ? flat : `${flat.slice(0, 217).replace(/\s+\S*$/, "")}…`;
}
