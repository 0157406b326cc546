import { after, decodeEntities, isSpace, sameName, ShortTexts, skipSpace, startsWith, tagEnd, wholeCharacters } from './read-xml-bytes.js';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const COLON = 0x3a;
const AMPERSAND = 0x26;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
/** The longest character reference, `&#x10FFFF;`. */
const LONGEST_REFERENCE = 10;
/** Attribute values up to this many bytes are kept in a ShortTexts table. */
const SHORT_VALUE = 8;
/** Markup (a tag, comment or CDATA section) longer than this is taken for damage. */
const MAX_MARKUP = 8 << 20;
const NO_BYTES = Buffer.alloc(0);

/** The attributes of the element `XmlHandler.open` is told about, read on demand (most are never needed). */
export interface XmlTag {
  /** An attribute's value, entities decoded (`r:id` by its full name), or undefined when the element has none. */
  attribute(name: string): string | undefined;
}

/** What an XmlScanner reports, in document order. Names are local: `x:row` is `row`. */
export interface XmlHandler {
  open(name: string, tag: XmlTag, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data (entities decoded, CDATA as is), in pieces; only while `wantsText()` is true. */
  text(text: string): void;
  wantsText(): boolean;
  /**
   * Optional: reads the markup at `from` its own faster way (a worksheet's plain rows), returning the index
   * after what it read, or `from` to leave the markup to the scanner.
   */
  skim?(bytes: Buffer, from: number): number;
}

/**
 * A small streaming XML tokenizer for the parts of an xlsx. UTF-8 bytes go in, in chunks of any size;
 * elements and text come out to a handler as soon as they are complete, so a part is never held whole, and
 * only the text the handler wants is decoded (into strings of its own, sharing no memory with the chunk).
 * It reads well-formed XML as spreadsheet programs write it: no DTD (a DOCTYPE is refused, so no entity can
 * expand), the five predefined entities and character references.
 */
export class XmlScanner implements XmlTag {
  private pending: Buffer = NO_BYTES;
  private bytes: Buffer = NO_BYTES;
  private tagStart = 0;
  private tagEnd = 0;
  private nameEnd = 0;
  private readonly names = new ShortTexts(64);
  private readonly values = new ShortTexts(1024);
  private readonly skim: ((bytes: Buffer, from: number) => number) | undefined;

  constructor(private readonly handler: XmlHandler) {
    this.skim = handler.skim?.bind(handler);
  }

  /** Reads the next chunk of the document. */
  write(chunk: Buffer): void {
    const bytes = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    this.bytes = bytes;
    let at = 0;
    while (at < bytes.length) {
      const lt = bytes.indexOf(LT, at);
      if (lt < 0) {
        at = this.textUpTo(at, bytes.length, true);
        break;
      }
      if (lt > at) this.textUpTo(at, lt, false);
      const skimmed = this.skim?.(bytes, lt) ?? lt;
      if (skimmed > lt) {
        at = skimmed;
        continue;
      }
      const next = this.markup(lt);
      if (next < 0) {
        at = lt;
        break;
      }
      at = next;
    }
    // A copy, so that the chunk is not kept alive by the few bytes left of it.
    this.pending = at < bytes.length ? Buffer.from(bytes.subarray(at)) : NO_BYTES;
    if (this.pending.length > MAX_MARKUP) throw new Error('a tag in the XML of a part never ends');
  }

  /** Checks that the document did not stop inside markup. */
  end(): void {
    if (this.pending.includes(LT)) throw new Error('the XML of a part ends in the middle of a tag');
  }

