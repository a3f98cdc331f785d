import { slugify } from "../../lib/slug.ts";
import {
  type ArticleEntities,
  countryIn,
  type LocalEntity,
  normalizeName,
  personTitle,
  surnameOf,
} from "./find-entities.ts";
import { isGivenName } from "./given-names.ts";
import { EAST_ASIAN_SURNAMES } from "./lexicon.ts";
import {
  type ArticleTable,
  addMention,
  type LinkedEntity,
  newMentionList,
  trimMentionList,
} from "./mention-list.ts";
import { capitalized, spellingKey, variantAliases } from "./name-variants.ts";

export interface ArticleRef {
  id: string;
  sourceId: string;
}

/**
 * A full name stands for its surname alone only if written in at least one article for every this
 * many that give the surname alone (see `createEntityLinker`).
 */
const SURNAME_SHARE = 20;

/** The id `link` gives a local entity that is no entity of the corpus (see `createEntityLinker`). */
export const UNLINKED = "";

export interface EntityLinker {
  /**
   * The global ids of one article's local entities, `UNLINKED` for those dropped; articles must come
   * in the order given to the linker.
   */
  link(article: ArticleRef, found: ArticleEntities): string[];
  /**
   * The places in the last linked article's occurrences of those `link` found to name someone else
   * ("the South Korean president" tied to Donald Trump by the nearest president before it), in order.
   */
  dropped(): readonly number[];
  /** The canonical name of an entity met so far. */
  nameOf(id: string): string | undefined;
  /** Every entity, in id order, once every article is linked. */
  finish(): LinkedEntity[];
}

/**
 * Links the entities of every article into corpus entities: the same normalised full name is one
 * person; a surname alone ("Trump" in a story that never gives a first name) joins the most named
 * person of the corpus with that surname, and one that joins no one and has no title is dropped.
 * Ids come from the canonical name, so they do not depend on
 * which articles are present. The surnames are settled first from the local entity lists alone
 * (small), so that each article's occurrences, the bulk of the data, can be read, linked and let go
 * in turn.
 */
