import { z } from "zod";

/**
 * Source comparison data (issue 5): how each outlet told one event, and per-outlet aggregates for
 * comparing outlets across the corpus. Computed by the pipeline's compare stage; the browser only
 * combines and renders. Offsets are UTF-16 offsets into the article's `text`, as everywhere.
 */
const offset = z.number().int().nonnegative();

/**
 * A sentence of one outlet's account of an event. Its text is the article's `text` from `start`;
 * it ends where the text does (`start + text.length`).
 */
export const accountSentence = z.object({
  /** Which of the account's `articles` it is from. */
  article: z.number().int().nonnegative(),
  start: offset,
  text: z.string(),
  /** Present when the events stage found this sentence to be a mention of the event. */
  mention: z.literal(true).optional(),
  /**
   * The outlets whose account has a close counterpart of this sentence (see compare/details.ts), as
   * places in the event's `accounts`, in order; absent when none has.
   */
  counterparts: z.array(z.number().int().nonnegative()).optional(),
});
export type AccountSentence = z.infer<typeof accountSentence>;

/** A direct quote and who the text says spoke or wrote it. */
export const attributedQuote = z.object({
  articleId: z.string(),
  /** The quoted words, quote marks excluded: the article's `text` from `start`. */
  start: offset,
  text: z.string(),
  /** As the text names the speaker: "Pompeo", "the letter", "Pyongyang's Foreign Ministry"; null if nobody is named. */
  speaker: z.string().nullable(),
  /** The entity the speaker was resolved to, when the events stage knows it. */
  speakerEntityId: z.string().optional(),
  /** Whom the outlet credits for the quote: "The Associated Press" in "according to The Associated Press". */
  via: z.string().optional(),
});
export type AttributedQuote = z.infer<typeof attributedQuote>;

export const namingFormKinds = ["name", "title", "apposition", "surname", "description"] as const;

/** One way an outlet names an entity, with the first sentence it came from. */
export const namingForm = z.object({
  text: z.string(),
  form: z.enum(namingFormKinds).optional(),
  count: z.number().int().positive(),
  /** The article of that first sentence, which a cell opens in the reader. */
  articleId: z.string(),
  /** The text of that first sentence. */
  sentence: z.string(),
  /** The event the article is mainly about, so the corpus view can open the sentence in the reader. */
  eventId: z.string().optional(),
});
export type NamingForm = z.infer<typeof namingForm>;

export const namingRow = z.object({
  entityId: z.string(),
  name: z.string(),
  kind: z.enum(["person", "organization"]),
  /** Outlet id -> how that outlet names the entity, most used first. */
  cells: z.record(z.string(), z.array(namingForm)),
});
export type NamingRow = z.infer<typeof namingRow>;

/**
 * Word counts for distinctive words: a candidate vocabulary with its prior pseudo-counts (the corpus
 * as background, scaled to ALPHA_0; an event's reads the corpus's counts rounded to an eighth of an
 * octave, see the pipeline's compare/snap.ts) and, per outlet, its token total and the counts of
 * those terms. The browser scores any chosen set of outlets with `logOddsZ` below.
 */
export const termCounts = z.object({
  terms: z.array(z.string()),
  prior: z.array(z.number().nonnegative()),
  bySource: z.record(
    z.string(),
    z.object({ total: z.number().int().nonnegative(), counts: z.array(z.number()) }),
  ),
});
export type TermCounts = z.infer<typeof termCounts>;

export const sourceAccount = z.object({
  sourceId: z.string(),
  articles: z.array(z.object({ articleId: z.string(), title: z.string(), published: z.string() })),
  /**
   * The sentences of the account that the panel can show, in reading order: those about the event
   * (`aboutSentences`), those in `shared`, and those that are "only here" for some choice of outlets
   * (`onlyHereSentences`). The pipeline aligns and counts words over the whole account; sentences
   * that no choice of outlets would show are left out of the file.
   */
  sentences: z.array(accountSentence),
  quotes: z.array(attributedQuote),
});
export type SourceAccount = z.infer<typeof sourceAccount>;

/** An account with no sentence marked as a mention shows its first few instead. */
export const LEAD_SENTENCES = 2;
/** At most this many "only here" sentences per column. */
export const ONLY_HERE_SHOWN = 8;

