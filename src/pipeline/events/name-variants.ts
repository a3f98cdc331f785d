import { EAST_ASIAN_SURNAMES } from "./lexicon.ts";

/**
 * Short forms of English first names, each to the form news uses in full: "Jim Mattis" and
 * "James Mattis" are one man. A form that stands for several full names ("Steve": Steven or
 * Stephen) stands for the one met in this news.
 */
const NICKNAMES: Record<string, string> = {
  jim: "james",
  jimmy: "james",
  mike: "michael",
  bill: "william",
  billy: "william",
  bob: "robert",
  bobby: "robert",
  rob: "robert",
  joe: "joseph",
  tom: "thomas",
  tommy: "thomas",
  dave: "david",
  chris: "christopher",
  steve: "steven",
  josh: "joshua",
  dan: "daniel",
  danny: "daniel",
  matt: "matthew",
  nick: "nicholas",
  tony: "anthony",
  rick: "richard",
  rich: "richard",
  ben: "benjamin",
  sam: "samuel",
  jeff: "jeffrey",
  greg: "gregory",
  pat: "patrick",
  ken: "kenneth",
  andy: "andrew",
  alex: "alexander",
  don: "donald",
  ron: "ronald",
  larry: "lawrence",
  jerry: "gerald",
  chuck: "charles",
  charlie: "charles",
  liz: "elizabeth",
  kate: "katherine",
  jen: "jennifer",
  sue: "susan",
  doug: "douglas",
  fred: "frederick",
  phil: "philip",
  tim: "timothy",
  zach: "zachary",
  rudy: "rudolph",
};

/**
 * What stays of a normalised full name ("kang kyung wha") when the ways news spells one name are
 * set aside: short first names, word breaks, doubled letters, and the romanisations of Korean and Arabic
 * names, where outlets differ most ("Kang Kyung-wha" and KCNA's "Kang Kyong Hwa", "Choe Son Hui"
 * and "Choe Sun Hui", "Muammar Gaddafi" and "Moammar Qadhafi"). Lossy on purpose, and only ever
 * compared within one corpus, where two people whose names differ only so are rare. Initials stay:
 * "George W. Bush" and "George H. W. Bush" are two (`initialAliases` in link-entities.ts joins a
 * name with initials to the plain name when that is safe).
 */
export function spellingKey(key: string): string {
  const words = key.split(" ");
  const first = NICKNAMES[words[0]!] ?? words[0]!;
  return [first, ...words.slice(1)]
    .join("")
    .replace(/eo/g, "o")
    .replace(/wha/g, "hwa")
    .replace(/oi/g, "oe")
    .replace(/u/g, "o")
    .replace(/[qg]/g, "k")
    .replace(/([dk])h/g, "$1")
    .replace(/(.)\1+/g, "$1");
}

/**
 * Full names of the corpus (by normalised key, with how many articles give each) that are spellings
 * of another: by key, the key of the one most named among those of the same `spellingKey`; and a
 * name without its middle name ("Sarah Sanders") joined to the one name with it ("Sarah Huckabee
 * Sanders"), the less named to the more, when the corpus has only one such longer name.
 */
export function variantAliases(names: ReadonlyMap<string, { count: number }>): Map<string, string> {
  const bySpelling = new Map<string, string[]>();
  for (const key of names.keys()) {
    if (!key.includes(" ")) continue;
    const spelling = spellingKey(key);
    bySpelling.set(spelling, [...(bySpelling.get(spelling) ?? []), key]);
  }
  const alias = new Map<string, string>();
  const mostNamed = (keys: string[]) =>
    [...keys].sort((a, b) => names.get(b)!.count - names.get(a)!.count || (a < b ? -1 : 1))[0]!;
  for (const keys of bySpelling.values()) {
    if (keys.length < 2) continue;
    const canonical = mostNamed(keys);
    for (const key of keys) if (key !== canonical) alias.set(key, canonical);
  }
  const canonicalOf = (key: string) => alias.get(key) ?? key;
  // Middle names, over the names left once spellings are joined.
  const longer = new Map<string, Set<string>>();
  for (const key of names.keys()) {
    const words = key.split(" ");
    if (words.length !== 3 || words[1]!.length < 2 || EAST_ASIAN_SURNAMES.has(capitalized(words[0]!)))
      continue;
    const plain = `${words[0]} ${words[2]}`;
    if (!names.has(plain)) continue;
    const set = longer.get(canonicalOf(plain)) ?? new Set<string>();
    set.add(canonicalOf(key));
    longer.set(canonicalOf(plain), set);
  }
  for (const [plain, set] of longer) {
    if (set.size !== 1) continue;
    const [full] = set;
    if (full === plain) continue;
    const canonical = mostNamed([plain, full!].filter((k) => names.has(k)));
    const other = canonical === plain ? full! : plain;
    for (const [key, target] of alias) if (target === other) alias.set(key, canonical);
    alias.set(other, canonical);
  }
  return alias;
}

export function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
