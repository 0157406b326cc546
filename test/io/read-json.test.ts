import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readJson } from '../../src/io/read-json.js';
import { resolveLimits } from '../../src/io/limits.js';

function read(json: unknown, sheet?: string) {
  const bytes = Buffer.from(typeof json === 'string' ? json : JSON.stringify(json));
  return readJson(bytes, 'in.json', sheet ? { sheet } : {}, resolveLimits());
}

describe('readJson', () => {
  it('reads an array of records: keys in first-seen order become headers, values become cell text', () => {
    const [table] = read([
      { Name: 'Ann', Capacity: 2, Consent: true },
      { Name: 'Bob', Subjects: ['Maths', 'Art'], Notes: null, Meta: { a: 1 } },
      { Name: '', Capacity: null },
    ]);
    expect(table?.headers).toEqual(['Name', 'Capacity', 'Consent', 'Subjects', 'Notes', 'Meta']);
    expect(table?.rows).toEqual([
      { line: 2, cells: ['Ann', '2', 'true', '', '', ''] },
      { line: 3, cells: ['Bob', '', '', 'Maths; Art', '', '{"a":1}'] },
    ]);
    expect(table?.blankRows).toBe(1);
  });

  it('reads an object of sheets: the first by default, or the chosen one', () => {
    const sheets = { Matches: [{ Mentee: 'Ann' }], Unmatched: [{ Mentee: 'Bob' }] };
    expect(read(sheets)[0]).toMatchObject({ sheet: 'Matches', rows: [{ cells: ['Ann'] }] });
    expect(read(sheets, 'Unmatched')[0]?.rows[0]?.cells).toEqual(['Bob']);
    expect(() => read(sheets, 'Pairs')).toThrow(/"Matches", "Unmatched"/);
  });

  it('reads JSON saved as UTF-16 with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('[{"Name":"Zoë"}]', 'utf16le')]);
    expect(readJson(bytes, 'in.json', {}, resolveLimits())[0]?.rows[0]?.cells).toEqual(['Zoë']);
  });

  it.each([
    ['[{"Name": "Ann"', /not valid JSON/],
    ['{"Name": "Ann"}', /array of records/],
    ['"text"', /array of records/],
    ['[{"Name": "Ann"}, 3]', /every entry to be a record/],
  ])('refuses %j', (json, message) => {
    expect(() => read(json)).toThrow(InputError);
    expect(() => read(json)).toThrow(message);
  });
});
