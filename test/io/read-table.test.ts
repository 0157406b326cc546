import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/errors.js';
import { readPickedSheets, readTable, readTables, readWorkbookSheets } from '../../src/io/read-table.js';
import { FIXTURES, makeTempDir, stdinOf, tempFile } from './helpers.js';

async function readOne(input: string, options = {}) {
  const [table] = await readTable(input, options);
  if (!table) throw new Error('no table');
  return table;
}

describe('readTable on the sample exports', () => {
  it('reads the Google Forms CSV: 417 data rows, one of them blank, a multi-line note kept', async () => {
    const table = await readOne(`${FIXTURES}edumentoring-2020-responses.csv`);
    expect(table.headers[0]).toBe('Timestamp');
    expect(table.headers).toContain('Which areas would you like support with, or could you offer support with?');
    expect(table.rows.length + table.blankRows).toBe(417);
    expect(table.blankRows).toBe(1);
    expect(table.rows[0]).toMatchObject({ line: 2, cells: expect.arrayContaining(['Kerin Ó Súilleabháin']) });
    expect(table.rows.every((row) => row.cells.length === table.headers.length)).toBe(true);
    const multiLine = table.rows.flatMap((row) => row.cells).filter((cell) => cell.includes('\n'));
    expect(multiLine.length).toBeGreaterThan(0);
    expect(multiLine.every((cell) => !cell.includes('\r'))).toBe(true);
  });

  it('reads the Microsoft Forms xlsx: Excel dates as ISO text, the mailto link as the address', async () => {
    const table = await readOne(`${FIXTURES}hlta-peer-mentoring-msforms.xlsx`);
    expect(table.sheet).toBe('Sheet1');
    expect(table.headers.slice(0, 5)).toEqual(['ID', 'Start time', 'Completion time', 'Email', 'Name']);
    expect(table.rows).toHaveLength(120);
    const first = table.rows[0];
    expect(first?.line).toBe(2);
    expect(first?.cells.slice(0, 7)).toEqual([
      '1',
      '2026-09-07T09:21:00',
      '2026-09-07T09:24:00',
      'anonymous',
      '',
      'Zoë Hughes',
      'zhughes0@wigan.sch.example',
    ]);
    expect(table.rows.flatMap((row) => row.cells).some((cell) => cell.startsWith('mailto:'))).toBe(false);
  });
});

describe('readTables', () => {
  it('returns one table per input, in order, and reads stdin for -', async () => {
    const csv = await tempFile('a.csv', 'Name,Email\nAnn,ann@example.org\n');
    const tables = await readTables([csv, '-'], { stdin: stdinOf('Name;Email\nBob;bob@example.org\n') });
    expect(tables.map((t) => [t.file, t.rows[0]?.cells[0]])).toEqual([
      [csv, 'Ann'],
      ['-', 'Bob'],
    ]);
  });

  it('refuses to read stdin twice', async () => {
    await expect(readTables(['-', '-'], { stdin: stdinOf('a\n1\n') })).rejects.toBeInstanceOf(UsageError);
  });

  it('reads an xlsx and JSON from stdin by their content', async () => {
    const json = await readTables(['-'], { stdin: stdinOf('[{"Name":"Ann"}]') });
    expect(json[0]?.rows[0]?.cells).toEqual(['Ann']);
    const workbook = await readFile(`${FIXTURES}hlta-peer-mentoring-msforms.xlsx`);
    const xlsx = await readTables(['-'], { stdin: stdinOf(workbook) });
    expect(xlsx[0]?.rows).toHaveLength(120);
  });
});

describe('a pipe as the input', () => {
  /** A named pipe in a temporary folder, fed `content` once a reader opens it. */
  async function pipeOf(content: string | Uint8Array): Promise<string> {
    const path = join(await makeTempDir(), 'export.csv');
    execFileSync('mkfifo', [path]);
    // A reader that stops early (the size limit) closes the pipe on a writer that may not be done.
    createWriteStream(path).on('error', () => undefined).end(content);
    return path;
  }

  it.skipIf(process.platform === 'win32')('reads a CSV or an xlsx from a pipe (`<(curl …)`) whole, as stdin, up to the size limit', async () => {
    expect((await readOne(await pipeOf('Name,Email\nAnn,ann@example.org\n'))).rows[0]?.cells).toEqual(['Ann', 'ann@example.org']);
    const workbook = await readFile(`${FIXTURES}hlta-peer-mentoring-msforms.xlsx`);
    expect((await readOne(await pipeOf(workbook))).rows).toHaveLength(120);
    await expect(readOne(await pipeOf('a,b\n1,2\n'), { limits: { maxFileBytes: 4 } })).rejects.toThrow(/maxFileBytes/);
  });

  it.skipIf(process.platform !== 'linux')('reads a file whose size says 0 to its end, as a /proc file is', async () => {
    expect((await stat('/proc/version')).size).toBe(0);
    expect((await readOne('/proc/version')).headers.join(',')).toMatch(/^Linux version/);
  });
});

