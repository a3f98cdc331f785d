import type { Timex } from "../../schema/article.ts";
import type { Event } from "../../schema/event.ts";
import type { ReportEntry } from "../../schema/report.ts";
import { digestOf, type StageMemo } from "../cache/stage-memo.ts";
import type { CleanArticle } from "../clean/clean-article.ts";
import { type Dateline, parseDateline } from "../clean/dateline.ts";
import { detached } from "../detached-string.ts";
import { findTimexes } from "../time/find-timexes.ts";
import { type Citation, citedOutlets, joinCitedReports } from "./citations.ts";
import { countFrequencies } from "./document-frequencies.ts";
import type { EventDate } from "./event-date.ts";
import { eventDigest, eventMemo } from "./event-memo.ts";
import { type ArticleEntities, findEntities, type LocalEntity, type Occurrence } from "./find-entities.ts";
import { type EventMention, findMentions, outletKey, termsOf } from "./find-mentions.ts";
import { findFollowOns } from "./follow-on.ts";
import { defaultWeights, groupMentions } from "./group-mentions.ts";
import { createEntityLinker, UNLINKED } from "./link-entities.ts";
import { type Linking, linkingDigest, linkingOrder, packLinking, unpackLinking } from "./linking-memo.ts";
import type { ArticleTable, LinkedEntity } from "./mention-list.ts";
import { packText, unpackText } from "./packed-texts.ts";
import { namesDigest, packedNamesDigest, unpackPrepared } from "./prepared-bytes.ts";
import { type Sentence, splitSentences } from "./split-sentences.ts";
import { createTimexTable, type TimexTable } from "./timex-table.ts";
import { toEvent } from "./to-event.ts";
import { findUndatedReferences, placeUndatedReferences, type UndatedReference } from "./undated-events.ts";

/**
 * Where the story proper starts: scraped pages often repeat the headline above the dateline
 * ("Kim Jong Un Meets ...\n\nPyongyang, March 6 (KCNA) -- ..."), and the dateline's date is the
 * report's, not the event's.
 */
