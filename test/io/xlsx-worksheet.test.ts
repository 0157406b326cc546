import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OutputError } from '../../src/errors.js';
import { cellText, type Sheet } from '../../src/io/sheet.js';
import { SharedStrings } from '../../src/io/xlsx-shared-strings.js';
import { columnLetters, columnWidths, filterRange, refuseOverExcelLimits, worksheetChunks } from '../../src/io/xlsx-worksheet.js';

const xmlOf = (sheet: Sheet, selected = false) => [...worksheetChunks(sheet, selected)].join('');

describe('columnLetters', () => {
  it('names columns as Excel does, up to its last column XFD', () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16_383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });

  it('gives every column its own name, in bijective base 26', () => {
    const index = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    fc.assert(fc.property(fc.nat({ max: 16_383 }), (i) => index(columnLetters(i)) === i));
  });
});

describe('columnWidths', () => {
  it('fits the longest line of each column, header included, between 8 and 60', () => {
    const sheet: Sheet = {
      name: 'S',
      columns: ['a_long_header_name', 'b', 'c', 'd'],
      rows: [{ b: `short\n${'y'.repeat(20)}\nend`, c: 'x'.repeat(99), d: ['maths', 'english'] }],
    };
    expect(columnWidths(sheet)).toEqual([20, 22, 60, 16]);
    expect(columnWidths({ name: 'S', columns: ['a'], rows: [{ a: '\n'.repeat(500_000) }] })).toEqual([8]);
  });

  it('reads a column to its end until a line reaches the widest width, and no further', () => {
    const widths = (...cells: (string | string[])[]) => columnWidths({ name: 'S', columns: ['a'], rows: cells.map((a) => ({ a })) });
    expect(widths('x'.repeat(53), 'y'.repeat(57))).toEqual([59]);
    expect(widths('x'.repeat(57), ['y'.repeat(30), 'z'.repeat(27)])).toEqual([60]);
    expect(widths('x'.repeat(58), 'y'.repeat(100))).toEqual([60]);
  });

  it('is the longest line of every cell, however many rows there are', () => {
    const lines = fc.array(fc.string({ maxLength: 70 }), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('\n'));
    const text = fc.oneof(lines, fc.constant(null), fc.integer(), fc.array(fc.oneof(fc.string({ maxLength: 20 }), lines), { maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 30 }), (values) => {
        const sheet: Sheet = { name: 'S', columns: ['a', 'b'], rows: values.map(([a, b]) => ({ a, b })) };
        const expected = sheet.columns.map((column) => {
          const lines = [column, ...sheet.rows.flatMap((row) => cellText(row[column]).split('\n'))];
          return Math.min(60, Math.max(8, Math.max(...lines.map((line) => line.length)) + 2));
        });
        expect(columnWidths(sheet)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('worksheetChunks', () => {
  it('writes a frozen bold header, numbers as numbers, text inline and escaped, empty cells not at all', () => {
    const xml = xmlOf(
      { name: 'S', columns: ['n', 'text', 'gap'], rows: [{ n: 2.5, text: ' a & <b> ', gap: '' }, { n: null, text: '=1+1' }] },
      true,
    );
    expect(xml).toContain('<dimension ref="A1:C3"/>');
    expect(xml).toContain('<sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toContain('<col min="2" max="2" width="11" customWidth="1"/>');
    expect(xml).toContain('<row r="1" s="1" customFormat="1"><c r="A1" s="1" t="inlineStr"><is><t>n</t></is></c>');
    expect(xml).toContain(
      '<row r="2"><c r="A2"><v>2.5</v></c><c r="B2" t="inlineStr"><is><t xml:space="preserve"> a &amp; &lt;b&gt; </t></is></c></row>',
    );
    expect(xml).toContain(`<row r="3"><c r="B3" t="inlineStr"><is><t>'=1+1</t></is></c></row>`);
    expect(xml).toMatch(/<\/sheetData><autoFilter ref="A1:C3"\/><\/worksheet>$/);
  });

  it('with shared strings, refers to each text of the rows by its position there, and keeps the header inline', () => {
    const strings = new SharedStrings();
    const sheet: Sheet = { name: 'S', columns: ['role', 'n'], rows: [{ role: 'mentor', n: 2 }, { role: 'mentee' }, { role: 'mentor', n: 1 }] };
    const xml = [...worksheetChunks(sheet, false, undefined, strings)].join('');
    expect(xml).toContain('<row r="1" s="1" customFormat="1"><c r="A1" s="1" t="inlineStr"><is><t>role</t></is></c>');
    expect(xml).toContain(
      '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>2</v></c></row><row r="3"><c r="A3" t="s"><v>1</v></c></row>' +
        '<row r="4"><c r="A4" t="s"><v>0</v></c><c r="B4"><v>1</v></c></row>',
    );
    expect([...strings.xmlChunks()].join('')).toContain('count="3" uniqueCount="2"><si><t>mentor</t></si><si><t>mentee</t></si>');
  });

  it('tells how many rows have gone at the end of a sheet shorter than a piece', () => {
    const told: number[] = [];
    const chunks = [...worksheetChunks({ name: 'S', columns: ['a'], rows: [{ a: 'x' }, { a: 'y' }] }, false, (rows) => told.push(rows))];
    expect(chunks).toHaveLength(1);
    expect(told).toEqual([2]);
  });

  it('writes a sheet without columns as an empty worksheet', () => {
    const xml = xmlOf({ name: 'S', columns: [], rows: [{}] });
    expect(xml).toContain('<dimension ref="A1"/>');
    expect(xml).toContain('<sheetData></sheetData></worksheet>');
    expect(xml).not.toMatch(/<cols>|<row|autoFilter|tabSelected/);
  });

  it('comes in pieces of at most a megabyte, not as one string', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ id: `person-${i}`, note: 'some notes about them' }));
    const chunks = [...worksheetChunks({ name: 'S', columns: ['id', 'note'], rows }, false)];
    expect(chunks.length).toBeGreaterThan(5);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThanOrEqual(1 << 20);
    expect(chunks.join('')).toContain('<row r="100001"><c r="A100001" t="inlineStr"><is><t>person-99999</t>');
  });

  it("refuses a cell longer than Excel's 32,767 characters", () => {
    const sheet: Sheet = { name: 'Notes', columns: ['n'], rows: [{ n: 'x'.repeat(32_767) }, { n: '=' + 'x'.repeat(32_766) }] };
    expect(() => xmlOf(sheet)).toThrow(OutputError);
    expect(() => xmlOf(sheet)).toThrow(/sheet "Notes" holds 32768 characters/);
  });
});

describe('refuseOverExcelLimits and filterRange', () => {
  const sheet = (rows: number, columns = 2): Sheet => ({
    name: 'Big',
    columns: Array.from({ length: columns }, (_, i) => `c${i}`),
    rows: new Array(rows).fill({}),
  });

  it('allow 1,048,575 data rows under the header, and no more', () => {
    expect(() => refuseOverExcelLimits(sheet(1_048_575))).not.toThrow();
    expect(() => refuseOverExcelLimits(sheet(1_048_576))).toThrow(/"Big" has 1048576 rows, more than an Excel sheet holds/);
    expect(filterRange(sheet(1_048_575))).toBe('$A$1:$B$1048576');
    expect(filterRange({ name: 'E', columns: [], rows: [] })).toBeUndefined();
  });

  it('allow 16,384 columns (A to XFD), and no more', () => {
    expect(() => refuseOverExcelLimits(sheet(1, 16_384))).not.toThrow();
    expect(filterRange(sheet(1, 16_384))).toBe('$A$1:$XFD$2');
    expect(() => refuseOverExcelLimits(sheet(1, 16_385))).toThrow(/"Big" has 16385 columns, more than Excel's 16384/);
  });
});