  attribute(name: string): string | undefined {
    const bytes = this.bytes;
    const end = this.tagEnd;
    let at = this.tagStart;
    while (at < end) {
      at = skipSpace(bytes, at, end);
      const nameStart = at;
      while (at < end && bytes[at] !== EQUALS && !isSpace(bytes[at] ?? 0)) at++;
      const nameEnd = at;
      at = skipSpace(bytes, at, end);
      if (bytes[at] !== EQUALS) return undefined;
      at = skipSpace(bytes, at + 1, end);
      const quote = bytes[at];
      if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) return undefined;
      const valueEnd = bytes.indexOf(quote, at + 1);
      if (valueEnd < 0 || valueEnd > end) return undefined;
      if (sameName(bytes, nameStart, nameEnd, name)) return this.value(at + 1, valueEnd);
      at = valueEnd + 1;
    }
    return undefined;
  }

  /**
   * Text from `start` to `end`, handed over when wanted. Text that may go on in the next chunk (`open`) stops
   * before an `&` near its end and at a whole character, so that nothing is cut in two; returns where it stopped.
   */
  private textUpTo(start: number, end: number, open: boolean): number {
    let stop = end;
    if (open) {
      const amp = this.bytes.lastIndexOf(AMPERSAND, end - 1);
      if (amp >= Math.max(start, end - LONGEST_REFERENCE)) stop = amp;
      stop = wholeCharacters(this.bytes, start, stop);
    }
    if (stop > start && this.handler.wantsText()) this.handler.text(this.decode(start, stop));
    return stop;
  }

  /** The markup at `lt`: reports it and returns the index after it, or -1 when it goes on past this chunk. */
  private markup(lt: number): number {
    const bytes = this.bytes;
    const kind = bytes[lt + 1];
    if (kind === undefined) return -1;
    if (kind === BANG) return this.declaration(lt);
    if (kind === QUESTION) return after(bytes, lt + 2, '?>');
    const gt = tagEnd(bytes, lt + 1);
    if (gt < 0) return -1;
    if (kind === SLASH) {
      this.handler.close(this.nameAt(lt + 2, gt));
      return gt + 1;
    }
    const selfClosing = bytes[gt - 1] === SLASH;
    const name = this.nameAt(lt + 1, selfClosing ? gt - 1 : gt);
    this.tagStart = this.nameEnd;
    this.tagEnd = selfClosing ? gt - 1 : gt;
    this.handler.open(name, this, selfClosing);
    if (selfClosing) this.handler.close(name);
    return gt + 1;
  }

  /** A comment, CDATA section or (refused) DOCTYPE at `lt`. */
  private declaration(lt: number): number {
    const bytes = this.bytes;
    if (bytes.length - lt < 9) return -1;
    if (startsWith(bytes, lt, '<!--')) return after(bytes, lt + 4, '-->');
    if (startsWith(bytes, lt, '<![CDATA[')) {
      const end = bytes.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      if (this.handler.wantsText()) this.handler.text(bytes.toString('utf8', lt + 9, end));
      return end + 3;
    }
    throw new Error('the XML of a part declares a DOCTYPE, which no spreadsheet program writes');
  }

  /** The local name (`row` of `x:row`) of the element whose name starts at `start`; sets `nameEnd`. */
  private nameAt(start: number, limit: number): string {
    const bytes = this.bytes;
    let end = start;
    let local = start;
    while (end < limit) {
      const code = bytes[end] ?? 0;
      if (isSpace(code) || code === SLASH || code === GT) break;
      if (code === COLON) local = end + 1;
      end++;
    }
    this.nameEnd = end;
    return this.names.text(bytes, local, end);
  }

  /** An attribute's value: short plain ones (a cell's type or style, repeated endlessly) decoded once each. */
  private value(start: number, end: number): string {
    if (end - start > SHORT_VALUE) return this.decode(start, end);
    for (let i = start; i < end; i++) if (this.bytes[i] === AMPERSAND) return this.decode(start, end);
    return this.values.text(this.bytes, start, end);
  }

  /** Bytes as text, entities decoded. */
  private decode(start: number, end: number): string {
    return decodeEntities(this.bytes.toString('utf8', start, end));
  }
}