export function createEntityLinker(localEntities: readonly LocalEntity[][]): EntityLinker {
  const fullNames = new Map<string, { name: string; count: number }>();
  // The people some article names in ordinary letters, not only in capitals (see `link`).
  const written = new Set<string>();
  for (const list of localEntities) {
    for (const e of list) {
      if (e.kind !== "person" || e.surnameOnly) continue;
      const key = normalizeName(e.name);
      const entry = fullNames.get(key) ?? { name: e.name, count: 0 };
      entry.count += 1;
      // "Kim Jong Un" is the name to show, not "KIM JONG UN" met first in a headline.
      if (!inCapitals(e.name)) {
        written.add(key);
        if (inCapitals(entry.name)) entry.name = e.name;
      }
      fullNames.set(key, entry);
    }
  }
  // Organisations by key, with the name first written: those named by their initials too.
  const organisations = new Map<string, { name: string; count: number }>();
  for (const list of localEntities)
    for (const e of list)
      if (e.kind === "organization") {
        const key = normalizeName(e.name);
        const entry = organisations.get(key) ?? { name: e.name, count: 0 };
        entry.count += 1;
        organisations.set(key, entry);
      }
  const initialism = initialismAliases(organisations);
  const alias = initialAliases(fullNames.keys());
  const join = (variant: string, key: string) => {
    fullNames.get(key)!.count += fullNames.get(variant)!.count;
    if (written.has(variant)) written.add(key);
    fullNames.delete(variant);
  };
  for (const [variant, key] of alias) join(variant, key);
  // Then spellings of one name ("Kang Kyong Hwa", "Kang Kyung-wha"): the outlets that write one and
  // those that write the other name the same person, which the naming table is there to show.
  for (const [variant, key] of variantAliases(fullNames)) {
    join(variant, key);
    for (const [from, to] of alias) if (to === variant) alias.set(from, key);
    alias.set(variant, key);
  }
  // In how many articles each surname stands alone: a full name written in one article of the
  // hundreds that give the surname alone is a misreading ("Whatever Trump", "Oppose Trump's visit!"
  // in a KCNA corpus that never writes Donald Trump), not the person they all mean.
  const aloneIn = new Map<string, number>();
  // Surnames some article gives a person's title or role ("President Trump"): a person wherever
  // else they stand alone, with or without a full name.
  const titledAlone = new Set<string>();
  for (const list of localEntities)
    for (const e of list)
      if (e.kind === "person" && e.surnameOnly) {
        const key = normalizeName(e.name);
        aloneIn.set(key, (aloneIn.get(key) ?? 0) + 1);
        if (e.roles.length > 0 || e.titles.some(personTitle)) titledAlone.add(key);
      }
  const bySurname = new Map<string, { key: string; count: number }>();
  for (const [key, { name, count }] of fullNames) {
    const surname = normalizeName(surnameOf(name));
    if (count * SURNAME_SHARE < (aloneIn.get(surname) ?? 0)) continue;
    const best = bySurname.get(surname);
    if (!best || count > best.count || (count === best.count && key < best.key))
      bySurname.set(surname, { key, count });
  }

  const people = evidencedPeople(localEntities, alias, bySurname);

  const nationality = nationalities(localEntities, (e) => {
    const key = normalizeName(e.name);
    return e.surnameOnly ? bySurname.get(key)?.key : (alias.get(key) ?? key);
  });
  let dropped: number[] = [];

  const entities = new Map<string, LinkedEntity & { aliases: string[]; titles: string[] }>();
  const articles: ArticleTable = { ids: [], sourceIds: [] };
  // Maps beside the lists: a much-named leader has hundreds of forms, checked for every occurrence.
  // Each form's place in the entity's packed mention texts.
  const seenAliases = new Map<string, Map<string, number>>();
  const seenTitles = new Map<string, Set<string>>();
  return {
    link(article, a) {
      const local: string[] = [];
      // Each local person's key, for its nationality.
      const keys: (string | undefined)[] = [];
      dropped = [];
      const articleNumber = articles.ids.push(article.id) - 1;
      articles.sourceIds.push(article.sourceId);
      for (const e of a.entities) {
        let key = normalizeName(e.name);
        if (e.kind === "person") key = alias.get(key) ?? key;
        if (e.kind === "person" && e.surnameOnly) {
          // The full name it stands for, when that is someone's ("the ferry Sewol" is not "Ferry Sewol").
          const named = bySurname.get(key);
          const full = named && people.has(named.key) ? named : undefined;
          // A lone capitalised word that no article completes to a full name and none gives a
          // person's title or role (`titledAlone`) is, in news text, almost never a person: places ("Ohio",
          // "Monterey"), outlets ("Reuters"), plurals and words capitalised mid-line ("Diplomats",
          // "Meet"), a run's last word after a word taken for a title ("Security Law"). On usdprk,
          // about 400 of 430 such "people" were these.
          if (!full && (named || !titledAlone.has(key))) {
            local.push(UNLINKED);
            continue;
          }
          key = full?.key ?? key;
        }
        // A run in capitals that no article writes in ordinary letters is a subheading, a caption
        // or a slogan ("FAKE NEWS", "NEXT STEPS", "FILE PHOTO": 20 such "people" on usdprk), not
        // someone's name; a name also written ordinarily ("KIM JONG UN") is that person.
        if (e.kind === "person" && inCapitals(e.name) && !written.has(key)) {
          local.push(UNLINKED);
          continue;
        }
        // A full name the corpus never treats as someone's (no person's title or role, never saying
        // or meeting anything, itself or by its surname alone) and that has no name's shape is a
        // capitalised run that nothing else claimed: exercises ("Foal Eagle"), ships ("Ferry
        // Sewol"), page furniture ("Email Sign Up"), nicknames (see `evidencedPeople`).
        if (e.kind === "person" && !e.surnameOnly && !people.has(key)) {
          local.push(UNLINKED);
          continue;
        }
        if (e.kind === "person") keys[local.length] = key;
        if (e.kind === "organization") key = initialism.get(key) ?? key;
        const name =
          e.kind === "person"
            ? (fullNames.get(key)?.name ?? e.name)
            : e.kind === "organization"
              ? (organisations.get(key)?.name ?? e.name)
              : e.name;
        const id = `${e.kind === "organization" ? "org" : e.kind}-${slugify(key)}`;
        local.push(id);
        let entity = entities.get(id);
        if (!entity) {
          entity = { id, name, kind: e.kind, mentions: newMentionList(articles), aliases: [], titles: [] };
          entities.set(id, entity);
          seenAliases.set(id, new Map());
          seenTitles.set(id, new Set());
        }
        const titles = seenTitles.get(id)!;
        for (const t of e.titles)
          if (!titles.has(t)) {
            titles.add(t);
            entity.titles.push(t);
          }
      }
      for (const [n, o] of a.occurrences.entries()) {
        if (local[o.entity] === UNLINKED) continue;
        // The article ties a description to the person of that role named nearest; one of another
        // country than the corpus gives that person is somebody the article does not name.
        if (o.form === "description") {
          const own = nationality.get(keys[o.entity] ?? "");
          const said = own === undefined ? undefined : countryIn(kcnaCase(o.text));
          // "the Korean leader" may be of either Korea.
          if (said !== undefined && said !== own && !own!.endsWith(` ${said}`)) {
            dropped.push(n);
            continue;
          }
        }
        const entity = entities.get(local[o.entity]!)!;
        // One string per distinct form, shared by its mentions: millions of "Kim Jong Un" otherwise.
        const aliases = seenAliases.get(entity.id)!;
        let text = aliases.get(o.text);
        if (text === undefined) {
          text = entity.mentions.texts.push(o.text) - 1;
          aliases.set(o.text, text);
          entity.aliases.push(o.text);
        }
        addMention(entity.mentions, articleNumber, o.start, o.end, text, o.form);
      }
      return local;
    },
    dropped() {
      return dropped;
    },
    nameOf(id) {
      return entities.get(id)?.name;
    },
    finish() {
      const list = [...entities.values()].sort((x, y) => (x.id < y.id ? -1 : 1));
      for (const e of list) {
        trimMentionList(e.mentions);
        e.aliases.sort();
        e.titles.sort();
      }
      return list;
    },
  };
}

