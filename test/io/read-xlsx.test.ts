import { readFile } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { isoDateText } from '../../src/io/date-text.js';
import { plainNumber } from '../../src/io/number-text.js';
import { readPickedSheets, readTable, readWorkbookSheets } from '../../src/io/read-table.js';
import { ZipArchive } from '../../src/io/zip-archive.js';
import { zipBytes } from '../bad-input/zip-writer.js';
import { expectCountsUp, recordProgress } from '../helpers/progress-calls.js';
import { FIXTURES, recordingStream, tempFile, tempXlsx } from './helpers.js';

const wallClock = (iso: string): Date => new Date(`${iso}Z`);

describe('xlsx cells', () => {
  it('reads each kind of cell as the text Excel shows', async () => {
    const file = await tempXlsx('cells.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Responses');
      sheet.addRow(['Email', 'Rich', 'Formula', 'Text formula', 'Submitted', 'Day', 'Time', 'Big', 'Small', 'Ratio']);
      sheet.addRow([
        { text: 'ann@school.example', hyperlink: 'mailto:ann@school.example' },
        { richText: [{ text: 'Behaviour ' }, { text: 'and SEND', font: { bold: true } }] },
        { formula: '1+2', result: 3 },
        { formula: '"a"&"b"', result: 'ab' },
        wallClock('2026-11-23T14:03:12'),
        wallClock('2026-11-23T00:00:00'),
        0.5,
        1e21,
        1e-7,
        0.1 + 0.2,
      ]);
      sheet.getCell('G2').numFmt = 'hh:mm';
      sheet.addRow([
        { text: 'mailto:bob@school.example', hyperlink: 'mailto:bob@school.example' },
        'two\r\nlines',
        { error: '#N/A' },
        true,
        { formula: 'E2+1', result: 46350.58555555556 },
        'x_x000D_y',
        -3,
        123456789012,
        '  padded  ',
        '',
      ]);
      sheet.getCell('E3').numFmt = 'yyyy-mm-dd hh:mm:ss';
    });
    const [table] = await readTable(file);
    expect(table?.rows.map((row) => row.cells)).toEqual([
      [
        'ann@school.example',
        'Behaviour and SEND',
        '3',
        'ab',
        '2026-11-23T14:03:12',
        '2026-11-23',
        '12:00:00',
        '1000000000000000000000',
        '0.0000001',
        '0.3',
      ],
      [
        'bob@school.example',
        'two\nlines',
        '#N/A',
        'TRUE',
        '2026-11-24T14:03:12',
        'x\ry',
        '-3',
        '123456789012',
        '  padded  ',
        '',
      ],
    ]);
  });

  it('skips a merged title row above the header and keeps spreadsheet row numbers', async () => {
    const file = await tempXlsx('title.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Sign-ups');
      sheet.addRow(['Mentoring sign-ups 2026']);
      sheet.mergeCells('A1:C1');
      sheet.addRow([]);
      sheet.addRow(['Name', 'Email', 'Role']);
      sheet.addRow(['Ann', 'ann@example.org', 'mentor']);
      sheet.addRow([' ', '', '']);
      sheet.addRow(['Bob', 'bob@example.org', 'mentee']);
    });
    const [table] = await readTable(file);
    expect(table?.headers).toEqual(['Name', 'Email', 'Role']);
    expect(table?.rows.map((row) => [row.line, row.cells[0]])).toEqual([
      [4, 'Ann'],
      [6, 'Bob'],
    ]);
    expect(table?.blankRows).toBe(1);
  });
});