/** What a column shows about the event: its mention sentences, or else its first sentences. */
export function aboutSentences(account: SourceAccount): AccountSentence[] {
  const mentions = account.sentences.filter((s) => s.mention);
  return mentions.length > 0 ? mentions : account.sentences.slice(0, LEAD_SENTENCES);
}

/**
 * The sentences of an account that none of the other chosen outlets tells too, the first few.
 * `sourceIds` are the outlets of the event's accounts, in order (counterparts are places in it).
 */
export function onlyHereSentences(
  account: SourceAccount,
  sourceIds: string[],
  chosen: string[],
): AccountSentence[] {
  const others = new Set(
    sourceIds.flatMap((id, n) => (id !== account.sourceId && chosen.includes(id) ? [n] : [])),
  );
  return account.sentences
    .filter((s) => !(s.counterparts ?? []).some((n) => others.has(n)))
    .slice(0, ONLY_HERE_SHOWN);
}

export const eventComparison = z.object({
  eventId: z.string(),
  /** One account per outlet that covered the event, in a stable order (kind, then name). */
  accounts: z.array(sourceAccount),
  /** Outlets that published around the event's date but not about it. */
  notReportedBy: z.array(z.string()),
  naming: z.array(namingRow),
  words: termCounts,
  /** Sentences of different outlets that tell the same detail: outlet id -> index into its `sentences`. */
  shared: z.array(z.record(z.string(), z.number().int().nonnegative())),
});
export type EventComparison = z.infer<typeof eventComparison>;
export const eventComparisonsFile = z.array(eventComparison);

/** What one outlet contributes to the corpus view; the browser combines the chosen outlets. */
export const outletAggregate = z.object({
  sourceId: z.string(),
  eventCount: z.number().int().nonnegative(),
  /** Events covered per month, aligned with `CorpusComparison.months`. */
  monthly: z.array(z.number().int().nonnegative()),
  naming: z.array(
    z.object({
      entityId: z.string(),
      name: z.string(),
      kind: z.enum(["person", "organization"]),
      count: z.number().int().positive(),
      forms: z.array(namingForm),
    }),
  ),
  /** Who the outlet quotes, most quoted first, with one example each. */
  speakers: z.array(
    z.object({ speaker: z.string(), count: z.number().int().positive(), example: attributedQuote }),
  ),
});
export type OutletAggregate = z.infer<typeof outletAggregate>;

/**
 * The month of `CorpusComparison.months` an event counts in: its start's. The pipeline counts
 * `monthly` by it and the app recounts filtered coverage by it, so the two agree.
 */
export const chartMonthOf = (event: { start: string }): string => event.start.slice(0, 7);

export const corpusComparison = z.object({
  /**
   * The months `monthly` counts: from the first article's month to the last's, and on to events up
   * to a year after. Events outside (history the articles recall) count only in `eventCount`.
   */
  months: z.array(z.string().regex(/^\d{4}-\d{2}$/)),
  outlets: z.array(outletAggregate),
  words: termCounts,
});
export type CorpusComparison = z.infer<typeof corpusComparison>;

/** The prior's weight in tokens (see compare/log-odds notes in the pipeline). */
export const ALPHA_0 = 1000;

/**
 * Monroe, Colaresi and Quinn (2008), "Fightin' Words", eq. 16 and 18-20: the log-odds ratio of a term
 * between texts i and j with an informative Dirichlet prior (pseudo-count `a` for the term, `a0` for
 * all), divided by its approximate standard deviation. Positive: i uses the term more. Kept here so
 * the pipeline and the browser compute the very same score.
 */
export function logOddsZ(yi: number, ni: number, yj: number, nj: number, a: number, a0: number): number {
  if (a <= 0) return 0;
  const di = Math.log((yi + a) / (ni + a0 - yi - a));
  const dj = Math.log((yj + a) / (nj + a0 - yj - a));
  return (di - dj) / Math.sqrt(1 / (yi + a) + 1 / (yj + a));
}

/** Which comparison shard holds an event: FNV-1a of its id, so the app finds it without an index. */
export function comparisonShard(eventId: string, shardCount: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < eventId.length; i++) {
    h ^= eventId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return shardCount > 0 ? h % shardCount : 0;
}
