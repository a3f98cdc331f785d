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
   * when that is negative: the same as adding them term by term in that order. The new numbers must
   * ascend with the old ones and come after this one's documents.
   */
  append(other: TermOccurrences, docs: Int32Array): void {
    for (const [term, from] of other.ids) {
      const list = other.lists[from]!;
      const length = other.lengths[from]!;
      let id: number | undefined;
      let kept = false;
      for (let i = 0; i < length; i++) {
        const value = list[i]!;
        if (value < 0) {
          const doc = docs[-value - 1]!;
          kept = doc >= 0;
          if (!kept) continue;
          id ??= this.idOf(term);
          this.lastDoc[id] = doc;
          this.push(id, -(doc + 1));
        } else if (kept) this.push(id!, value);
      }
    }
  }

  /** Every term seen, in first-seen order. */
  terms(): string[] {
    return [...this.ids.keys()];
  }

  /**
   * Passes the term's postings, encoded as `encodePostings` does, to `emit`, and returns the documents
   * it occurs in, ascending. The term's storage is released: each term is taken once.
   */
  take(term: string, emit: (encoded: string) => void): Int32Array {
    const id = this.ids.get(term);
    if (id === undefined) throw new Error(`no occurrences of "${term}"`);
    const list = this.lists[id]!;
    const length = this.lengths[id]!;
    this.lists[id] = RELEASED;
    let docCount = 0;
    for (let i = 0; i < length; i++) if (list[i]! < 0) docCount++;
    const docs = new Int32Array(docCount);
    // Written as bytes and read back as one flat string: appending piece by piece to a string makes a
    // rope of millions of nodes for the common words, several times the size of the text.
    const out = new AsciiWriter(this.scratch);
    let previousDoc = 0;
    let previousPos = 0;
    let d = 0;
    for (let i = 0; i < length; i++) {
      const value = list[i]!;
      if (value < 0) {
        const doc = -value - 1;
        if (d > 0) out.char(SEMICOLON);
        out.base36(doc - previousDoc);
        out.char(COLON);
        previousDoc = doc;
        previousPos = 0;
        docs[d++] = doc;
      } else {
        // The first position of a document follows its marker; the others follow a position.
        if (list[i - 1]! >= 0) out.char(COMMA);
        out.base36(value - previousPos);
        previousPos = value;
      }
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
