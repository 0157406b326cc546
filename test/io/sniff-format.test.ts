import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { sniffFormat } from '../../src/io/sniff-format.js';

const bytes = (...parts: (number[] | string)[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));
const ZIP = [0x50, 0x4b, 0x03, 0x04];

describe('sniffFormat', () => {
  it('recognises an xlsx by its zip signature whatever its name', () => {
    expect(sniffFormat(bytes(ZIP, '[Content_Types].xml'), 'responses.csv')).toBe('xlsx');
  });

  it('reads text by extension, and sniffs JSON for stdin and unknown names', () => {
    expect(sniffFormat(bytes('[{"a":1}]'), 'x.csv')).toBe('delimited');
    expect(sniffFormat(bytes('a,b'), 'x.json')).toBe('json');
    expect(sniffFormat(bytes('\ufeff  [{"a":1}]'), '-')).toBe('json');
    expect(sniffFormat(bytes('Name,Email'), '-')).toBe('delimited');
    expect(sniffFormat(bytes('{"Sheet":[]}'), 'export')).toBe('json');
  });

  it.each([
    ['.xls', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'old.xls', /\.xls workbook/],
    ['.ods', bytes(ZIP, 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet'), 'x.ods', /OpenDocument/],
    ['.numbers by name', bytes(ZIP), 'Sign-ups.numbers', /Numbers/],
    ['.numbers by content', bytes(ZIP, 'Index/Document.iwa'), 'export.xlsx', /Numbers/],
  ])('refuses %s, saying what to do', (_, head, name, what) => {
    const error = (() => {
      try {
        return sniffFormat(head, name);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(what);
    expect((error as InputError).message).toMatch(/save it as \.xlsx or \.csv/);
    expect((error as InputError).context.file).toBe(name);
  });
});
