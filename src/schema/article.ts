import { z } from "zod";
import { publishedDate } from "./dates.ts";

export const publishedBases = ["metadata", "dateline", "header", "inferred"] as const;
export const publishedBasis = z.enum(publishedBases);
export type PublishedBasis = z.infer<typeof publishedBasis>;

/** A time expression found in an article's text; offsets are UTF-16 into `text`. */
export const timex = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** TimeML TIMEX3 value of a date expression: 2018-07-12, 2018-07, 2018-W28, 2018-Q3, 2018-SU, 201X, PAST_REF, ... */
  value: z.string(),
});
export type Timex = z.infer<typeof timex>;

/** One cleaned article (contract §3). Fields after `file` extend the contract. */
export const article = z.object({
  id: z.string().min(1),
  source: z.object({ id: z.string().min(1), name: z.string().min(1) }),
  title: z.string().min(1),
  titleInferred: z.boolean(),
  published: publishedDate,
  publishedBasis,
  url: z.string().optional(),
  byline: z.string().optional(),
  text: z.string(),
  /** The article's main event; empty only when no event could be found in it. */
  primaryEventId: z.string(),
  /** The input file, relative to the input folder. */
  file: z.string(),
  /** 1-based line of the article in a `.jsonl` file, or of the element in a `.json` array when known. */
  line: z.number().int().positive().optional(),
  language: z.string().optional(),
  /** How the other metadata was found, when it was not given explicitly: `{ source: "contributor line" }`. */
  inferred: z.record(z.string(), z.string()).optional(),
  timexes: z.array(timex).optional(),
});
export type Article = z.infer<typeof article>;
export const articlesFile = z.array(article);
