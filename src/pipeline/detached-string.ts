/**
 * A copy of `s` that keeps no other string alive. V8 makes a cut of 13 characters or more a view
 * into the string it was cut from, and a join of that length a pair of pointers to its parts: a
 * title or a word cut from an article's text keeps the whole text in memory for as long as it
 * lives, which defeats letting the text go. Read back through JSON, the characters land in a string
 * of their own. Shorter strings are always copied by V8 already.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
