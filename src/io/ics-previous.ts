import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

/** An event of a calendar an earlier run wrote: its SEQUENCE, and a digest of what it said. */
export interface PreviousEvent {
  sequence: number;
  signature: string;
}

const BEGIN = 'BEGIN:VEVENT\r\n';
const END = 'END:VEVENT\r\n';
/** Small enough that each piece's text is made in the young generation, whose memory is reused, not fresh pages. */
const CHUNK_BYTES = 64 << 10;

/**
 * The events, by UID, of the calendar at `path` that a run is about to replace, so that an event that changed gets
 * a higher SEQUENCE than the one calendar programs have (RFC 5545 3.8.7.4) and one that did not keeps it. Empty when
 * there is no such file or it cannot be read: every event is then new. Read in pieces, each byte one character
 * (latin1), so that the digests are of the file's own bytes: a national scheme's calendar is hundreds of megabytes.
 */
export async function readPreviousEvents(path: string): Promise<Map<string, PreviousEvent>> {
  const events = new Map<string, PreviousEvent>();
  const file = await open(path, 'r').catch(() => undefined);
  if (!file) return events;
  try {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    let pending = '';
    for (;;) {
      const { bytesRead } = await file.read(chunk, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      const text = pending + chunk.toString('latin1', 0, bytesRead);
      let at = 0;
      for (;;) {
        const begin = text.indexOf(BEGIN, at);
        const end = begin < 0 ? -1 : text.indexOf(END, begin);
        if (end < 0) {
          // Keep what may be the start of an event the next piece ends (or of its BEGIN line).
          at = begin >= 0 ? begin : Math.max(at, text.length - BEGIN.length);
          break;
        }
        takeEvent(text, begin + BEGIN.length, end, events);
        at = end + END.length;
      }
      pending = text.slice(at);
    }
  } catch {
    return new Map();
  } finally {
    await file.close();
  }
  return events;
}

/** The event whose body (its lines between BEGIN and END) is `text` from `start` to `end`: UID, SEQUENCE, digest. */
function takeEvent(text: string, start: number, end: number, events: Map<string, PreviousEvent>): void {
  const uidAt = lineStarting(text, 'UID:', start, end);
  if (uidAt < 0) return;
  const uid = utf8(text.slice(uidAt + 4, lineEnd(text, uidAt, end)).replace(/\r\n[ \t]/g, '').trim());
  const sequenceAt = lineStarting(text, 'SEQUENCE:', start, end);
  const sequence = sequenceAt < 0 ? 0 : Number(text.slice(sequenceAt + 9, lineEnd(text, sequenceAt, end)).trim()) || 0;
  const left = [lineStarting(text, 'DTSTAMP', start, end), sequenceAt].filter((at) => at >= 0).sort((a, b) => a - b);
  // The body less those two lines, hashed in the pieces between them: what the event says.
  const hash = createHash('sha1');
  let from = start;
  for (const at of left) {
    hash.update(text.slice(from, at), 'latin1');
    from = lineEnd(text, at, end);
  }
  hash.update(text.slice(from, end), 'latin1');
  events.set(uid, { sequence, signature: hash.digest('base64') });
}

/** Where the first line of a body that starts with `name` begins, or -1 (a folded line goes on with a space). */
function lineStarting(text: string, name: keyof typeof AFTER_CRLF, start: number, end: number): number {
  if (text.startsWith(name, start)) return start;
  const at = text.indexOf(AFTER_CRLF[name], start);
  return at < 0 || at >= end ? -1 : at + 2;
}

/** Each name `lineStarting` looks for, after the CRLF that ends the line before (made once, not per event). */
const AFTER_CRLF = { 'UID:': '\r\nUID:', 'SEQUENCE:': '\r\nSEQUENCE:', DTSTAMP: '\r\nDTSTAMP' } as const;

/** Where a content line (and its folded continuations) that starts at `start` ends, past its CRLF. */
function lineEnd(text: string, start: number, end: number): number {
  let at = start;
  for (;;) {
    const crlf = text.indexOf('\r\n', at);
    if (crlf < 0 || crlf >= end) return end;
    const next = text.charCodeAt(crlf + 2);
    if (next !== 0x20 && next !== 0x09) return crlf + 2;
    at = crlf + 2;
  }
}

/** A text read a byte a character, as the UTF-8 it was: a string of its own, not a slice keeping the piece alive. */
function utf8(latin1: string): string {
  return Buffer.from(latin1, 'latin1').toString('utf8');
}

/** The digest of what an event says: its folded lines less DTSTAMP and SEQUENCE, as `readPreviousEvents` makes it. */
export function eventSignature(said: string): string {
  return createHash('sha1').update(said).digest('base64');
}
