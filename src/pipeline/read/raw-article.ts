import type { ReportEntry } from "../../schema/report.ts";

export type InputFormat = "txt" | "md" | "html" | "json" | "jsonl";

/** Metadata given explicitly by the input (front matter, JSON fields, HTML meta tags). */
export interface ExplicitMeta {
  title?: string;
  source?: string;
  published?: string;
  url?: string;
  byline?: string;
  language?: string;
}

/** An article as read, before cleaning: the text as the file had it and what the file said about it. */
export interface RawArticle {
  file: string;
  /** 1-based line where the article starts, for multi-article files and front matter offsets. */
  line?: number;
  format: InputFormat;
  text: string;
  meta: ExplicitMeta;
  /** When the text comes from HTML, readability may already have found the title and byline. */
  extracted?: { title?: string; byline?: string; siteName?: string; publishedTime?: string };
}

export interface ReadResult {
  articles: RawArticle[];
  rejected: ReportEntry[];
  warnings: ReportEntry[];
}

export const emptyResult = (): ReadResult => ({ articles: [], rejected: [], warnings: [] });
export const rejectFile = (file: string, reason: string, line?: number): ReadResult => ({
  articles: [],
  rejected: [line === undefined ? { file, reason } : { file, line, reason }],
  warnings: [],
});