/**
 * Full names with middle initials ("donald j trump") that stand for the same name without them
 * ("donald trump"), when the corpus has that name and no other initials for it: "George W. Bush"
 * and "George H. W. Bush" are two people, and neither is joined to a plain "George Bush". The plain
 * name may give the short first name ("Chuck Schumer" for "Charles E. Schumer"). Korean and
 * Chinese names keep their one-letter syllables ("Ri U Song").
 */
function initialAliases(keys: Iterable<string>): Map<string, string> {
  const all = new Set(keys);
  // Two-word names by their spelling, for a plain name given by its short first name ("Chuck
  // Schumer" for "Charles E. Schumer").
  const bySpelling = new Map<string, string[]>();
  for (const key of all)
    if (key.split(" ").length === 2) {
      const spelling = spellingKey(key);
      bySpelling.set(spelling, [...(bySpelling.get(spelling) ?? []), key]);
    }
  const variants = new Map<string, string[]>();
  for (const key of all) {
    const parts = key.split(" ");
    if (parts.length < 3 || EAST_ASIAN_SURNAMES.has(capitalized(parts[0]!))) continue;
    const middle = parts.slice(1, -1);
    if (!middle.every((p) => p.length === 1)) continue;
    const written = `${parts[0]} ${parts[parts.length - 1]}`;
    const spelled = bySpelling.get(spellingKey(written));
    const plain = all.has(written) ? written : spelled?.length === 1 ? spelled[0]! : undefined;
    if (plain !== undefined) variants.set(plain, [...(variants.get(plain) ?? []), key]);
  }
  const alias = new Map<string, string>();
  for (const [plain, list] of variants) if (list.length === 1) alias.set(list[0]!, plain);
  return alias;
}

/**
 * The keys of the full names some article treats as a person's (`LocalEntity.personal`: a person's
 * title, a role, saying or meeting; in another article by the surname alone, which stands for this
 * name there), or shaped as a name: a common first name and a surname ("Hillary Clinton", named in
 * passing), or an East Asian name ("Ri Sol Ju", "Peng Liyuan"), whose family name opens it and
 * which lists of officials give bare.
 */
function evidencedPeople(
  localEntities: readonly LocalEntity[][],
  alias: ReadonlyMap<string, string>,
  bySurname: ReadonlyMap<string, { key: string }>,
): Set<string> {
  const people = new Set<string>();
  for (const list of localEntities)
    for (const e of list) {
      if (e.kind !== "person") continue;
      const key = normalizeName(e.name);
      if (e.surnameOnly) {
        // "Narang said" in one article is evidence for the Vipin Narang of another; a bare
        // capitalised word ("at Andrews", "the Sewol") is none.
        const full = e.personal ? bySurname.get(key) : undefined;
        if (full) people.add(full.key);
      } else if (e.personal || eastAsianName(e.name) || westernName(e.name))
        people.add(alias.get(key) ?? key);
    }
  return people;
}

