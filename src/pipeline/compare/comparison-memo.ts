import type { Article } from "../../schema/article.ts";
import type { Event } from "../../schema/event.ts";
import { digestOf, loadStageMemo, memoKey, type StageMemo, saveStageMemo } from "../cache/stage-memo.ts";
import type { ContentCache } from "../effects.ts";
import type { LinkedEntity } from "../events/mention-list.ts";
import type { FileIdentity } from "../known-file-steps.ts";
import { identityText, parseIdentity } from "../output-files.ts";
import type { ArticleSpeakers, OutletMemo, OutletReading } from "./corpus-aggregates.ts";
import type { CountSteps } from "./count-changes.ts";
import type { ArticleMentions } from "./mention-index.ts";

/** The last build's event comparisons and the count steps they were made with. */
export interface ComparisonMemo {
  /** Each event's comparison as its file holds it (JSON), by a digest of what it was made from. */
  entries: StageMemo;
  /** The last build's `CountSteps.bytes()`, if any. */
  steps?: Uint8Array;
  /** How many comparisons were taken from the memo, and how many made. */
  counts: { kept: number; made: number };
  /** The outlets' naming tables and speakers, by a digest of their articles (see `outletMemo`). */
  outlets?: StageMemo;
}

const STAGE = "comparisons";
const OUTLETS_STAGE = "outlet-readings";
const STEPS_KEY = memoKey("comparisons-steps");
/** The cache entries this memo is kept in, for a build to read ahead (see `readingAhead`). */
export const COMPARISON_MEMO_KEYS = [memoKey(STAGE), memoKey(OUTLETS_STAGE), STEPS_KEY];
// Tens of megabytes of JSON at 10,000 articles: stored as it is (see `MemoOptions`).
const OPTIONS = { deflate: false };

/**
 * The count steps of the last build's comparisons (see `ComparisonMemo.steps`), which the files
 * thread needs before the memo is: it is read apart, and `loadComparisonMemo` given it.
 */
export async function loadCountSteps(cache: ContentCache): Promise<Uint8Array | undefined> {
  return await cache.get(STEPS_KEY);
}

/** The comparisons' memo from the last build through this cache (empty when there is none). */
export async function loadComparisonMemo(
  cache: ContentCache,
  /** The count steps, when they were read already (`loadCountSteps`). */
  read?: { steps: Uint8Array | undefined },
): Promise<ComparisonMemo> {
  const entries = await loadStageMemo(cache, STAGE, OPTIONS);
  const steps = read ? read.steps : await loadCountSteps(cache);
  const outlets = await loadStageMemo(cache, OUTLETS_STAGE);
  return { entries, ...(steps ? { steps } : {}), counts: { kept: 0, made: 0 }, outlets };
}

/** Stores the memo and this build's steps (`Comparisons.memoSteps`) for the next build. */
export async function saveComparisonMemo(
  cache: ContentCache,
  memo: ComparisonMemo,
  steps: Uint8Array | undefined,
): Promise<void> {
  if (memo.outlets) await saveStageMemo(cache, OUTLETS_STAGE, memo.outlets);
  if (!steps) return;
  await saveStageMemo(cache, STAGE, memo.entries);
  if (!memo.steps || Buffer.compare(memo.steps, steps) !== 0) await cache.set(STEPS_KEY, steps);
}

/**
 * Each outlet's naming table and speakers through the memo, under a digest of its articles in
 * order: their ids and what each was made from with its names as linked (`linkedKeys`). The events
 * its naming forms link to are not in them (see `corpusAggregates`): one edit renames the event it
 * joins, which is told by most outlets. An outlet with an article that has no linked key is made
 * anew each build.
 */
