import { dayNumber } from "../../lib/days.ts";
import { MAX_DAY_EXTENT } from "./cluster.ts";
import type { EventMention } from "./find-mentions.ts";
import { cosine, type TermVector } from "./term-vectors.ts";

/** Pairs of leads sampled: enough for a stable mean, few enough to stay linear on any corpus. */
const MAX_PAIRS = 4000;
/** Below this many pairs the corpus is too small to say what unrelated stories share. */
const MIN_PAIRS = 30;

/**
 * How much wording unrelated stories of this corpus share: the mean cosine between leads that are
 * too far apart in time to report one event. A corpus of one beat (the same officials, the same
 * boilerplate in every report) puts unrelated leads at a cosine that a mixed corpus reaches only
 * for one story, so a fixed threshold over-merges the one or splits the other; grouping counts
 * only the wording shared beyond this level. Leads are paired in an order set by a hash of their
 * keys, so adding an article changes a couple of pairs and not the sample as a whole.
 */
export function backgroundCosine(
  mentions: EventMention[],
  vectorOf: (m: EventMention) => TermVector,
): number {
  const leads = mentions
    .filter((m) => m.primary && m.date.precision === "day")
    .map((m) => ({ m, h: hash(m.key) }))
    .sort((a, b) => a.h - b.h || (a.m.key < b.m.key ? -1 : 1));
  let sum = 0;
  let pairs = 0;
  for (let i = 1; i < leads.length && pairs < MAX_PAIRS; i++) {
    const a = leads[i - 1]!.m;
    const b = leads[i]!.m;
    if (Math.abs(dayNumber(a.date.start) - dayNumber(b.date.start)) <= MAX_DAY_EXTENT + 1) continue;
    const va = vectorOf(a);
    const vb = vectorOf(b);
    if (!va.norm || !vb.norm) continue;
    sum += cosine(va, vb);
    pairs++;
  }
  return pairs < MIN_PAIRS ? 0 : sum / pairs;
}

/** FNV-1a: a fixed, fast hash, the same on every machine. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