function storyStart(text: string, title: string): { bodyStart: number; dateline?: Dateline } {
  let offset = 0;
  for (let i = 0; i < 2; i++) {
    const dateline = parseDateline(text.slice(offset));
    if (dateline) return { bodyStart: offset + dateline.length, dateline };
    const lineEnd = text.indexOf("\n", offset);
    const line = text.slice(offset, lineEnd < 0 ? text.length : lineEnd);
    if (lineEnd < 0 || line.length > title.length + 40 || /[.!?]["”]?$/.test(line.trim())) break;
    offset = lineEnd + 1;
    while (text[offset] === "\n") offset++;
  }
  return { bodyStart: 0 };
}

/**
 * The outlets of the corpus that an article cites, other than its own, with the citing sentences'
 * words and the people, organisations and countries those sentences name.
 */
function findCitations(
  article: CleanArticle,
  sentences: Sentence[],
  outlets: ReadonlyMap<string, string>,
  outletNames: ReadonlySet<string>,
  occurrences: readonly Occurrence[],
  entityIds: readonly string[],
): Citation[] {
  const others = new Map([...outlets].filter(([id]) => id !== article.source.id));
  const found = new Map<string, { terms: string[]; entityIds: Set<string> }>();
  for (const s of sentences) {
    const sentence = article.text.slice(s.start, s.end);
    const cited = citedOutlets(sentence, others);
    if (cited.length === 0) continue;
    const terms = termsOf(sentence);
    // The outlet's own name is often taken for a name ("according to Reuters"): it is not who the report is about.
    const named = occurrences
      .filter((o) => o.start >= s.start && o.end <= s.end && !outletNames.has(slugOf(o.text)))
      .map((o) => entityIds[o.entity]!);
    for (const id of cited) {
      const entry = found.get(id) ?? { terms: [], entityIds: new Set<string>() };
      entry.terms.push(...terms);
      for (const e of named) entry.entityIds.add(e);
      found.set(id, entry);
    }
  }
  return [...found].map(([sourceId, f]) => ({
    articleId: article.id,
    sourceId,
    terms: f.terms,
    entityIds: [...f.entityIds].sort(),
  }));
}

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
}

/** Each lead's follow-on sentences put into the lead's group, after grouping: they must not sway it. */
function withFollowOns(groups: EventMention[][], followOns: EventMention[]): EventMention[][] {
  const byLead = new Map<string, EventMention[]>();
  for (const m of followOns) byLead.set(m.follows!, [...(byLead.get(m.follows!) ?? []), m]);
  return groups.map((group) => [
    ...group,
    ...group.flatMap((m) => (m.primary ? (byLead.get(m.key) ?? []) : [])),
  ]);
}

/**
 * A mention made to keep no part of its article's text alive once the text is packed (see
 * `textHolder`): its quote is cut again from its offsets when the text is back, and its title, cut
 * and joined from the text, becomes a string of its own.
 */
function detachFromText(m: EventMention): void {
  m.quote = "";
  m.title = detached(m.title);
}

/**
 * The corpus size, in characters of text, from which the texts are packed while events are found:
 * about 25,000 articles, where the build also holds the heap's growth down (`heapGrowthFor`).
 */
export const PACK_TEXTS_FROM = 50_000_000;

/**
 * The articles' texts, each packed (deflated) from when its mentions are found until the events are
 * made, and the article's own `text` emptied meanwhile: every text at once, held while the mentions
 * are grouped, was a fifth of what a 100,000-article build held at its peak. `giveBack` puts one
 * text back, `restore` every one left; until then `textOf` reads one without keeping it. Not
 * `enabled`, it keeps the texts as they are: packing costs a smaller corpus time (half a second at
 * 10,000 articles) and saves it no memory it needs.
 */
function textHolder(enabled: boolean) {
  const packed = new Map<CleanArticle, Uint8Array>();
  return {
    packing: enabled,
    pack(article: CleanArticle): void {
      if (!enabled) return;
      packed.set(article, packText(article.text));
      article.text = "";
    },
    textOf(article: CleanArticle): string {
      const bytes = packed.get(article);
      return bytes ? unpackText(bytes) : article.text;
    },
    /** Puts the article's text back, if it is not yet, and gives it. */
    giveBack(article: CleanArticle): string {
      const bytes = packed.get(article);
      if (bytes) {
        article.text = unpackText(bytes);
        packed.delete(article);
      }
      return article.text;
    },
    restore(): void {
      for (const [article, bytes] of packed) article.text = unpackText(bytes);
      packed.clear();
    },
  };
}

export interface EventsResult {
  events: Event[];
  entities: LinkedEntity[];
  /** Article id -> the id of the event its lead reports. */
  primaryEventIds: Map<string, string>;
  /** The date expressions found in each article's text, packed. */
  timexes: TimexTable;
  warnings: ReportEntry[];
  /**
   * For the articles given a work key: by article id, a digest of that key and its names as linked
   * across the corpus (ids and canonical names), which stands for its fields, text and entity
   * mentions in later stages' memos (see `memoizedComparisons`).
   */
  linkedKeys?: Map<string, string>;
  /**
   * With the events memo: by event id, a digest of the event's JSON as `toEvent` made it
   * (`EventMemo.madeFrom`, or `eventDigest` for the undated events, made every build); the memos
   * of the events files and of the comparisons know an event by it.
   */
  madeFrom?: Map<string, string>;
}

/** What of an article's part goes to the timex table and the report (`addDates`). */
type ArticleDates = Pick<PreparedArticle, "timexes" | "timexError">;

/** The per-article part of the events stage: it depends on one article alone, so it can run in parallel and be cached. */
export interface PreparedArticle {
  dct: string;
  sentences: Sentence[];
  timexes: Timex[];
  entities: ArticleEntities;
  /** Why the time expressions could not be found, when they could not. */
  timexError?: string;
  /** The distinct terms of the title and text, for the corpus's document frequencies. */
  docTerms: string[];
}

export function prepareArticle(article: Pick<CleanArticle, "text" | "published" | "title">): PreparedArticle {
  const dct = article.published.slice(0, 10);
  const sentences = splitSentences(article.text);
  let timexes: Timex[] = [];
  let timexError: string | undefined;
  try {
    timexes = findTimexes(article.text, dct);
  } catch (error) {
    timexError = (error as Error).message;
  }
  const entities = findEntities(article.text, sentences);
  const docTerms = [...new Set(termsOf(`${article.title} ${article.text}`))];
  return { dct, sentences, timexes, entities, ...(timexError === undefined ? {} : { timexError }), docTerms };
}

/** Inverse document frequency over `total` documents (one more than the articles), each key's worked out once. */
function rarity(total: number, frequency: ReadonlyMap<string, number>): (key: string) => number {
  const known = new Map<string, number>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = Math.log(total / (1 + (frequency.get(key) ?? 0))) + 1;
      known.set(key, value);
    }
    return value;
  };
}

