import type { Article } from "../../schema/article.ts";
import type { ReportEntry } from "../../schema/report.ts";
import { shortHash } from "../hash.ts";
import type { RawArticle } from "../read/raw-article.ts";
import { removeBoilerplate } from "./boilerplate.ts";
import { takeContributorLines } from "./contributor-line.ts";
import { parseDateline } from "./dateline.ts";
import type { CorpusContext } from "./infer-date.ts";
import { inferTitle } from "./infer-title.ts";
import { parsePageHeader } from "./page-header.ts";
import { resolvePublicationDate } from "./publication-date.ts";
import type { ResolvedSource } from "./resolve-source.ts";
import { hostOf } from "./resolve-source.ts";

/** An article after cleaning, before the events stage gives it its primary event. */
export type CleanArticle = Omit<Article, "primaryEventId">;

export type CleanResult =
  | { ok: true; article: CleanArticle; warnings: ReportEntry[]; source: ResolvedSource }
  | { ok: false; rejected: ReportEntry; warnings: ReportEntry[] };

const MAX_TITLE_LENGTH = 300;

/**
 * Turns a raw article into a clean one: page furniture off, metadata decided with the most
 * trustworthy evidence first, and every inference recorded so that the app can say how it was found.
 */
export function cleanArticle(
  raw: RawArticle,
  resolveSource: (name: string) => ResolvedSource,
  corpus: CorpusContext,
): CleanResult {
  const at = raw.line === undefined ? { file: raw.file } : { file: raw.file, line: raw.line };
  const warnings: ReportEntry[] = [];
  const warn = (reason: string) => warnings.push({ ...at, reason });
  const inferred: Record<string, string> = {};

  const allLines = raw.text.split("\n");
  const header =
    raw.format === "txt" ? parsePageHeader(allLines) : { topDates: [], labels: [], bodyStart: 0 };
  const furniture = removeBoilerplate(allLines.slice(header.bodyStart));
  const contributors = takeContributorLines(furniture.lines);
  const text = toParagraphs(contributors.lines);
  if (text === "") {
    return {
      ok: false,
      rejected: { ...at, reason: "no article text left once the page furniture was removed" },
      warnings,
    };
  }
  const dateline = parseDateline(text);

  // Outlet: explicit metadata, the page's Source field, the dateline's agency, a possessive
  // contributor line, the HTML site name, then the URL's host.
  const candidates: [string | undefined, string][] = [
    [raw.meta.source, ""],
    [header.sourceField?.replace(/\s*\|.*$/, ""), "the page's Source field"],
    [dateline?.agency, "the dateline"],
    [contributors.found.find((c) => c.outlet)?.outlet, "the contributor line"],
    [raw.extracted?.siteName, "the page's site name"],
    [hostOf(raw.meta.url), "the URL"],
    [header.labels[0], "the page header"],
  ];
  // Explicit metadata wins even for an outlet sources.json does not know; otherwise the first
  // evidence naming a known outlet, then the first named at all.
  const named = candidates
    .filter((c): c is [string, string] => Boolean(c[0]?.trim()))
    .map(([name, how]) => ({ resolved: resolveSource(name), how }));
  const pick =
    (raw.meta.source?.trim() ? named[0] : undefined) ?? named.find((n) => n.resolved.known) ?? named[0];
  let source = pick?.resolved;
  if (pick?.how) inferred.source = pick.how;
  if (!source) {
    source = { id: "unknown", name: "Unknown outlet", kind: "other", known: false };
    warn("no outlet named anywhere (metadata, dateline, contributor line, URL); filed under Unknown outlet");
  } else if (!source.known) {
    warn(`outlet "${source.name}" is not described in sources.json; its kind is "other"`);
  }

  const date = resolvePublicationDate(raw, header, dateline, text, corpus);
  for (const w of date.warnings) warn(w);
  if (!date.ok) return { ok: false, rejected: { ...at, reason: date.reason }, warnings };
  if (date.how) inferred.published = date.how;

  let title = raw.meta.title ?? header.title ?? raw.extracted?.title;
  let titleInferred = false;
  if (!title && raw.format === "txt") title = headlineLine(text);
  if (!title) {
    title = inferTitle(text);
    titleInferred = true;
    inferred.title = "the main clause of the lead";
  }
  if (title.length > MAX_TITLE_LENGTH) {
    warn(`title of ${title.length} characters shortened to ${MAX_TITLE_LENGTH}`);
    title = `${title.slice(0, MAX_TITLE_LENGTH - 1)}…`;
  }
  const body =
    title && !titleInferred && text.startsWith(`${title}\n`) ? text.slice(title.length).trim() : text;

  const article: CleanArticle = {
    id: `${source.id}-${shortHash(`${source.id}\n${body}`, 16)}`,
    source: { id: source.id, name: source.name },
    title,
    titleInferred,
    published: date.value,
    publishedBasis: date.basis,
    text: body,
    file: raw.file,
  };
  if (raw.line !== undefined && raw.format !== "txt" && raw.format !== "md") article.line = raw.line;
  const url = raw.meta.url;
  if (url && isWebUrl(url)) article.url = url;
  else if (url) warn(`url "${url.slice(0, 80)}" is not an http(s) address; left out`);
  const byline = raw.meta.byline ?? header.bylineField ?? raw.extracted?.byline;
  if (byline) article.byline = byline;
  if (raw.meta.language) article.language = raw.meta.language;
  const people = contributors.found.flatMap((c) => c.contributors);
  if (people.length > 0) inferred.contributors = people.join(", ");
  if (Object.keys(inferred).length > 0) article.inferred = inferred;
  return { ok: true, article, warnings, source };
}

/** Only http(s) links reach the app: a `javascript:` or `data:` URL in metadata is an attack, not a source. */
function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

/** Lines to paragraphs: blank lines and single line breaks both separate paragraphs in pasted text. */
function toParagraphs(lines: string[]): string {
  return lines
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n\n");
}

/**
 * A pasted page without a field line may still open with its headline: a short line without a
 * final period, followed by the story. Long first lines are the lead itself.
 */
function headlineLine(text: string): string | undefined {
  const [first, rest] = [text.split("\n\n")[0] ?? "", text.split("\n\n").slice(1).join("\n\n")];
  if (!rest || first.length > 160 || first.length < 8 || /[.!?"”]$/.test(first)) return undefined;
  if (first.split(/\s+/).length < 3) return undefined;
  return first;
}
