import type { PublishedBasis } from "../../schema/article.ts";
import type { RawArticle } from "../read/raw-article.ts";
import type { Dateline } from "./dateline.ts";
import type { CorpusContext } from "./infer-date.ts";
import { inferPublicationDate } from "./infer-date.ts";
import type { PageHeader } from "./page-header.ts";
import { parseExplicitDate } from "./parse-date.ts";

export type PublicationDate =
  | { ok: true; value: string; basis: PublishedBasis; how?: string; warnings: string[] }
  | { ok: false; reason: string; warnings: string[] };

/**
 * Decides an article's publication date from the evidence, most trustworthy first: explicit
 * metadata, the page's `Date:` field, the dateline with the corpus's year, inference from the text,
 * and last the date line at the top of a pasted page (often the day it was copied, not published).
 */
export function resolvePublicationDate(
  raw: RawArticle,
  header: PageHeader,
  dateline: Dateline | undefined,
  body: string,
  corpus: CorpusContext,
): PublicationDate {
  const warnings: string[] = [];
  const explicit = raw.meta.published ?? raw.extracted?.publishedTime;
  if (explicit) {
    const chosen = choose(explicit, dateline, warnings, "the published field");
    if (chosen) return { ok: true, value: chosen, basis: "metadata", warnings };
  }
  if (header.dateField) {
    const chosen = choose(header.dateField, dateline, warnings, "the page's Date field");
    if (chosen) {
      const how = dateline?.month
        ? `the page's Date field, read in the order the dateline confirms`
        : undefined;
      return { ok: true, value: chosen, basis: "header", ...(how ? { how } : {}), warnings };
    }
  }
  if (dateline?.month !== undefined && dateline.day !== undefined) {
    const year = corpus.years[0];
    if (year !== undefined) {
      const value = `${year}-${pad(dateline.month)}-${pad(dateline.day)}`;
      if (parseExplicitDate(value).ok) {
        return {
          ok: true,
          value,
          basis: "dateline",
          how: `the dateline's day, year ${year} from the corpus`,
          warnings,
        };
      }
    }
  }
  const inferred = inferPublicationDate(body, corpus);
  if (inferred) return { ok: true, value: inferred.value, basis: "inferred", how: inferred.how, warnings };
  for (const top of header.topDates) {
    const parsed = parseExplicitDate(top.replace(/(\d{4})\s*\S.*$/, "$1"));
    if (parsed.ok) {
      warnings.push(`dated by "${top}" at the top of the page, which may be the day it was copied`);
      return {
        ok: true,
        value: parsed.value,
        basis: "header",
        how: "the date line at the top of the page",
        warnings,
      };
    }
  }
  return {
    ok: false,
    reason: "no publication date: none given, and the text does not constrain one",
    warnings,
  };
}

/** Parses an explicit date; resolves day-first/month-first with the dateline; reports what it cannot read. */
function choose(
  raw: string,
  dateline: Dateline | undefined,
  warnings: string[],
  where: string,
): string | undefined {
  const parsed = parseExplicitDate(raw);
  if (!parsed.ok) {
    warnings.push(`${where}: ${parsed.reason}; looked for the date elsewhere`);
    return undefined;
  }
  if (!parsed.alternatives) return parsed.value;
  const confirmed = dateline?.month
    ? parsed.alternatives.find(
        (day) => Number(day.slice(5, 7)) === dateline.month && Number(day.slice(8, 10)) === dateline.day,
      )
    : undefined;
  if (confirmed) return confirmed;
  warnings.push(
    `${where}: "${raw}" can be read day-first or month-first; took month-first (${parsed.value})`,
  );
  return parsed.value;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