/**
 * Events from cleaned articles: entities named in each article and linked across the corpus, event
 * mentions (the lead and every dated clause), then mentions grouped into events across articles and
 * outlets. Pure: the same articles give the same events and ids, whatever their order. `preparedIn`
 * holds `prepareArticle` results computed beforehand (by worker threads, or from a cache; as objects
 * or packed by `packPrepared`), by id; this function empties it as it goes, to keep a large build's
 * peak down. For the same reason the articles' texts are packed while it runs (see `textHolder`),
 * when they come to `packTextsFrom` characters or more: each is given back before it returns,
 * whether it returns or throws.
 */
export function extractEvents(
  articles: CleanArticle[],
  preparedIn?: Map<string, PreparedArticle | Uint8Array>,
  options: {
    packTextsFrom?: number;
    memo?: StageMemo;
    /**
     * Each article's work key (`StoredWork.key`), which stands for the article and its prepared
     * part in the memo's digests (hashing every text and prepared part again was a twentieth of a
     * 10,000-article rebuild), and gives `linkedKeys`.
     */
    contentKeys?: ReadonlyMap<string, string>;
    /** Told the corpus's entities as soon as they are linked, before the events are grouped. */
    onLinked?: (entities: LinkedEntity[]) => void;
    /** The last build's linking (see `linking-memo.ts`), and where this build's is kept. */
    linkingMemo?: StageMemo;
    /** The last build's events, and where this build's are kept (see `eventMemo`); read only beside `memo`. */
    eventsMemo?: StageMemo;
  } = {},
): EventsResult {
  const characters = articles.reduce((n, a) => n + a.text.length, 0);
  const texts = textHolder(characters >= (options.packTextsFrom ?? PACK_TEXTS_FROM));
  try {
    return eventsOf(articles, texts, preparedIn, options);
  } finally {
    texts.restore();
  }
}

/**
 * One article's mentions, follow-on sentences, citations of other outlets and undated references,
 * made to keep no part of its text alive (see `detachFromText`).
 */
