/**
 * "Fox News' Adam Shaw contributed to this report." closes many stories. It is not part of the story,
 * but it names the outlet (the possessive: the reporter works there) and the people who helped.
 * "The Associated Press contributed to this report." names a wire whose copy was used, which is not
 * the outlet of the article, so only the possessive form identifies the outlet.
 */
const CONTRIBUTOR =
  /^(?:(?<outlet>[A-Z][\w.&' -]*?)(?:'s|’s|'|’) )?(?<people>[A-Z][\w.' -]*?(?:(?:,| and) [A-Z][\w.' -]*?)*) contributed to this (?:report|story|article)\.?$/;

export interface ContributorLine {
  /** Outlet named in the possessive, when there is one. */
  outlet?: string;
  contributors: string[];
  line: string;
}

export function parseContributorLine(line: string): ContributorLine | undefined {
  // Cheap guards first: the pattern backtracks on long lines, and real contributor lines are short.
  if (line.length > 300 || !/contributed to this/.test(line)) return undefined;
  const match = CONTRIBUTOR.exec(line.trim());
  if (!match?.groups) return undefined;
  const people = (match.groups.people ?? "")
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const result: ContributorLine = { contributors: people, line: line.trim() };
  if (match.groups.outlet) result.outlet = match.groups.outlet.trim();
  return result;
}

/** Takes contributor lines off the end of the story (they may be followed by blank lines only). */
export function takeContributorLines(lines: string[]): { lines: string[]; found: ContributorLine[] } {
  const kept = [...lines];
  const found: ContributorLine[] = [];
  while (kept.length > 0) {
    const last = kept[kept.length - 1]!;
    if (last.trim() === "") {
      kept.pop();
      continue;
    }
    const parsed = parseContributorLine(last);
    if (!parsed) break;
    found.unshift(parsed);
    kept.pop();
  }
  return { lines: kept, found };
}