/**
 * A common first name, then one to three capitalised words or initials ("Hillary Clinton", "Carol
 * D. Leonnig", "Beto O’Rourke", "Brad Brooks-Rubin").
 */
function westernName(name: string): boolean {
  const parts = name.split(" ");
  return (
    parts.length >= 2 &&
    parts.length <= 4 &&
    isGivenName(parts[0]!) &&
    parts.slice(1).every((p) => /^\p{Lu}(?:\.|[\p{L}'’-]*\p{Ll})$/u.test(p))
  );
}

/**
 * A family name from the list, then one or two capitalised given-name words or syllables ("Moon
 * Jae-in", "Kim Yo Jong", "Ri U Song", "Ahn Young-Joon").
 */
function eastAsianName(name: string): boolean {
  const parts = name.split(" ");
  return (
    parts.length >= 2 &&
    parts.length <= 3 &&
    EAST_ASIAN_SURNAMES.has(parts[0]!) &&
    parts.slice(1).every((p) => /^\p{Lu}\p{Ll}*(?:-\p{L}\p{Ll}*)?$/u.test(p))
  );
}

/**
 * Each person's country, by key, where the articles tie them to one ("U.S. President Donald Trump",
 * "North Korean leader Kim Jong Un"): the one most articles give, of ties the first by name.
 */
function nationalities(
  localEntities: readonly LocalEntity[][],
  keyOf: (e: LocalEntity) => string | undefined,
): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const list of localEntities)
    for (const e of list) {
      if (e.kind !== "person" || e.country === undefined) continue;
      const key = keyOf(e);
      if (key === undefined) continue;
      const counts = votes.get(key) ?? new Map<string, number>();
      counts.set(e.country, (counts.get(e.country) ?? 0) + 1);
      votes.set(key, counts);
    }
  const chosen = new Map<string, string>();
  for (const [key, counts] of votes) {
    const [country] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    chosen.set(key, country);
  }
  return chosen;
}

/**
 * Organisations named by their initials ("WPK", "UN", "KCNA") that stand for the organisation the
 * corpus names in full ("Workers' Party of Korea", "United Nations", "Korean Central News Agency"),
 * by key: the outlets that write one form and those that write the other name the same body. Of
 * several full names with the same initials, one named in three times as many articles as any
 * other is meant (the others are misspellings: "Unites Nations", "Korea Central News Agency");
 * without one, the initials are left alone.
 */
function initialismAliases(
  organisations: ReadonlyMap<string, { name: string; count: number }>,
): Map<string, string> {
  const byInitials = new Map<string, { key: string; count: number }[]>();
  for (const [key, { name, count }] of organisations) {
    const words = name.split(/\s+/).filter((w) => !INITIALISM_SKIPS.has(w.toLowerCase()));
    if (words.length < 2) continue;
    const initials = words.map((w) => w[0]!.toUpperCase()).join("");
    byInitials.set(initials, [...(byInitials.get(initials) ?? []), { key, count }]);
  }
  const alias = new Map<string, string>();
  for (const [key, { name }] of organisations) {
    if (!/^\p{Lu}{2,6}$/u.test(name)) continue;
    const [first, second] = (byInitials.get(name) ?? []).sort(
      (a, b) => b.count - a.count || (a.key < b.key ? -1 : 1),
    );
    if (first && (!second || first.count >= 3 * second.count)) alias.set(key, first.key);
  }
  return alias;
}
const INITIALISM_SKIPS = new Set(["of", "the", "and", "for", "&", "on", "in"]);

/** KCNA writes "south Korean" and "north Korean" in lower case: the country is still that Korea. */
function kcnaCase(text: string): string {
  return text.replace(/\b(north|south)(?= Korea)/g, (w) => w[0]!.toUpperCase() + w.slice(1));
}

/** Whether a name is written all in capitals ("KIM JONG UN"), as headlines and captions are. */
function inCapitals(name: string): boolean {
  return name === name.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(name);
}
