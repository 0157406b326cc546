import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XmlScanner, type XmlHandler } from '../../src/io/read-xml.js';
import type { WorkbookParts } from '../../src/io/read-xlsx-parts.js';
import { columnOf, WorksheetRows } from '../../src/io/read-xlsx-sheet.js';

const PARTS: WorkbookParts = {
  sheets: [],
  date1904: false,
  // As readWorkbookParts leaves them: the text each shows.
  sharedStrings: ['shared', 'second', undefined],
  // Style 1 shows dates; style 0 never does, whatever its format.
  dateStyles: [false, true, false],
};

/**
 * The rows WorksheetRows hands over for a worksheet's XML, fed in chunks cut at `cuts`; with `skim` false, every
 * row is read element by element (the scanner is not told it can skim).
 */
function rowsOf(sheetData: string, cuts: readonly number[] = [], parts = PARTS, skim = true): [number, string[]][] {
  const rows: [number, string[]][] = [];
  const reader = new WorksheetRows(parts, (row, cells) => rows.push([row, cells]));
  const handler: XmlHandler = skim
    ? reader
    : { open: (n, t) => reader.open(n, t), close: (n) => reader.close(n), text: (t) => reader.text(t), wantsText: () => reader.wantsText() };
  const scanner = new XmlScanner(handler);
  const bytes = Buffer.from(`<worksheet xmlns="urn:main"><sheetData>${sheetData}</sheetData></worksheet>`);
  let start = 0;
  for (const end of [...[...new Set(cuts)].filter((c) => c < bytes.length).sort((a, b) => a - b), bytes.length]) {
    scanner.write(bytes.subarray(start, end));
    start = end;
  }
  scanner.end();
  return rows;
}