function findingsOf(
  article: CleanArticle,
  p: PreparedArticle,
  ids: string[],
  entityNames: string[],
  outlets: ReadonlyMap<string, string>,
  outletNames: ReadonlySet<string>,
  outletKeys: ReadonlySet<string>,
  dropped: readonly number[],
): ArticleFindings {
  const { bodyStart, dateline } = storyStart(article.text, article.title);
  // Names the linker dropped, and descriptions it found to be of someone else, are no participants
  // of anything from here on.
  const notThem = new Set(dropped);
  const occurrences = p.entities.occurrences.filter((o, n) => ids[o.entity] !== UNLINKED && !notThem.has(n));
  const input = {
    id: article.id,
    sourceId: article.source.id,
    title: article.title,
    text: article.text,
    dct: p.dct,
    ...(dateline ? { datelinePlace: dateline.place } : {}),
    bodyStart,
    sentences: p.sentences,
    occurrences,
    entityIds: ids,
    entityNames,
    timexes: p.timexes,
    outlets: outletKeys,
  };
  const found = findMentions(input);
  const following = findFollowOns(input, found);
  const citations = findCitations(article, p.sentences, outlets, outletNames, occurrences, ids);
  const undated = findUndatedReferences(article, p.dct, p.sentences, occurrences, p.entities.entities, ids, [
    ...found,
    ...following,
  ]);
  for (const m of found) detachFromText(m);
  for (const m of following) detachFromText(m);
  for (const r of undated) {
    detachFromText(r.mention);
    r.phrase = detached(r.phrase);
  }
  return { found, following, citations, undated };
}

/**
 * The linking kept under `key`, or undefined when there is none or it cannot be read (a damaged
 * memo is no memo: the names are linked again).
 */
function replayLinking(memo: StageMemo, key: string, articles: ArticleTable): Linking | undefined {
  const bytes = memo.getBytes(key);
  if (!bytes) return undefined;
  try {
    const linking = unpackLinking(bytes, articles);
    const count = articles.ids.length;
    return linking.ids.length === count && linking.dropped.length === count ? linking : undefined;
  } catch {
    return undefined;
  }
}

/** What one article's part of the events stage finds, kept in the stage memo between builds. */
interface ArticleFindings {
  found: EventMention[];
  following: EventMention[];
  citations: Citation[];
  undated: UndatedReference[];
}

