import type { Occurrence } from "./find-entities.ts";
import type { EventMention, MentionInput } from "./find-mentions.ts";
import { tokenize } from "./tokens.ts";
import { REFERENCE } from "./undated-events.ts";

const MEETING_LEAD = /\b(?:met|meets|meeting|talks|summit|visit|visited|visits|received|hosted)\b/i;

// A sentence that goes on with the lead's story without naming anyone again: a pronoun subject
// ("He accepted ...", "And he showed ..."), or the lead's happening taken up by its noun ("At
// the meeting, ...", "During the talks ...").
const ANAPHOR =
  /^(?:(?:and|then|later|also),?\s+)?(?:he|she|they|(?:at|during|after|in)\s+(?:the|this|that)\s+(?:meeting|talks|dinner|banquet|luncheon|reception|visit|session|event|ceremony|conversation|encounter))\b/i;

// The nouns a lead names its happening by; "the plenary meeting" later in the story takes it up.
const EVENT_NOUN =
  /\b(meeting|talks|dinner|banquet|luncheon|reception|visit|session|plenum|summit|conference|ceremony|parade|rally|launch|test|exercise|drills|statement|speech|letter)\b/gi;

// "the coming DPRK-U.S. summit", "the planned talks": another happening, still ahead, which the
// undated references place; a sentence about it is not the lead's story going on.
const FUTURE_HAPPENING =
  /\b(?:coming|upcoming|forthcoming|planned|proposed|expected|future|next)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+)*(?:summit|meeting|talks|visit|conference)\b/iu;

/**
 * The sentences that carry on the lead's story: after the lead, every undated sentence that names
 * one of its people or organisations, or takes it up by a pronoun or "at the meeting", up to the
 * next dated mention or the first sentence that does neither (the story moves on). State media
 * and wires tell one happening over many such sentences ("He accepted an official suggestion ...
 * granting amnesty"); they belong to the lead's event. Quotations are skipped, not followed:
 * speakers are compared apart. Each comes back as a mention that `follows` the lead.
 */
export function findFollowOns(input: MentionInput, mentions: EventMention[]): EventMention[] {
  const lead = mentions.find((m) => m.primary);
  if (!lead) return [];
  const cast = new Set(lead.entityIds.filter((id) => !id.startsWith("country-")));
  const nouns = [...new Set([...lead.quote.matchAll(EVENT_NOUN)].map((m) => m[1]!.toLowerCase()))];
  const takenUp = nouns.length
    ? new RegExp(`\\b(?:the|this|that)\\s+(?:[\\p{L}-]+\\s+)?(?:${nouns.join("|")})\\b`, "iu")
    : undefined;
  const out: EventMention[] = [];
  for (const s of input.sentences) {
    if (s.start < lead.end) continue;
    if (mentions.some((m) => m.start < s.end && m.end > s.start)) break;
    const sentence = input.text.slice(s.start, s.end);
    if (/^[“"‘']/.test(sentence)) continue;
    if (tokenize(input.text, s.start, s.end).length < 5) break;
    if (FUTURE_HAPPENING.test(sentence)) continue;
    const inside = input.occurrences.filter((o) => o.start >= s.start && o.end <= s.end);
    const named = inside.map((o) => input.entityIds[o.entity]!);
    if (namesOtherHappening(sentence, s.start, inside, input, cast, MEETING_LEAD.test(lead.quote))) continue;
    const continues = ANAPHOR.test(sentence) || takenUp?.test(sentence) || named.some((id) => cast.has(id));
    if (!continues) break;
    out.push({
      key: `${input.id}:${String(s.start).padStart(7, "0")}:${String(s.end).padStart(7, "0")}`,
      articleId: input.id,
      sourceId: input.sourceId,
      start: s.start,
      end: s.end,
      quote: sentence,
      date: lead.date,
      entityIds: [...new Set(named)],
      title: lead.title,
      terms: [],
      primary: false,
      follows: lead.key,
    });
  }
  return out;
}

/**
 * Whether the sentence speaks of a specific happening other than the lead's ("their summit in
 * Singapore", "the talks with Donald Trump" after a lead about a letter): one the undated
 * references place. A meeting named in a meeting's story, with no one outside the lead's people
 * ("the talks with Mike Pompeo", "holding the DPRK-U.S. summit"), is the lead's own.
 */
function namesOtherHappening(
  sentence: string,
  offset: number,
  inside: Occurrence[],
  input: MentionInput,
  cast: Set<string>,
  meetingLead: boolean,
): boolean {
  for (const m of sentence.matchAll(REFERENCE)) {
    const [, modifier, , place] = m;
    if (!modifier && !place) continue;
    if (!meetingLead) return true;
    if (!place) continue;
    const at = offset + m.index + m[0].length - place.length;
    const counterpart = inside.filter((o) => o.end > at && o.start < offset + m.index + m[0].length);
    if (!counterpart.some((o) => cast.has(input.entityIds[o.entity]!))) return true;
  }
  return false;
}
