import { createHash } from "node:crypto";
import type { Event } from "../../schema/event.ts";
import { digestOf, type StageMemo } from "../cache/stage-memo.ts";
import type { EventMention } from "./find-mentions.ts";

/** The memo's entry that holds the document frequencies its events were made with. */
const FREQUENCIES_ENTRY = "document-frequencies";

/**
 * Events made from groups of mentions (`toEvent`), kept in a memo of their own ("made-events",
 * beside the findings' "events") so that a rebuild makes again only the events whose mentions changed: at 10,000 articles, making every event was a
 * twentieth of a rebuild after one article changed.
 *
 * An event is made from its group's mentions in their order, the weights of their words
 * (`rarity(total, documentFrequency)`) and which of their entities the corpus names. Its key holds
 * each mention's key and the digest its article's findings were kept under (`findings`, which
 * stands for everything the mention was made from), and which of its entities are named. The words'
 * weights are watched apart: the memo keeps the document frequencies the last build weighed words
 * with, and a group with a word whose frequency moved since, or any group when the number of
 * articles changed, is made anew.
 */
export interface EventMemo {
  /** The event kept for this group, or undefined (then `keep` it once made). */
  kept(group: readonly EventMention[]): Event | undefined;
  keep(group: readonly EventMention[], event: Event): void;
  /**
   * A digest of the event's JSON as `kept` gave it or `keep` was given it, or undefined for a group
   * that went through neither: it stands for the whole event in later stages' memos (its files,
   * its comparison), which need not write out and hash every event of every rebuild to know it.
   */
  madeFrom(group: readonly EventMention[]): string | undefined;
}

export function eventMemo(
  memo: StageMemo,
  total: number,
  frequencies: ReadonlyMap<string, number>,
  findings: ReadonlyMap<string, string>,
  named: (entityId: string) => boolean,
): EventMemo {
  const moved = movedTerms(memo, total, frequencies);
  // Each group's key, worked out once for `kept` and `keep`; undefined for a group with an article
  // whose findings have no digest.
  const keys = new WeakMap<readonly EventMention[], string | undefined>();
  const keyOf = (group: readonly EventMention[]): string | undefined => {
    if (keys.has(group)) return keys.get(group);
    const parts = [String(total)];
    for (const m of group) {
      const digest = findings.get(m.articleId);
      if (digest === undefined) {
        keys.set(group, undefined);
        return undefined;
      }
      let flags = "";
      for (const id of m.entityIds) flags += named(id) ? "1" : "0";
      parts.push(m.key, digest, flags);
    }
    const key = `event ${digestOf(parts)}`;
    keys.set(group, key);
    return key;
  };
  const digests = new WeakMap<readonly EventMention[], string>();
  return {
    kept(group) {
      // The words' weights are not in the key: an event is taken only when none of its words moved.
      if (!moved || group.some((m) => m.terms.some((t) => moved.has(t)))) return undefined;
      const key = keyOf(group);
      const text = key === undefined ? undefined : memo.getText(key);
      if (text === undefined) return undefined;
      // Stored as the digest of the event's JSON, a line break, and that JSON.
      const end = text.indexOf("\n");
      digests.set(group, text.slice(0, end));
      return JSON.parse(text.slice(end + 1)) as Event;
    },
    keep(group, event) {
      const key = keyOf(group);
      if (key === undefined) return;
      const json = JSON.stringify(event);
      const digest = jsonDigest(json);
      digests.set(group, digest);
      memo.setText(key, `${digest}\n${json}`);
    },
    madeFrom: (group) => digests.get(group),
  };
}

/** The digest an event made without the memo is known by (see `EventMemo.madeFrom`). */
export const eventDigest = (event: Event): string => jsonDigest(JSON.stringify(event));

const jsonDigest = (json: string): string => createHash("sha256").update(json).digest("hex").slice(0, 32);

/**
 * The terms whose document frequency differs from the last build's, and this build's frequencies
 * kept for the next; undefined when every weight moved (another number of articles) or the last
 * build's are not known.
 */
function movedTerms(
  memo: StageMemo,
  total: number,
  frequencies: ReadonlyMap<string, number>,
): Set<string> | undefined {
  const now = [String(total), ...[...frequencies].map(([t, n]) => `${t}\t${n}`).sort()].join("\n");
  const before = memo.getText(FREQUENCIES_ENTRY, { uncounted: true });
  if (before !== now) memo.setText(FREQUENCIES_ENTRY, now, { uncounted: true });
  if (before === undefined) return undefined;
  const lines = before.split("\n");
  if (lines[0] !== String(total)) return undefined;
  const old = new Map<string, number>();
  for (const line of lines.slice(1)) {
    const tab = line.lastIndexOf("\t");
    old.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  const moved = new Set<string>();
  for (const [t, n] of frequencies) if (old.get(t) !== n) moved.add(t);
  for (const t of old.keys()) if (!frequencies.has(t)) moved.add(t);
  return moved;
}