describe('xlsx written by another program', () => {
  const text = fc
    .array(fc.constantFrom('a', 'Z', ' ', 'é', '😀', '&', '<', '>', '"', "'", '\n', '漢', ';', '='), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join(''));
  const value = fc.oneof(
    text,
    fc.double({ min: -1e9, max: 1e9, noNaN: true }),
    fc.boolean(),
    fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
  );
  const shown = (cell: string | number | boolean | Date): string => {
    if (cell instanceof Date) return isoDateText(cell);
    if (typeof cell === 'number') return plainNumber(cell, 15);
    if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
    return cell;
  };

  it('reads back what exceljs wrote, cell by cell, in shared strings and styles', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(value, { maxLength: 3 }), { minLength: 1, maxLength: 8 }), async (rows) => {
        const file = await tempXlsx('random.xlsx', (workbook) => {
          const sheet = workbook.addWorksheet('Data');
          sheet.addRow(['id', 'a', 'b', 'c']);
          rows.forEach((cells, i) => {
            const row = sheet.addRow([`row ${i}`, ...cells]);
            cells.forEach((cell, c) => {
              if (cell instanceof Date) row.getCell(c + 2).numFmt = 'yyyy-mm-dd hh:mm:ss';
            });
          });
        });
        const [table] = await readTable(file);
        expect(table?.rows.map((row) => row.cells)).toEqual(
          rows.map((cells, i) => [`row ${i}`, ...cells.map(shown), '', '', ''].slice(0, 4)),
        );
      }),
      { numRuns: 25 },
    );
  });
});

describe('large worksheets', () => {
  it('keeps every accented character whole across the chunks of a long sheet', async () => {
    const names = Array.from({ length: 4000 }, (_, i) => `Zoë Brontë Ó Súilleabháin ${i} 😀`);
    const file = await tempXlsx('long.xlsx', (workbook) => {
      workbook.addWorksheet('People').addRows([['Name'], ...names.map((name) => [name])]);
    });
    const [table] = await readTable(file);
    expect(table?.rows.map((row) => row.cells[0])).toEqual(names);
  });
});

describe('xlsx sheets', () => {
  const workbookWithSheets = () =>
    tempXlsx('sheets.xlsx', (workbook) => {
      workbook.addWorksheet('Notes', { state: 'hidden' }).addRow(['hidden']);
      workbook.addWorksheet('Mentors').addRow(['Mentor']);
      workbook.addWorksheet('Mentees').addRow(['Mentee']);
    });

  it('reads the first visible sheet by default, or one chosen by name or number', async () => {
    const file = await workbookWithSheets();
    const headerOf = async (sheet?: string) => (await readTable(file, sheet ? { sheet } : {}))[0]?.headers[0];
    expect(await headerOf()).toBe('Mentor');
    expect(await headerOf('Mentees')).toBe('Mentee');
    expect(await headerOf('mentees')).toBe('Mentee');
    expect(await headerOf('1')).toBe('hidden');
    expect(await headerOf('3')).toBe('Mentee');
  });

  it('lists the sheets when the chosen one does not exist', async () => {
    const file = await workbookWithSheets();
    const error = await readTable(file, { sheet: 'Pairs' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain('"Notes", "Mentors", "Mentees"');
  });

  it('reads every sheet in workbook order for readWorkbookSheets', async () => {
    const tables = await readWorkbookSheets(await workbookWithSheets());
    expect(tables.map((t) => [t.sheet, t.headers[0]])).toEqual([
      ['Notes', 'hidden'],
      ['Mentors', 'Mentor'],
      ['Mentees', 'Mentee'],
    ]);
  });

  it('applies the row limit to a sheet', async () => {
    const file = await tempXlsx('rows.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Data');
      sheet.addRows([['n'], [1], [2], [3]]);
    });
    const error = await readTable(file, { limits: { maxRows: 2 } }).catch((e: unknown) => e);
    expect((error as InputError).message).toMatch(/more than 2 data rows.*--max-rows/);
    expect((error as InputError).context).toMatchObject({ sheet: 'Data', row: 4 });
  });
});

