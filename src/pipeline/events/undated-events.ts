import type { ReportEntry } from "../../schema/report.ts";
import type { CleanArticle } from "../clean/clean-article.ts";
import type { EventMention } from "./find-mentions.ts";
import type { Sentence } from "./split-sentences.ts";

// "their historic summit in Singapore": a named happening with a place but no date anywhere near.
const PLACED_EVENT =
  /\b(?:summit|meeting|talks|conference|visit)\s+(?:in|at)\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)*)/u;

/**
 * Events the text names with a place but never dates are left off the calendar rather than given
 * a made-up day; the report says so, with the words that named them.
 */
export function undatedEventWarnings(
  article: CleanArticle,
  sentences: Sentence[],
  mentions: EventMention[],
): ReportEntry[] {
  const warnings: ReportEntry[] = [];
  for (const s of sentences) {
    if (mentions.some((m) => m.start < s.end && m.end > s.start)) continue;
    const match = PLACED_EVENT.exec(article.text.slice(s.start, s.end));
    if (!match) continue;
    warnings.push({
      file: article.file,
      ...(article.line ? { line: article.line } : {}),
      reason: `undated event left off the calendar: "${match[0]}" (${article.id}, offset ${s.start + match.index}): no date in the text`,
    });
  }
  return warnings;
}