export function outletMemo(
  memo: StageMemo,
  articlesBySource: ReadonlyMap<string, readonly Article[]>,
  linkedKeys: ReadonlyMap<string, string>,
): OutletMemo {
  const digests = new Map<string, string>();
  for (const [sourceId, articles] of articlesBySource) {
    const parts = ["naming and speakers", sourceId];
    for (const a of articles) {
      const key = linkedKeys.get(a.id);
      if (key === undefined) break;
      parts.push(a.id, key);
    }
    if (parts.length === 2 + 2 * articles.length) digests.set(sourceId, digestOf(parts));
  }
  // An article's speakers are kept under what it was made from; they are not results of their own
  // (`counts` tells of the outlets'). An article without speakers is kept as no text.
  const speakersKey = (articleId: string) => {
    const key = linkedKeys.get(articleId);
    return key === undefined ? undefined : `speakers ${key}`;
  };
  const uncounted = { uncounted: true };
  return {
    get(sourceId) {
      const digest = digests.get(sourceId);
      const reading = digest === undefined ? undefined : memo.get<OutletReading>(digest);
      // Taken, its articles' speakers are not read, but kept for a build that makes it anew.
      if (reading)
        for (const article of articlesBySource.get(sourceId) ?? []) {
          const key = speakersKey(article.id);
          if (key !== undefined) memo.getBytes(key, uncounted);
        }
      return reading;
    },
    set(sourceId, reading) {
      const digest = digests.get(sourceId);
      if (digest !== undefined) memo.set(digest, reading);
    },
    articleSpeakers: {
      get(articleId) {
        const key = speakersKey(articleId);
        const text = key === undefined ? undefined : memo.getText(key, uncounted);
        return text === undefined ? undefined : text === "" ? [] : (JSON.parse(text) as ArticleSpeakers);
      },
      set(articleId, speakers) {
        const key = speakersKey(articleId);
        if (key !== undefined) memo.setText(key, speakers.length ? JSON.stringify(speakers) : "", uncounted);
      },
    },
  };
}

/**
 * An event as its digest reads it: every field but its mentions' quotes, which are their articles'
 * text between their offsets (each article's text is in the digest through `articleDigest`). The
 * quotes were most of the text, made and hashed for every event of every rebuild.
 */
function eventText(event: Event): string {
  const { mentions, ...rest } = event;
  const spans = mentions.map(({ quote: _, ...span }) => span);
  return JSON.stringify([rest, spans]);
}

/** The entry that ties the memo's comparisons to the steps they were made with. */
const STEPS_ENTRY = "count-steps";

/**
 * An event's comparison JSON from the memo when nothing it was made from changed, else made anew
 * and kept. What an event's comparison reads (compare-event.ts), and how each part is watched:
 * - the event itself, and around its day which outlets were publishing: in the digest;
 * - its articles' ids, outlets, titles, days, texts and entity mentions (their forms, and their
 *   entities' ids, kinds and names), and whether the event is each one's own: in the digest;
 * - the outlets' display order and the corpus's token totals (snapped): in `shared`;
 * - the corpus counts of the terms and stems its articles read (snapped): `steps` tells whether
 *   any of them moved since the last build, and an event with an article that reads one is made
 *   anew. The memo holds only what the last build used or made, so "since the last build" is
 *   since the steps its entries were checked against.
 * Without the last build's steps (the first build, or a memo from elsewhere) every event is made
 * anew, and the memo filled for the next build.
 */
