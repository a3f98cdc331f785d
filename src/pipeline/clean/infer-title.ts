/** Longest inferred title before it is cut at a word boundary. */
const MAX_TITLE = 90;

/** Time phrases that date the lead but make a poor headline ("President Trump on Thursday said"). */
const LEAD_TIME =
  /\s+(?:on|late|early|last|this)\s+(?:(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|(?:week|month|year|night|morning|evening))\b(?:\s+(?:night|morning|evening|afternoon))?/;
/** Where a lead's main clause usually ends and background begins. */
const CLAUSE_BREAK =
  /,\s+(?:days?|weeks?|hours?|months?) (?:after|before)\b|,\s+(?:after|as|while|amid|despite|following|according to)\b|\s+[—–]\s+|;\s+/;

/**
 * A readable headline for a story pasted without one: the main clause of its lead, without the time
 * phrase, cut at a word boundary. It is marked inferred in the data, and the app says so.
 */
export function inferTitle(body: string): string {
  const paragraph =
    body
      .split(/\n+/)
      .find((p) => p.trim().length > 0)
      ?.trim() ?? "";
  const withoutDateline = paragraph.replace(/^[^()]{1,60}\([^)]{1,40}\)\s*(?:--|—|–|-)\s*/, "");
  const sentence = withoutDateline.split(/(?<=[.!?])\s+(?=[A-Z“"])/)[0] ?? withoutDateline;
  let title = sentence.replace(LEAD_TIME, "");
  const clause = CLAUSE_BREAK.exec(title);
  if (clause && clause.index > 30) title = title.slice(0, clause.index);
  title = title.replace(/[.,;:]+$/, "").trim();
  if (title.length > MAX_TITLE) {
    const cut = title.slice(0, MAX_TITLE);
    title = `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40)).replace(/[\s,;:“"]+$/, "")}…`;
  }
  return title || "Untitled article";
}
