import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { CsvRecordScanner } from '../../src/io/read-csv-records.js';

/** The records csv-parse gives with readDelimited's options: the reference the scanner must agree with. */
function reference(text: string, delimiter: string): string[][] {
  const options = { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, record_delimiter: ['\r\n', '\n', '\r'] };
  return parse(text, options) as string[][];
}

/**
 * The scanner's records for text as UTF-8 cut into slices at byte offsets `cuts` (inside a character too), or
 * undefined when it hands the text to csv-parse. Each slice is pushed as a view of one buffer used again for the
 * next, as a file's slices are.
 */
function scan(text: string, delimiter: string, cuts: readonly number[] = []): string[][] | undefined {
  const bytes = Buffer.from(text, 'utf8');
  const records: string[][] = [];
  const scanner = new CsvRecordScanner(delimiter, (cells) => records.push(cells));
  const ends = [...new Set(cuts.map((cut) => Math.min(cut, bytes.length)))].sort((a, b) => a - b);
  const shared = Buffer.alloc(bytes.length);
  let start = 0;
  for (const end of [...ends, bytes.length]) {
    const slice = shared.subarray(0, end - start);
    bytes.copy(slice, 0, start, end);
    if (!scanner.push(slice)) return undefined;
    shared.fill(0x2c);
    start = end;
  }
  return scanner.end() ? records : undefined;
}

const cells = fc.array(
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 8 }),
    fc.array(fc.constantFrom('a', 'é', ' ', ',', ';', '\t', '"', '\n', '\r', '\r\n', '😀'), { maxLength: 6 }).map((p) => p.join('')),
  ),
  { minLength: 1, maxLength: 5 },
);

describe('CsvRecordScanner', () => {
  it('reads the records csv-parse reads, quoted, multi-line, empty or ragged', () => {
    const text = 'Name,Notes,\r\nAnn,"a, ""b""\r\nc",\r\n\r\n"",x,y,z\r\nBob';
    expect(scan(text, ',')).toEqual(reference(text, ','));
    expect(scan(text, ',')).toEqual([['Name', 'Notes', ''], ['Ann', 'a, "b"\r\nc', ''], [''], ['', 'x', 'y', 'z'], ['Bob']]);
  });

  it('hands over text csv-parse reads by its relaxed rules, or refuses', () => {
    expect(scan('a,"b"c\n', ',')).toBeUndefined();
    expect(scan('a,"never closed\n', ',')).toBeUndefined();
    expect(scan('a,"b" \r\n', ',')).toBeUndefined();
  });

  it('keeps a quote inside an unquoted cell, and ends a record at any line break outside quotes', () => {
    const lf = 'say "hi",x\ny\r,z\n';
    expect(scan(lf, ',')).toEqual([['say "hi"', 'x'], ['y'], ['', 'z']]);
    expect(scan(lf, ',')).toEqual(reference(lf, ','));
    // A title typed in Notepad (CR LF) above an export whose lines end in LF: every line is a record.
    const mixed = 'Sign-ups 2020\r\nEmail,Name\na@x.example,Ann\nb@x.example,Bob\n';
    expect(scan(mixed, ',')).toEqual([['Sign-ups 2020'], ['Email', 'Name'], ['a@x.example', 'Ann'], ['b@x.example', 'Bob']]);
    expect(scan(mixed, ',')).toEqual(reference(mixed, ','));
    const crlf = 'a\r\nb\nc\r,d\r\n"q\r\nr"\r';
    expect(scan(crlf, ',')).toEqual([['a'], ['b'], ['c'], ['', 'd'], ['q\r\nr']]);
    expect(scan(crlf, ',', [4, 5, 14])).toEqual(reference(crlf, ','));
  });

  it('reads a record cut inside a character, and each cell decoded on its own', () => {
    const text = 'Zoë,Łódź 😀\n"Ó ""Súil""\r\nleabháin",ễ\n';
    for (let cut = 0; cut <= Buffer.byteLength(text); cut++) expect(scan(text, ',', [cut])).toEqual(reference(text, ','));
  });

  it('reads a record open over many slices again only as it doubles, not at every slice', () => {
    const note = Array.from({ length: 2000 }, (_, i) => `line ${i}, "quoted"`).join('\n');
    const text = `a,b\nZoë,"${note.replaceAll('"', '""')}"\nBo,x\n`;
    const read = vi.spyOn(CsvRecordScanner.prototype as unknown as { read: () => boolean }, 'read');
    try {
      const cuts = Array.from({ length: 4000 }, (_, i) => i * 10);
      expect(scan(text, ',', cuts)).toEqual([['a', 'b'], ['Zoë', note], ['Bo', 'x']]);
      // 4,000 slices; the note is read again each time it has doubled, about 20 times in all.
      expect(read.mock.calls.length).toBeLessThan(40);
    } finally {
      read.mockRestore();
    }
  });

  it('reads every well-formed file as csv-parse does, however it is sliced', () => {
    fc.assert(
      fc.property(
        fc.array(cells, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat({ max: 200 }), { maxLength: 4 }),
        (records, delimiter, lineEnd, cuts) => {
          const recordDelimiter = lineEnd === '\n' ? 'unix' : 'windows';
          const text = stringify(records, { delimiter, record_delimiter: recordDelimiter, quote_record_delimiter: true });
          expect(scan(text, delimiter, cuts)).toEqual(reference(text, delimiter));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never reads anything differently from csv-parse: it agrees or hands over', () => {
    const piece = fc.constantFrom('a', 'b', ',', '"', '""', '\n', '\r', '\r\n', ' ', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.nat({ max: 40 }), { maxLength: 3 }), (pieces, cuts) => {
        const text = pieces.join('');
        let expected: string[][] | undefined;
        try {
          expected = reference(text, ',');
        } catch {
          expected = undefined;
        }
        const records = scan(text, ',', cuts);
        if (records !== undefined) expect(records).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