describe('readTable errors', () => {
  it('names a missing file', async () => {
    const error = await readOne('/no/such/folder/responses.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).context.file).toBe('/no/such/folder/responses.csv');
    expect((error as InputError).message).toMatch(/there is no file/);
  });

  it('refuses a folder', async () => {
    await expect(readOne(FIXTURES)).rejects.toThrow(/folder/);
  });

  it('refuses .xls, .ods and .numbers, saying to save as .xlsx or .csv', async () => {
    const xls = await tempFile('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const zipHeader = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26)]);
    const ods = await tempFile(
      'sheet.ods',
      Buffer.concat([zipHeader, Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')]),
    );
    for (const file of [xls, ods, '/somewhere/sheet.numbers']) {
      await expect(readOne(file)).rejects.toThrow(/save it as \.xlsx or \.csv/);
    }
  });

  it('recognises an xlsx by its content whatever its name', async () => {
    const bytes = await readFile(`${FIXTURES}hlta-peer-mentoring-msforms.xlsx`);
    const renamed = await tempFile('export.csv', bytes);
    expect((await readOne(renamed)).rows).toHaveLength(120);
  });

  it('gives a readable error, and never hangs, wherever an xlsx is cut short', async () => {
    const bytes = await readFile(`${FIXTURES}hlta-peer-mentoring-msforms.xlsx`);
    for (const length of [100, 2_000, 5_000, 9_000, 12_000, 15_000, bytes.length - 10]) {
      const error = await readOne(await tempFile('cut.xlsx', bytes.subarray(0, length))).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toMatch(/truncated or damaged.*save it again/);
    }
  });

  it('refuses a binary file that is not a table', async () => {
    const file = await tempFile('photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]));
    await expect(readOne(file)).rejects.toThrow(/binary/);
  });

  it('stops at the file-size limit with the option that raises it', async () => {
    const file = await tempFile('big.csv', 'a,b\n1,2\n');
    await expect(readOne(file, { limits: { maxFileBytes: 4 } })).rejects.toThrow(/maxFileBytes.*--max-file-bytes/);
    await expect(readTables(['-'], { stdin: stdinOf('a,b\n1,2\n'), limits: { maxFileBytes: 4 } })).rejects.toThrow(
      /maxFileBytes/,
    );
  });
});

describe('readWorkbookSheets', () => {
  it('gives a CSV as its one table', async () => {
    const csv = await tempFile('a.csv', 'x\n1\n');
    expect(await readWorkbookSheets(csv)).toHaveLength(1);
  });
});

describe('readPickedSheets', () => {
  it('gives a CSV as its one table, with no sheet names and nothing to pick', async () => {
    const csv = await tempFile('a.csv', 'x\n1\n');
    const picked = await readPickedSheets(csv, () => {
      throw new Error('a CSV has no sheets to pick');
    });
    expect(picked.tables.map((t) => t.headers)).toEqual([['x']]);
    expect(picked.sheetNames).toBeUndefined();
  });

  it('reads the sheets of a JSON object that `pick` chooses, and names them all', async () => {
    const json = await tempFile('sheets.json', JSON.stringify({ Rota: [{ date: '2027-01-12' }], Alternatives: [{ rank: 1 }], Notes: [] }));
    const picked = await readPickedSheets(json, (names) => names.filter((name) => name !== 'Alternatives'));
    expect(picked.tables.map((t) => t.sheet)).toEqual(['Rota', 'Notes']);
    expect(picked.sheetNames).toEqual(['Rota', 'Alternatives', 'Notes']);
  });
});

describe('stdin', () => {
  it('refuses to wait on a terminal when nothing is piped in', async () => {
    const terminal = Object.assign(stdinOf(''), { isTTY: true });
    await expect(readTables(['-'], { stdin: terminal })).rejects.toThrow(/nothing is piped in/);
  });
});