export function memoizedComparisons(input: {
  memo: ComparisonMemo;
  steps: CountSteps;
  articles: Map<string, Article>;
  /**
   * By article id, a digest of its work (`StoredWork.key`) and its names as linked
   * (`EventsResult.linkedKeys`): what its id, outlet, title, day, text and entity mentions were
   * made from, taken in their place.
   */
  linkedKeys?: ReadonlyMap<string, string>;
  /**
   * By event id, a digest of the event's JSON as made (`EventsResult.madeFrom`), taken in place of
   * its fields (`eventText`): writing out every event to digest it was a twentieth of a rebuild.
   */
  madeFrom?: ReadonlyMap<string, string>;
  /**
   * The ids of the articles `steps.touches`, when they were found beforehand (`countsToSend`):
   * the same answer, without reading the texts here.
   */
  touched?: ReadonlySet<string>;
  mentionsIn(articleId: string): ArticleMentions;
  entities: readonly LinkedEntity[];
  activeAround(day: string): string[];
  shared: readonly string[];
  make(event: Event): string;
}): MemoizedComparisons {
  const { memo, steps } = input;
  // The comparisons and the steps are two cache entries, written one after the other: a build
  // stopped between the two leaves comparisons that the steps beside them do not describe.
  const stored = memo.entries.getText(STEPS_ENTRY);
  const trusted = memo.steps !== undefined && stored === digestOf([memo.steps]);
  const now = digestOf([steps.bytes()]);
  if (stored !== now) memo.entries.setText(STEPS_ENTRY, now);
  const shared = digestOf(input.shared);
  const articleDigests = new Map<string, string>();
  // Each article's, worked out once: an article is in every event it tells of.
  const articleDigest = (article: Article) => {
    let found = articleDigests.get(article.id);
    if (found !== undefined) return found;
    const linked = input.linkedKeys?.get(article.id);
    if (linked !== undefined) found = `linked ${linked}`;
    else {
      const parts = [article.id, article.source.id, article.title, article.published, article.text];
      const { mentions, entities } = input.mentionsIn(article.id);
      for (const [i, m] of mentions.entries()) {
        const entity = input.entities[entities[i]!]!;
        parts.push(`${m.start}:${m.end}:${m.form}:${entity.id}:${entity.kind}:${entity.name}:${m.text}`);
      }
      found = digestOf(parts);
    }
    articleDigests.set(article.id, found);
    return found;
  };
  const touched = new Map<string, boolean>();
  const touches = (article: Article) => {
    if (input.touched) return input.touched.has(article.id);
    let found = touched.get(article.id);
    if (found === undefined) {
      found = steps.touches(article.text);
      touched.set(article.id, found);
    }
    return found;
  };

  // Each event's digest, and whether its comparison may be taken from the memo: worked out once,
  // whether the shard's file is known (`shardFile`) or its comparisons are asked for.
  const known = new Map<string, { digest: string; keep: boolean }>();
  const counted = new Set<string>();
  const state = (event: Event) => {
    let found = known.get(event.id);
    if (found) return found;
    const articles: Article[] = [];
    for (const id of event.articleIds) {
      const article = input.articles.get(id);
      if (article) articles.push(article);
    }
    const made = input.madeFrom?.get(event.id);
    const parts = [
      shared,
      made === undefined ? eventText(event) : `made ${made}`,
      input.activeAround(event.start).join(" "),
    ];
    for (const a of articles) parts.push(articleDigest(a), a.primaryEventId === event.id ? "own" : "");
    found = { digest: digestOf(parts), keep: trusted && !articles.some(touches) };
    known.set(event.id, found);
    return found;
  };
  /** The event's digest when its comparison is the memo's, counted once as kept; else undefined. */
  const kept = (event: Event): string | undefined => {
    const { digest, keep } = state(event);
    if (!keep || memo.entries.getBytes(digest) === undefined) return undefined;
    if (!counted.has(event.id)) {
      counted.add(event.id);
      memo.counts.kept++;
    }
    return digest;
  };
  const json = (event: Event): string => {
    const digest = kept(event);
    if (digest !== undefined) return memo.entries.getText(digest)!;
    const made = input.make(event);
    memo.entries.setText(state(event).digest, made);
    memo.counts.made++;
    return made;
  };
  // A shard is known by its stem and its events' digests, in order; its file is known only when
  // every one of its events' comparisons is the memo's (one made anew may read differently under
  // the same digest, when the counts it reads moved).
  const shardKey = (stem: string, events: readonly Event[]) =>
    `shard ${digestOf([stem, ...events.map((e) => state(e).digest)])}`;
  return Object.assign(json, {
    shardFile(stem: string, events: readonly Event[]) {
      if (!events.every((e) => kept(e) !== undefined)) return undefined;
      return parseIdentity(memo.entries.getText(shardKey(stem, events)));
    },
    keepShardFile(stem: string, events: readonly Event[], file: FileIdentity) {
      memo.entries.setText(shardKey(stem, events), identityText(file));
    },
  });
}

/**
 * An event's comparison JSON (see `memoizedComparisons`), and the comparison files of the last
 * build: a shard none of whose comparisons changed is the same file, which a rebuild need neither
 * read from the memo, nor join, nor hash again (half a second at 10,000 articles).
 */
export type MemoizedComparisons = ((event: Event) => string) & {
  /** The name and size of the shard's file when the last build wrote the same, else undefined. */
  shardFile(stem: string, events: readonly Event[]): FileIdentity | undefined;
  keepShardFile(stem: string, events: readonly Event[], file: FileIdentity): void;
};
