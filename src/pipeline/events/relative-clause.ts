/**
 * Whether `at` lies inside a relative clause opened after `from` and not closed before `at`: one
 * opened by "which", "who", "whom" or "whose", or by "where" after a comma, with no comma,
 * semicolon, dash or bracket since. Such a clause says what a noun is ("the countries which took
 * part in the war", "Panmunjom, where the two sides ended the war in 1953"): its verb is not the
 * sentence's event, and its year does not date it. The comma of a date ("March 16, 2016") closes
 * nothing. Left out: "that" ("said that in 2019 ..." reports) and ", when", whose clause is often
 * the news itself ("on January 1, when Kim said he was interested in talks").
 */
export function inRelativeClause(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  return RELATIVE_CLAUSE_OPEN.test(before.includes(",") ? before.replace(DATE_COMMA, "$1") : before);
}

const RELATIVE_CLAUSE_OPEN = /(?:\b(?:which|who|whom|whose)\b|,\s+where\b)[^,;—–()]*$/i;
const DATE_COMMA = /(\b\d{1,2}),(?=\s+\d{4}\b)/g;