describe('WorksheetRows', () => {
  it('reads each kind of cell as the text Excel shows', () => {
    const rows = rowsOf(
      '<row r="2">' +
        '<c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c>' +
        '<c r="C2" t="str"><v>a &amp; b_x000D_c</v></c>' +
        '<c r="D2" t="inlineStr"><is><r><t>Rich </t></r><r><rPr><b/></rPr><t>text</t></r><rPh><t>ふりがな</t></rPh></is></c>' +
        '<c r="E2" t="b"><v>1</v></c><c r="F2" t="b"><v>0</v></c><c r="G2" t="e"><v>#N/A</v></c>' +
        '<c r="H2"><v>1e21</v></c><c r="I2"><v>0.30000000000000004</v></c>' +
        '<c r="J2" s="1"><v>46349.58555555556</v></c><c r="K2" s="0"><v>46349</v></c>' +
        '<c r="L2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="M2" s="1"><f>E2+1</f><v>46350</v></c><c r="N2"><f>X1</f></c>' +
        '</row>',
    );
    expect(rows).toEqual([
      [
        2,
        [
          'shared', 'second', 'a & b\rc', 'Rich text', 'TRUE', 'FALSE', '#N/A',
          '1000000000000000000000', '0.3', '2026-11-23T14:03:12', '46349', 'ab', '2026-11-24', '',
        ],
      ],
    ]);
  });

  it('leaves out rows with no value and empty cells, and fills gaps with empty text', () => {
    const rows = rowsOf(
      '<row r="1"><c r="A1" s="2"/><c r="B1" t="s"><v>2</v></c></row>' +
        '<row r="3"><c r="C3" t="str"><v>x</v></c><c r="E3" t="s"><v>0</v></c></row>' +
        '<row r="4"><c r="A4" t="str"><v></v></c></row>',
    );
    expect(rows).toEqual([
      [3, ['', '', 'x', '', 'shared']],
      [4, ['']],
    ]);
  });

  it('numbers rows and cells without a reference after the one before, and reads prefixed names', () => {
    const rows = rowsOf('<x:row r="5"><x:c t="str"><x:v>a</x:v></x:c><x:c t="str"><x:v>b</x:v></x:c></x:row><x:row><x:c r="C6" t="str"><x:v>c</x:v></x:c></x:row>');
    expect(rows).toEqual([
      [5, ['a', 'b']],
      [6, ['', '', 'c']],
    ]);
  });

  it('reads dates in the 1904 system', () => {
    expect(rowsOf('<row r="1"><c r="A1" s="1"><v>0</v></c></row>', [], { ...PARTS, date1904: true })).toEqual([[1, ['1904-01-01']]]);
  });

  it('knows the columns of references', () => {
    expect([columnOf('A1'), columnOf('Z9'), columnOf('AA10'), columnOf('xfd1'), columnOf('12'), columnOf(undefined)]).toEqual([
      1, 26, 27, 16384, undefined, undefined,
    ]);
  });

  const cellText = fc.array(fc.constantFrom('a', ' ', 'é', '😀', '&', '<', '>', '"', '\n', '漢', '_x000D_'), { maxLength: 6 });
  const cell = fc.oneof(
    cellText.map((parts) => ({ kind: 'str' as const, text: parts.join('') })),
    fc.integer({ min: -1e6, max: 1e6 }).map((n) => ({ kind: 'number' as const, n })),
    fc.boolean().map((b) => ({ kind: 'bool' as const, b })),
    fc.constant({ kind: 'none' as const }),
  );
  const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

  it('reads any rows back, however the XML is cut into chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 6 }), fc.array(fc.nat({ max: 600 }), { maxLength: 6 }), (rows, cuts) => {
        const xml = rows
          .map((cells, r) => {
            const body = cells
              .map((c, i) => {
                const ref = `${String.fromCharCode(65 + i)}${r + 1}`;
                if (c.kind === 'str') return `<c r="${ref}" t="inlineStr"><is><t>${escape(c.text)}</t></is></c>`;
                if (c.kind === 'number') return `<c r="${ref}"><v>${c.n}</v></c>`;
                if (c.kind === 'bool') return `<c r="${ref}" t="b"><v>${c.b ? 1 : 0}</v></c>`;
                return `<c r="${ref}" s="2"/>`;
              })
              .join('');
            return `<row r="${r + 1}">${body}</row>`;
          })
          .join('');
        const expected = rows.flatMap((cells, r): [number, string[]][] => {
          const texts = cells.map((c) =>
            c.kind === 'str' ? c.text.replaceAll('_x000D_', '\r') : c.kind === 'number' ? String(c.n) : c.kind === 'bool' ? (c.b ? 'TRUE' : 'FALSE') : undefined,
          );
          const width = texts.reduce((w, t, i) => (t === undefined ? w : i + 1), 0);
          return width === 0 ? [] : [[r + 1, texts.slice(0, width).map((t) => t ?? '')]];
        });
        expect(rowsOf(xml, cuts)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  /** Pieces of rows as spreadsheet programs (and damaged or unusual files) write them, plain and not. */
  const cellXml = fc.oneof(
    fc.constantFrom(
      '<c r="A1" t="str"><v>a &amp; b</v></c>', '<c t="s"><v>1</v></c>', '<c r="C9" s="1"><v>46349.5</v></c>', '<c s="2"/>',
      '<c r="B2"></c>', "<c r='D4' t='inlineStr'><is><t xml:space=\"preserve\"> é </t></is></c>", '<c t="b"><v>1</v></c>',
      '<c t="e"><v>#N/A</v></c>', '<c t="str"><f>A1</f><v>x</v></c>', '<c t="inlineStr"><is><r><t>ri</t></r><r><t>ch</t></r></is></c>',
      '<x:c t="str"><x:v>p</x:v></x:c>', '<c r="A&#50;" t="str"><v>q</v></c>', '<c t="str"><v>&#x1F600;_x000D_</v></c>',
      '<c t="n"><v></v></c>', '<c t="str"><v><![CDATA[<cdata>]]></v></c>', '<c r="AB3" t="d"><v>2026-01-02</v></c>', '<c t="str"><v/></c>',
      '<c r="E5" t="odd"><v>1</v></c>', '<c r="7"><v>7</v></c>', '<c r="C1" r="A1" t="str" t="n"><v>dup</v></c>', '<c  r = "F5"  t = "str" ><v>sp</v>\n</c>',
    ),
    fc.string({ maxLength: 4 }).map((text) => `<c t="str"><v>${text.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</v></c>`),
  );
  const rowXml = fc.tuple(
    fc.constantFrom('<row>', '<row r="3">', '<row r="12" spans="1:3" x14ac:dyDescent="0.25">', "<row r='2'>", '<row r="x">', '<row r=" 4">'),
    fc.array(cellXml, { maxLength: 5 }),
    fc.constantFrom('', ' ', '\n  '),
  ).map(([open, cells, space]) => `${open}${space}${cells.join(space)}${space}</row>`);
  const anyRow = fc.oneof(rowXml, fc.constantFrom('<row r="20"/>', '<x:row r="30"><x:c t="str"><x:v>x</x:v></x:c></x:row>', '<!-- c -->'));

  it('reads the same rows skimming the plain ones as reading every row element by element', () => {
    fc.assert(
      fc.property(fc.array(anyRow, { maxLength: 8 }), fc.array(fc.nat({ max: 900 }), { maxLength: 8 }), (rows, cuts) => {
        const xml = rows.join('\n');
        expect(rowsOf(xml, cuts)).toEqual(rowsOf(xml, [], PARTS, false));
      }),
      { numRuns: 1000 },
    );
  });
});