function eventsOf(
  articles: CleanArticle[],
  texts: ReturnType<typeof textHolder>,
  preparedIn: Map<string, PreparedArticle | Uint8Array> | undefined,
  { memo, contentKeys, onLinked, linkingMemo, eventsMemo }: Parameters<typeof extractEvents>[2] & {},
): EventsResult {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const warnings: ReportEntry[] = [];
  const timexes = createTimexTable();
  // Each prepared article is read twice, and let go after the second reading. One given packed (see
  // `packPrepared`) is unpacked at each reading in a corpus large enough to have its texts packed:
  // the sentences and names of every article, held at once as objects, were most of what a
  // 100,000-article build held here. A smaller corpus keeps what it unpacked from the first reading
  // to the second (unpacking twice was a tenth of a 10,000-article rebuild), and those made here
  // are kept to be made once.
  const made = new Map<string, PreparedArticle>();
  const preparedOf = (article: CleanArticle, lastRead = false): PreparedArticle => {
    const given = preparedIn?.get(article.id);
    // Let go once read for the last time: the mentions found grow as the prepared data shrinks.
    if (lastRead) preparedIn?.delete(article.id);
    let p = made.get(article.id);
    if (p) {
      if (lastRead) made.delete(article.id);
      return p;
    }
    if (given instanceof Uint8Array) {
      p = unpackPrepared(given);
      if (!texts.packing && !lastRead) made.set(article.id, p);
      return p;
    }
    if (given) return given;
    p = prepareArticle(article);
    if (!lastRead) made.set(article.id, p);
    return p;
  };
  // The linker reads the articles in an order of their names (see `linkingOrder`), and takes the
  // last build's linking when no article's names changed since (see `linking-memo.ts`).
  const namesDigests = sorted.map((article) => {
    const given = preparedIn?.get(article.id);
    return given instanceof Uint8Array ? packedNamesDigest(given) : namesDigest(preparedOf(article).entities);
  });
  const order = linkingOrder(namesDigests);
  const table: ArticleTable = {
    ids: order.map((n) => sorted[n]!.id),
    sourceIds: order.map((n) => sorted[n]!.source.id),
  };
  const linkingKey = linkingMemo
    ? linkingDigest(order.map((n) => ({ sourceId: sorted[n]!.source.id, names: namesDigests[n]! })))
    : undefined;
  namesDigests.length = 0;
  const replayed = linkingKey === undefined ? undefined : replayLinking(linkingMemo!, linkingKey, table);
  // An article's dates (and why there are none) go to the timex table and the report: here, from its
  // part, before the linking; replayed, with its findings, whose memo keeps them, so that a part is
  // unpacked only for the articles whose findings are found anew.
  const addDates = (article: CleanArticle, p: ArticleDates) => {
    if (p.timexError !== undefined) {
      warnings.push({
        file: article.file,
        ...(article.line ? { line: article.line } : {}),
        reason: `time expressions not found: ${p.timexError}`,
      });
    }
    timexes.add(article.id, article.text, p.timexes);
  };
  const localEntities: LocalEntity[][] = [];
  if (!replayed) {
    const place = new Array<number>(sorted.length);
    for (const [k, n] of order.entries()) place[n] = k;
    for (const [n, article] of sorted.entries()) {
      const p = preparedOf(article);
      addDates(article, p);
      localEntities[place[n]!] = p.entities.entities;
    }
  }
  const linker = replayed ? undefined : createEntityLinker(localEntities);
  // The linker has what it needs from the lists; emptied, they do not live on through the rest of
  // this function (a local of a running function stays reachable) beside the mentions.
  localEntities.length = 0;
  // What this build's linking gave each article, in the linker's order, for the next build's memo.
  const linking: Pick<Linking, "ids" | "dropped"> = { ids: [], dropped: [] };
  const replayedNames = replayed ? new Map(replayed.entities.map((e) => [e.id, e.name])) : undefined;

  const outlets = new Map(sorted.map((a) => [a.source.id, a.source.name]));
  const outletNames = new Set([...outlets].flatMap(([id, name]) => [id, slugOf(name)]));
  const outletKeys = new Set([...outlets].flatMap(([id, name]) => [outletKey(id), outletKey(name)]));
  const frequencies = countFrequencies(memo);
  // Everything an article's findings depend on beyond the article itself and its names: the outlets.
  const outletsDigest = memo ? digestOf([...outlets].sort().flat()) : "";
  const linkedKeys = contentKeys ? new Map<string, string>() : undefined;
  const mentions: EventMention[] = [];
  const followOns: EventMention[] = [];
  // Mentions of one day share one date and one report day: a large corpus has hundreds of thousands
  // of mentions but a few thousand days, and each held its own copies until the events were made.
  const dates = new Map<string, EventDate>();
  const days = new Map<string, string>();
  const share = (m: EventMention): EventMention => {
    const key = `${m.date.start}|${m.date.end ?? ""}|${m.date.precision}`;
    const date = dates.get(key);
    if (date) m.date = date;
    else dates.set(key, m.date);
    if (m.reported !== undefined) {
      const day = days.get(m.reported);
      if (day) m.reported = day;
      else days.set(m.reported, m.reported);
    }
    return m;
  };
  // Found in the linker's order, kept in id order: each article's linked ids, citations and undated
  // references (the mentions are grouped by date and key, whatever order they come in).
  const linkedIds: string[][] = new Array(sorted.length);
  // Each article's findings digest, for the events' memo (see `eventMemo`).
  const findingsDigests = new Map<string, string>();
  const citedBy: Citation[][] = new Array(sorted.length);
  const undatedBy: UndatedReference[][] = new Array(sorted.length);
  for (const [k, n] of order.entries()) {
    const article = sorted[n]!;
    const given = preparedIn?.get(article.id);
    let p: PreparedArticle | undefined = replayed ? undefined : preparedOf(article, true);
    // Replayed, the part is unpacked only when its findings are found anew.
    const whole = (): PreparedArticle => (p ??= preparedOf(article, true));
    let ids: string[];
    let dropped: readonly number[];
    if (replayed) {
      ids = replayed.ids[k]!;
      dropped = replayed.dropped[k]!;
    } else {
      ids = linker!.link({ id: article.id, sourceId: article.source.id }, whole().entities);
      dropped = linker!.dropped();
      // Only with a memo to keep them in: every article's list, held to the end of the stage, was
      // 75 MB more at the peak of a 100,000-article build (which keeps no memos).
      if (linkingKey !== undefined) {
        linking.ids.push(ids);
        linking.dropped.push([...dropped]);
      }
    }
    linkedIds[n] = ids.filter((id) => id !== UNLINKED);
    const entityNames = ids.map((id) => (replayedNames ? replayedNames.get(id) : linker!.nameOf(id)) ?? id);
    // The findings depend on the article, its prepared part, its names as linked across the corpus
    // and the outlets, and on nothing else: a rebuild finds them again only when one of these changed.
    const linked = [ids.join("\n"), entityNames.join("\n"), dropped.join(",")];
    const contentKey = contentKeys?.get(article.id);
    const linkedKey = contentKey !== undefined ? digestOf([contentKey, ...linked]) : undefined;
    if (linkedKey !== undefined) linkedKeys?.set(article.id, linkedKey);
    const digest = memo
      ? digestOf([
          outletsDigest,
          ...(linkedKey !== undefined
            ? [`linked ${linkedKey}`]
            : [
                article.id,
                article.source.id,
                article.title,
                article.text,
                given instanceof Uint8Array ? given : JSON.stringify(whole()),
                ...linked,
              ]),
        ])
      : "";
    if (memo) findingsDigests.set(article.id, digest);
    // Kept with the article's dates (its words are counted through the memo, `countFrequencies`): a
    // rebuild that takes the findings need not unpack the part at all (0.1 s at 10,000 articles).
    let findings = memo?.get<ArticleFindings & { part: ArticleDates }>(digest);
    const made = !findings;
    if (!findings) {
      const found = findingsOf(article, whole(), ids, entityNames, outlets, outletNames, outletKeys, dropped);
      const { timexes: dates, timexError } = whole();
      findings = { ...found, part: { timexes: dates, ...(timexError === undefined ? {} : { timexError }) } };
      memo?.set(digest, findings);
    }
    if (replayed) addDates(article, findings.part);
    // An article's terms are read only when its findings are made: the others' are the memo's.
    frequencies.add(digest, made || !frequencies.known(digest) ? whole().docTerms : undefined);
    for (const m of findings.found) mentions.push(share(m));
    for (const m of findings.following) followOns.push(share(m));
    citedBy[n] = findings.citations;
    undatedBy[n] = findings.undated;
    // Replayed, a part not unpacked is let go here (`preparedOf` lets go of those it reads).
    preparedIn?.delete(article.id);
    texts.pack(article);
  }

  const citations = citedBy.flat();
  const references = undatedBy.flat();
  citedBy.length = 0;
  undatedBy.length = 0;
  const linked = { entities: replayed ? replayed.entities : linker!.finish(), ids: linkedIds };
  if (linkingKey !== undefined && !replayed)
    linkingMemo!.setBytes(linkingKey, packLinking({ entities: linked.entities, ...linking }));
  onLinked?.(linked.entities);
  const names = new Map(linked.entities.map((e) => [e.id, e.name]));
  const total = sorted.length + 1;
  // Asked for every word of every mention, often the same words: each weight is worked out once.
  const documentFrequency = frequencies.finish();
  const idf = rarity(total, documentFrequency);

  // In how many articles each entity is named: an article's linked ids may name one entity twice.
  const entityFrequency = new Map<string, number>();
  const countedIn = new Map<string, number>();
  for (const [n, ids] of linked.ids.entries())
    for (const id of ids) {
      if (countedIn.get(id) === n) continue;
      countedIn.set(id, n);
      entityFrequency.set(id, (entityFrequency.get(id) ?? 0) + 1);
    }
  countedIn.clear();
  const entityIdf = rarity(total, entityFrequency);
  const byId = new Map(sorted.map((a) => [a.id, a]));
  // An article's entities as a set, made when a citation asks for it (a few articles do).
  const places = new Map(sorted.map((a, n) => [a.id, n]));
  const entitySets = new Map<string, Set<string>>();
  const entitiesOf = (id: string): Set<string> => {
    let found = entitySets.get(id);
    if (!found) {
      const n = places.get(id);
      found = new Set(n === undefined ? [] : linked.ids[n]);
      entitySets.set(id, found);
    }
    return found;
  };
  const groups = withFollowOns(
    joinCitedReports(
      groupMentions(mentions, idf, { ...defaultWeights, entityIdf }),
      citations,
      idf,
      (id) => {
        const article = byId.get(id);
        return article ? termsOf(texts.textOf(article)) : [];
      },
      entitiesOf,
    ),
    followOns,
  );
  // From here the groups alone hold the mentions, and each group's go once its event is made: the
  // mentions (words, titles, dates of every clause) and the events made from them, held at once,
  // were the highest point of a large build's memory.
  mentions.length = 0;
  followOns.length = 0;
  citations.length = 0;
  // Past the grouping, the texts come back as the events that quote them are made, and each group's
  // mentions go as its event is made: all the texts back at once, beside every mention still
  // waiting, were the stage's highest point.
  const quoteOf = (m: EventMention) => texts.giveBack(byId.get(m.articleId)!).slice(m.start, m.end);
  const keptEvents =
    memo && eventsMemo
      ? eventMemo(eventsMemo, total, documentFrequency, findingsDigests, (id) => names.has(id))
      : undefined;
  const events: Event[] = [];
  const madeFrom = keptEvents ? new Map<string, string>() : undefined;
  const unknown = new Set<string>();
  // Article id -> the event of its lead, read from the groups: the events' mentions do not say
  // which are leads (taking a mark off every mention, once read, was a tenth of a second at
  // 10,000 articles, and left each of them slower to read).
  const primaryEventIds = new Map<string, string>();
  for (const [n, group] of groups.entries()) {
    let event = keptEvents?.kept(group);
    if (!event) {
      for (const m of group) m.quote = quoteOf(m);
      event = toEvent(group, names, idf);
      keptEvents?.keep(group, event);
    }
    for (const m of group) if (m.primary) primaryEventIds.set(m.articleId, event.id);
    if (keptEvents && madeFrom) {
      const digest = keptEvents.madeFrom(group);
      if (digest === undefined || madeFrom.has(event.id)) unknown.add(event.id);
      else madeFrom.set(event.id, digest);
    }
    events.push(event);
    groups[n] = [];
  }
  texts.restore();
  for (const r of references) r.mention.quote = quoteOf(r.mention);
  const undated = placeUndatedReferences(references, new Map(sorted.map((a) => [a.id, a])));
  for (const group of undated.groups) {
    const event = toEvent(
      group.mentions.map((m) => ({ ...m, title: group.title })),
      names,
    );
    for (const m of group.mentions) if (m.primary) primaryEventIds.set(m.articleId, event.id);
    // Made anew every build (a few at most): known by their JSON's digest.
    if (madeFrom?.has(event.id)) unknown.add(event.id);
    else madeFrom?.set(event.id, eventDigest(event));
    events.push(event);
  }
  warnings.push(...undated.warnings);
  // An event of a group without a digest, or two events of one id (never seen: ids are digests of
  // their mentions), is known by no digest.
  for (const id of unknown) madeFrom?.delete(id);
  events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
  return {
    events,
    entities: linked.entities,
    primaryEventIds,
    timexes,
    warnings,
    ...(linkedKeys ? { linkedKeys } : {}),
    ...(madeFrom ? { madeFrom } : {}),
  };
}
