/**
 * Junk that pasted web pages carry around the story. Each rule is a line-level test because pasted
 * text keeps the page's blocks as lines; what a rule removes never carries the story itself.
 */

/** Where the story ends and the page's furniture begins: everything from here on goes. */
const TAIL_STARTS: RegExp[] = [
  /^More (?:From|from|Stories from|stories from|on|in) \S.*$/,
  /^(?:Related|Recommended|Trending|Most Read|Most Popular|Read More|Read Next|You May Also Like|Up Next)(?: (?:Stories|Articles|Coverage|Content))?:?$/i,
  /^More Articles$/i,
];

/** Single lines of page chrome. */
const JUNK_LINES: RegExp[] = [
  /^Read (?:the )?original (?:version|article|story)(?: at source| here)?\.?$/i,
  /^(?:Share|Tweet|Email|Print|Comment|Comments|Save|Copy link|Facebook|Twitter|LinkedIn|WhatsApp|Reddit|Pinterest|Flipboard)(?:\s*(?:[|/·•]|on)?\s*(?:Share|Tweet|Email|Print|Comment|Comments|Save|Copy link|Facebook|Twitter|LinkedIn|WhatsApp|Reddit|Pinterest|Flipboard|this|article|story))*$/i,
  /^(?:Share|Click) (?:this|to share)(?: (?:article|story|on \w+))?\.?$/i,
  // An audio player and share strip in one line: "LISTEN TO ARTICLE 4:55 SHARE THIS ARTICLE Share Tweet Post Email".
  /^(?:Listen to (?:this )?(?:article|story)(?:\s+\d{1,2}:\d{2})?|Share this (?:article|story))(?:\s+(?:Share this (?:article|story)|Share|Tweet|Post|Email|Print|Save))*$/i,
  // A video embed of CNN pages: "JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 01:48".
  /^JUST WATCHED\s.{0,200}\b(?:Replay|MUST WATCH)\b.{0,200}$/,
  /^(?:Advertisement|ADVERTISEMENT|Skip Ad|Continue Reading Below|Story continues below(?: advertisement)?|Story Continued Below|Scroll to continue(?: with content)?)$/i,
  /^Slideshow \(\d+ Images?\)$/i,
  /^(?:Copyright\s*)?©\s*\d{4}\b.{0,160}$/i,
  /^Sign up for .{0,60}Newsletters?(?: Manage Newsletters)?$/i,
  /^(?:Sign up|Subscribe)(?: now| today)? (?:for|to) (?:our|the) .{0,80}(?:newsletter|updates|alerts)\.?$/i,
  /^(?:CLICK HERE|Click here) (?:TO|to|for) .{0,120}$/,
  /^(?:Photo|Image|Video)(?: credit)?: .{0,120}$/,
];

/**
 * A politician's hover card, pasted inline (The Hill): the name as the story gives it, then the
 * card's full name run into the first of its headlines, then more headlines and "MORE":
 * "Sen. Cory Gardner Cory Scott GardnerTariffs threaten 1.5M jobs: Study ... MORE (R-Colo.)". The
 * card starts at the full name that ends in the story's surname glued to a capital letter, and
 * ends at "MORE"; the story's own name before it stays. Read as names, the card made people of
 * "Cory Gardner Cory Scott GardnerTariffs" and "Trump Donald John TrumpGOP".
 */
const NAME_CARD =
  /(?<=\b(\p{Lu}[\p{Ll}'’-]+))\s+(?:[\p{Lu}(][\p{L}.'’()-]*\s+){0,4}\1(?=\p{Lu})[^\n]{0,400}?\sMORE\b/gu;

/** The end-of-story mark of wire and state-media copy: "-0-", "-30-", "###", "(END)". */
const END_MARK = /\s*(?:-0-|-30-|###|\(END\)|\(end\))\s*$/;

/**
 * An all-capitals line of several words between paragraphs is a link to another story (Fox News
 * pages put "NORTH KOREA SAYS ... 'REGRETTABLE'" between paragraphs). Acronym-only lines and
 * short shouts ("BREAKING") are not, so at least four words and mostly letters are required.
 */
function isShoutedHeadline(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length < 4) return false;
  const letters = line.replace(/[^A-Za-z]/g, "");
  return letters.length >= 15 && letters === letters.toUpperCase() && !/[.]$/.test(line);
}

function withoutNameCards(line: string, removed: BoilerplateResult["removed"]): string {
  if (!line.includes("MORE")) return line;
  return line.replace(NAME_CARD, (card) => {
    removed.push({ line: card.trim(), rule: "name card" });
    return "";
  });
}

export interface BoilerplateResult {
  lines: string[];
  /** What was removed and why, for tests and for the curious. */
  removed: { line: string; rule: string }[];
}

/** Removes page furniture from the lines of a story body; keeps the story lines in order. */
export function removeBoilerplate(lines: string[]): BoilerplateResult {
  const removed: BoilerplateResult["removed"] = [];
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (TAIL_STARTS.some((rule) => rule.test(line))) {
      for (const rest of lines.slice(i))
        if (rest.trim()) removed.push({ line: rest.trim(), rule: "story list" });
      break;
    }
    if (JUNK_LINES.some((rule) => rule.test(line))) {
      removed.push({ line, rule: "page chrome" });
      continue;
    }
    if (isShoutedHeadline(line)) {
      removed.push({ line, rule: "link to another story" });
      continue;
    }
    kept.push(withoutNameCards(lines[i]!, removed));
  }
  // The end mark closes the story: anything after it on later lines is page furniture too.
  for (let i = 0; i < kept.length; i++) {
    if (END_MARK.test(kept[i]!)) {
      kept[i] = kept[i]!.replace(END_MARK, "");
      for (const rest of kept.splice(i + 1))
        if (rest.trim()) removed.push({ line: rest.trim(), rule: "after end mark" });
      removed.push({ line: "-0-", rule: "end mark" });
      break;
    }
  }
  return { lines: kept, removed };
}