describe('xlsx sheets picked by name', () => {
  const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const worksheet = (header: string) => `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${header}</t></is></c></row></sheetData></worksheet>`;
  /** Notes, a chart sheet, an Alternatives sheet whose checksum is wrong (reading it fails), People. */
  const workbook = () => {
    const names = ['Notes', 'Chart', 'Alternatives', 'People'];
    const target = (name: string, i: number) => (name === 'Chart' ? ['chartsheet', 'chartsheets/sheet1.xml'] : ['worksheet', `worksheets/sheet${i + 1}.xml`]);
    const relations = names.map((name, i) => `<Relationship Id="r${i}" Type="${RELS}/${target(name, i)[0]}" Target="${target(name, i)[1]}"/>`);
    const damaged = Buffer.from(worksheet('rank'));
    return tempFile(
      'picked.xlsx',
      zipBytes([
        { name: 'xl/_rels/workbook.xml.rels', content: `<Relationships>${relations.join('')}</Relationships>` },
        { name: 'xl/workbook.xml', content: `<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets>${names.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="r${i}"/>`).join('')}</sheets></workbook>` },
        { name: 'xl/worksheets/sheet1.xml', content: worksheet('note') },
        { name: 'xl/chartsheets/sheet1.xml', content: `<chartsheet xmlns="${MAIN}"/>` },
        { name: 'xl/worksheets/sheet3.xml', deflated: deflateRawSync(damaged), declaredSize: damaged.length, declaredCrc: 1 },
        { name: 'xl/worksheets/sheet4.xml', content: worksheet('email') },
      ]),
    );
  };

  it('reads only the sheets `pick` chooses, from the names of those that hold a table, and names them all', async () => {
    const file = await workbook();
    await expect(readWorkbookSheets(file)).rejects.toThrow(/truncated or damaged/);
    const given: string[][] = [];
    const { onProgress, calls } = recordProgress();
    const pick = (names: readonly string[]) => {
      given.push([...names]);
      return names.filter((name) => name !== 'Alternatives');
    };
    const picked = await readPickedSheets(file, pick, { onProgress });
    expect(given).toEqual([['Notes', 'Alternatives', 'People']]);
    expect(picked.sheetNames).toEqual(['Notes', 'Alternatives', 'People']);
    expect(picked.tables.map((t) => [t.sheet, t.headers[0]])).toEqual([['Notes', 'note'], ['People', 'email']]);
    expectCountsUp(calls, 'reading picked.xlsx (Notes, People)');
  });

  it('reads no sheet when `pick` chooses none, and still names them all', async () => {
    expect(await readPickedSheets(await workbook(), () => [])).toEqual({ tables: [], sheetNames: ['Notes', 'Alternatives', 'People'] });
  });
});

describe('xlsx reading progress', () => {
  // Random text compresses badly, so the worksheet part takes many pieces of the file to read.
  const noise = (seed: number) => Array.from({ length: 40 }, (_, i) => ((seed * 7919 + i * 104729) % 1_000_003).toString(36)).join('');
  const bigWorkbook = () =>
    tempXlsx('big.xlsx', (workbook) => {
      workbook.addWorksheet('Notes').addRow(['note']);
      workbook.addWorksheet('People').addRows([['Name', 'Noise'], ...Array.from({ length: 3000 }, (_, i) => [`Person ${i}`, noise(i)])]);
    });

  it('tells how many compressed bytes of the parts to scan are read, ending at their total', async () => {
    const file = await bigWorkbook();
    const { onProgress, calls } = recordProgress();
    const [table] = await readTable(file, { sheet: 'People', onProgress });
    expect(table?.rows).toHaveLength(3000);
    expectCountsUp(calls, 'reading big.xlsx (People)');
    expect(calls.length).toBeGreaterThan(2);
    const zip = await ZipArchive.open(file);
    const parts = ['xl/sharedStrings.xml', 'xl/styles.xml', 'xl/worksheets/sheet2.xml'];
    expect(calls[0]!.total).toBe(parts.reduce((sum, part) => sum + zip.compressedSize(part), 0));
    await zip.close();
  });

  it('names the file alone when every sheet is read', async () => {
    const { onProgress, calls } = recordProgress();
    await readWorkbookSheets(await bigWorkbook(), { onProgress });
    expectCountsUp(calls, 'reading big.xlsx');
    expect(calls.every((call) => call.phase === 'reading big.xlsx')).toBe(true);
  });

  it('reads the same tables with or without progress', async () => {
    const file = await bigWorkbook();
    expect(await readWorkbookSheets(file, { onProgress: () => undefined })).toEqual(await readWorkbookSheets(file));
  });
});

describe('xlsx that is not a workbook', () => {
  it('says so for a zip without a workbook part', async () => {
    const zip = await readFile(`${FIXTURES}hlta-peer-mentoring-msforms.xlsx`);
    const renamed = Buffer.from(zip.toString('latin1').replaceAll('xl/workbook.xml', 'xl/notebook.xml'), 'latin1');
    const error = await readTable(await tempFile('doc.xlsx', renamed)).catch((e: unknown) => e);
    expect((error as InputError).message).toMatch(/zip file but not an Excel workbook/);
  });
});

describe('readXlsx with a stream', () => {
  /** A sheet of 30 sign-ups, the last `wide` of them with `past` to the right of the header. */
  const signUps = (wide = 0, past = 'typed here') =>
    tempXlsx('signups.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Sign-ups');
      sheet.addRow(['Name', 'Email']);
      for (let i = 0; i < 30; i++) sheet.addRow([`P${i}`, `p${i}@school.example`, ...(i >= 30 - wide ? [past] : [])]);
    });

  it('hands the rows after the head to the sink, in the head\'s columns, and keeps none of them', async () => {
    const { taken, told, offer } = recordingStream(10);
    const [table] = await readTable(await signUps(), { stream: offer });
    expect(table).toMatchObject({ sheet: 'Sign-ups', headers: ['Name', 'Email'], rows: [] });
    expect(told).toEqual({ ended: true, cancelled: false, head: 10 });
    expect(taken).toHaveLength(20);
    expect(taken[0]).toEqual(['P10', 'p10@school.example']);
  });

  it('reads the sheet again whole when a later row is wider than the head, or the sink turns its rows down', async () => {
    const wider = recordingStream(10);
    const [table] = await readTable(await signUps(1), { stream: wider.offer });
    expect(wider.told).toMatchObject({ ended: false, cancelled: true });
    expect(table?.headers).toEqual(['Name', 'Email', 'Column 3']);
    expect(table?.rows).toHaveLength(30);
    const declined = recordingStream(10, false);
    const [again] = await readTable(await signUps(), { stream: declined.offer });
    expect(declined.told.ended).toBe(true);
    expect(again?.rows).toHaveLength(30);
  });

  it('tells the second reading of the sheet under a phase of its own, counted from the start', async () => {
    const { onProgress, calls } = recordProgress();
    await readTable(await signUps(), { stream: recordingStream(10, false).offer, onProgress });
    const phases = [...new Set(calls.map((call) => call.phase))];
    expect(phases).toEqual(['reading signups.xlsx', 'reading signups.xlsx again']);
    for (const phase of phases) expectCountsUp(calls, phase);
  });

  it('is not offered to the sheets of readWorkbookSheets, even when there is one', async () => {
    const { told, offer } = recordingStream(1);
    const [table] = await readWorkbookSheets(await signUps(), { stream: offer });
    expect(told.head).toBe(0);
    expect(table?.rows).toHaveLength(30);
  });

  it('keeps streaming past a later row whose cells past the head are blank, as the whole sheet drops that column', async () => {
    const { taken, told, offer } = recordingStream(10);
    const [table] = await readTable(await signUps(3, ' '), { stream: offer });
    expect(told).toMatchObject({ ended: true, cancelled: false });
    expect(table?.headers).toEqual(['Name', 'Email']);
    expect(taken.at(-1)).toEqual(['P29', 'p29@school.example']);
  });

  it('counts the progress of a sheet read again from the start, to its end', async () => {
    const { onProgress, calls } = recordProgress();
    const declined = recordingStream(10, false);
    await readTable(await signUps(), { stream: declined.offer, onProgress });
    const again = calls.findIndex((call, i) => i > 0 && call.done < (calls[i - 1]?.done ?? 0));
    expect(again).toBeGreaterThan(0);
    expect(calls.every((call) => call.done <= call.total)).toBe(true);
    expectCountsUp(calls.slice(again), calls[again]?.phase ?? '');
  });

  it('passes on an error of the sink as it is, not as a damaged workbook', async () => {
    const failing = { headRows: 10, open: () => ({ add: () => { throw new TypeError('a bug in the sink'); }, end: () => true, cancel: () => undefined }) };
    await expect(readTable(await signUps(), { stream: failing })).rejects.toThrow(new TypeError('a bug in the sink'));
  });
});
