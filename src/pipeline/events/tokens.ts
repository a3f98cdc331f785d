/** A word of the text with its UTF-16 offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words keep inner apostrophes, hyphens and periods ("People's", "Jong-un", "U.S.A.").
const WORD = /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*\.?/gu;
const KEEPS_PERIOD =
  /^(?:(?:\p{Lu}\.)+|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.|Gov\.|Gen\.|Lt\.|Col\.|St\.|Jr\.|Adm\.)$/u;

/** The words of `text` between `from` and `to`; a trailing period stays only on abbreviations. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  for (const match of text.slice(from, to).matchAll(WORD)) {
    const start = match.index + from;
    let word = match[0];
    if (word.endsWith(".") && !KEEPS_PERIOD.test(word)) word = word.slice(0, -1);
    tokens.push({ text: word, start, end: start + word.length });
  }
  return tokens;
}

// The same pattern for the scanners below, which step through it with exec(): matchAll() copies
// its regex's lastIndex, so `tokenize` must never share a regex that a scan left mid-text.
const SCAN = new RegExp(WORD.source, WORD.flags);

/** The words of `text` alone, without offsets: `tokenize` for callers that only count words. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  SCAN.lastIndex = 0;
  for (let match = SCAN.exec(text); match !== null; match = SCAN.exec(text)) {
    const word = match[0];
    words.push(word.endsWith(".") && !KEEPS_PERIOD.test(word) ? word.slice(0, -1) : word);
  }
  return words;
}

/** Whether `text` has at least `n` words, counted as `tokenize` counts them, without making tokens. */
export function hasWords(text: string, n: number): boolean {
  if (n <= 0) return true;
  SCAN.lastIndex = 0;
  let count = 0;
  while (SCAN.exec(text) !== null) if (++count >= n) return true;
  return false;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Lower-case word with its possessive and plural "s" removed and a light suffix stem: terms to compare. */
export function stem(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/[’']s$/, "")
    .replace(/[’'.]/g, "");
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("es") && /(?:ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}
