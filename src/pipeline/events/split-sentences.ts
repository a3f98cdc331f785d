/** A sentence of an article: UTF-16 offsets into the article's text. */
export interface Sentence {
  start: number;
  end: number;
  /** 0-based index of the paragraph (blank-line or line-break separated) that holds it. */
  paragraph: number;
}

// Abbreviations that end in a period without ending a sentence. News text is full of them
// ("U.S. officials", "Mr. Kim", "Sen. Graham"), which is where naive splitters fail.
const ABBREVIATIONS = new Set(
  "mr mrs ms dr gen lt col maj capt sgt sen rep gov st jr sr prof rev no vs etc inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n u.s.a d.c n p.m a.m".split(
    " ",
  ),
);

/**
 * Splits text into sentences by line breaks and end punctuation. A period after an abbreviation or
 * a single capital ("U.S.", "John F. Kennedy") does not end a sentence unless a capitalised word
 * that is not a name continuation follows on a new line.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lastLineEnd = 0;
  for (const line of text.matchAll(/[^\n]+/g)) {
    if (sentences.length > 0 && line.index > lastLineEnd) paragraph += 1;
    lastLineEnd = line.index + line[0].length;
    splitLine(line[0], line.index, paragraph, sentences);
  }
  return sentences;
}

function splitLine(line: string, offset: number, paragraph: number, out: Sentence[]): void {
  const endRe = /([.!?]+)([”"’')\]]*)(\s+)(?=[“"‘'([]?[A-Z0-9])/g;
  let start = 0;
  for (const match of line.matchAll(endRe)) {
    const before = line.slice(start, match.index);
    const word = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? "";
    if (match[1] === "." && !match[2] && (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word))) continue;
    const end = match.index + match[1]!.length + match[2]!.length;
    pushTrimmed(line, start, end, offset, paragraph, out);
    start = end + match[3]!.length;
  }
  pushTrimmed(line, start, line.length, offset, paragraph, out);
}

function pushTrimmed(
  line: string,
  from: number,
  to: number,
  offset: number,
  paragraph: number,
  out: Sentence[],
): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(line[s]!)) s++;
  while (e > s && /\s/.test(line[e - 1]!)) e--;
  if (e > s) out.push({ start: offset + s, end: offset + e, paragraph });
}
