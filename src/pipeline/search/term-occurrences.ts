/**
 * Where each term occurs, gathered in one pass over the documents (in document order, positions
 * ascending within each), then handed out term by term in the postings' text encoding.
 *
 * Each term keeps one growable Int32Array: `-(doc + 1)` when a new document starts, then that
 * document's positions. Four bytes an occurrence, where an object per document and an array of
 * positions cost ten times that: at 100,000 articles the occurrences number in the tens of millions.
 */
export class TermOccurrences {
  private readonly ids = new Map<string, number>();
  private lists: Int32Array[] = [];
  private lengths: number[] = [];
  private lastDoc: number[] = [];
  private scratch: Uint8Array = new Uint8Array(1 << 16);
  /** Occurrences appended (see `append`), read as each term is taken. */
  private tail?: { from: TermOccurrences; docs: Int32Array };

  add(term: string, doc: number, position: number): void {
    const id = this.idOf(term);
    if (this.lastDoc[id] !== doc) {
      this.lastDoc[id] = doc;
      this.push(id, -(doc + 1));
    }
    this.push(id, position);
  }

  /**
   * Adds `other`'s occurrences after this one's, its document `d` as document `docs[d]`, or left out
   * when that is negative: the same as adding them term by term in that order, but read from `other`
   * as each term is taken rather than copied here first (the copy was a tenth of a second of a
   * 10,000-article rebuild, on the files thread's way to the search files). The new numbers must
   * ascend with the old ones and come after this one's documents; `other` is this one's from then on,
   * its terms released as they are taken, and nothing more is added to either.
   */
  append(other: TermOccurrences, docs: Int32Array): void {
    if (this.tail) throw new Error("term occurrences: appended to twice");
    this.tail = { from: other, docs };
  }

  /**
   * Every term seen, in first-seen order (an appended term counts once one of its documents is kept),
   * asked before any is taken.
   */
  terms(): string[] {
    const terms = [...this.ids.keys()];
    if (!this.tail) return terms;
    const { from, docs } = this.tail;
    for (const [term, id] of from.ids) {
      if (this.ids.has(term)) continue;
      const list = from.lists[id]!;
      const length = from.lengths[id]!;
      for (let i = 0; i < length; i++) {
        if (list[i]! < 0 && docs[-list[i]! - 1]! >= 0) {
          terms.push(term);
          break;
        }
      }
    }
    return terms;
  }

  /**
   * Passes the term's postings, encoded as `encodePostings` does, to `emit`, and returns the documents
   * it occurs in, ascending. The term's storage is released: each term is taken once.
   */
  take(term: string, emit: (encoded: string) => void): Int32Array {
    const id = this.ids.get(term);
    const list = id === undefined ? RELEASED : this.lists[id]!;
    const length = id === undefined ? 0 : this.lengths[id]!;
    if (id !== undefined) this.lists[id] = RELEASED;
    // The appended occurrences of the term, and the numbers their documents take here.
    const from = this.tail?.from;
    const tailDocs = this.tail?.docs ?? RELEASED;
    const tailId = from?.ids.get(term);
    const tail = tailId === undefined ? RELEASED : from!.lists[tailId]!;
    const tailLength = tailId === undefined ? 0 : from!.lengths[tailId]!;
    if (tailId !== undefined) from!.lists[tailId] = RELEASED;
    let docCount = 0;
    for (let i = 0; i < length; i++) if (list[i]! < 0) docCount++;
    for (let i = 0; i < tailLength; i++) if (tail[i]! < 0 && tailDocs[-tail[i]! - 1]! >= 0) docCount++;
    if (docCount === 0) throw new Error(`no occurrences of "${term}"`);
    const docs = new Int32Array(docCount);
    // Written as bytes and read back as one flat string: appending piece by piece to a string makes a
    // rope of millions of nodes for the common words, several times the size of the text.
    const out = new AsciiWriter(this.scratch);
    let previousDoc = 0;
    let previousPos = 0;
    let d = 0;
    // Whether the last value written was a document's start: its first position follows without a comma.
    let afterStart = false;
    const start = (doc: number) => {
      if (d > 0) out.char(SEMICOLON);
      out.base36(doc - previousDoc);
      out.char(COLON);
      previousDoc = doc;
      previousPos = 0;
      docs[d++] = doc;
      afterStart = true;
    };
    const position = (value: number) => {
      if (!afterStart) out.char(COMMA);
      out.base36(value - previousPos);
      previousPos = value;
      afterStart = false;
    };
    for (let i = 0; i < length; i++) {
      const value = list[i]!;
      if (value < 0) start(-value - 1);
      else position(value);
    }
    let kept = false;
    for (let i = 0; i < tailLength; i++) {
      const value = tail[i]!;
      if (value < 0) {
        const doc = tailDocs[-value - 1]!;
        kept = doc >= 0;
        if (kept) start(doc);
      } else if (kept) position(value);
    }
    this.scratch = out.bytes;
    emit(out.text());
    return docs;
  }

  /** The term's number, given one (and an empty list) when it is new. */
  private idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.lists.length;
      this.ids.set(term, id);
      this.lists.push(new Int32Array(4));
      this.lengths.push(0);
      this.lastDoc.push(-1);
    }
    return id;
  }

  private push(id: number, value: number): void {
    let list = this.lists[id]!;
    const length = this.lengths[id]!;
    if (length === list.length) {
      const grown = new Int32Array(length * 2);
      grown.set(list);
      this.lists[id] = list = grown;
    }
    list[length] = value;
    this.lengths[id] = length + 1;
  }
}

const RELEASED = new Int32Array(0);

const SEMICOLON = 0x3b;
const COLON = 0x3a;
const COMMA = 0x2c;
const DIGITS = new TextEncoder().encode("0123456789abcdefghijklmnopqrstuvwxyz");

/** ASCII text written into a reusable byte buffer that grows as needed. */
class AsciiWriter {
  length = 0;
  constructor(public bytes: Uint8Array) {}

  char(code: number): void {
    if (this.length === this.bytes.length) this.grow();
    this.bytes[this.length++] = code;
  }

  /** A non-negative integer in base 36, as `Number.prototype.toString(36)` writes it. */
  base36(n: number): void {
    let digits = 1;
    for (let rest = Math.floor(n / 36); rest > 0; rest = Math.floor(rest / 36)) digits++;
    while (this.length + digits > this.bytes.length) this.grow();
    for (let i = this.length + digits - 1; i >= this.length; i--) {
      this.bytes[i] = DIGITS[n % 36]!;
      n = Math.floor(n / 36);
    }
    this.length += digits;
  }

  text(): string {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.length).toString("latin1");
  }

  private grow(): void {
    const grown = new Uint8Array(this.bytes.length * 2);
    grown.set(this.bytes);
    this.bytes = grown;
  }
}
