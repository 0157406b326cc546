import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readTable } from '../../src/io/read-table.js';
import { recordingStream, tempFile } from './helpers.js';

const CSV = 'Name,Email,Notes\r\nZoë Brontë,zoe@example.org,"Café, “quotes” and £5"\r\n';
const EXPECTED = [['Zoë Brontë', 'zoe@example.org', 'Café, “quotes” and £5']];

async function read(name: string, content: string | Uint8Array, options = {}) {
  const [table] = await readTable(await tempFile(name, content), options);
  if (!table) throw new Error('no table');
  return table;
}
const cellsOf = (table: { rows: { cells: string[] }[] }) => table.rows.map((row) => row.cells);

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] ?? 0, le[i] ?? 0];
  return le;
}

describe('encodings', () => {
  it.each([
    ['UTF-8', Buffer.from(CSV, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(CSV)])],
    ['Windows-1252', Buffer.from(toWindows1252(CSV))],
  ])('reads %s', async (_, bytes) => {
    const table = await read('export.csv', bytes);
    expect(table.headers).toEqual(['Name', 'Email', 'Notes']);
    expect(cellsOf(table)).toEqual(EXPECTED);
  });
});

/** Windows-1252 bytes for the characters this test uses. */
function toWindows1252(text: string): number[] {
  const special: Record<string, number> = { '“': 0x93, '”': 0x94, '£': 0xa3, 'é': 0xe9, 'ë': 0xeb };
  return Array.from(text, (ch) => special[ch] ?? ch.charCodeAt(0));
}

describe('delimiters', () => {
  it('detects semicolons and tabs from the header line, ignoring separators inside quotes', async () => {
    const semicolon = await read('eu.csv', '"Name, full";Email;Phases\nAnn;ann@x.example;Primary, Secondary\n');
    expect(semicolon.headers).toEqual(['Name, full', 'Email', 'Phases']);
    expect(cellsOf(semicolon)).toEqual([['Ann', 'ann@x.example', 'Primary, Secondary']]);
    const tab = await read('export.txt', 'Name\tEmail\nAnn\tann@x.example\n');
    expect(cellsOf(tab)).toEqual([['Ann', 'ann@x.example']]);
  });

  it('uses tabs for .tsv even when the header has commas', async () => {
    const table = await read('export.tsv', 'Name, full\tPhases, all\nAnn\tPrimary, Secondary\n');
    expect(table.headers).toEqual(['Name, full', 'Phases, all']);
  });
});

describe('table shape', () => {
  it('skips a title line, keeps row numbers, counts blank rows and drops trailing empty columns', async () => {
    const csv = 'Mentoring sign-ups 2026,,,,\n,,,,\nName,Email,,,\nAnn,a@x.example,,,\n,,,,\nBob,b@x.example,,,\n';
    const table = await read('titled.csv', csv);
    expect(table.headers).toEqual(['Name', 'Email']);
    expect(table.rows).toEqual([
      { line: 4, cells: ['Ann', 'a@x.example'] },
      { line: 6, cells: ['Bob', 'b@x.example'] },
    ]);
    expect(table.blankRows).toBe(1);
  });

  it('keeps both columns of a repeated header and names an unnamed column with data', async () => {
    const table = await read('dupes.csv', ' Question ,Question,,"Where  are\nyou\u00a0based?"\nyes,no,extra,Leeds\n');
    expect(table.headers).toEqual(['Question', 'Question (2)', 'Column 3', 'Where are you based?']);
  });

  it('names a column the header row leaves empty at its end (`Email,Name,`) when a row answers it: a note typed beside the answers', async () => {
    const table = await read('notes.csv', 'Email,Name,\r\njo@x.example,Jo,"called 3/5, keen"\r\nann@x.example,Ann,\r\n');
    expect(table.headers).toEqual(['Email', 'Name', 'Column 3']);
    expect(cellsOf(table)).toEqual([
      ['jo@x.example', 'Jo', 'called 3/5, keen'],
      ['ann@x.example', 'Ann', ''],
    ]);
  });

  it('keeps the fields of a row longer than the header after its header-wide cells (the importer rejects it)', async () => {
    const table = await read('ragged.csv', 'Name,Email\nAnn,a@x.example,stray,more\nBob\n');
    expect(table.headers).toEqual(['Name', 'Email']);
    expect(cellsOf(table)).toEqual([
      ['Ann', 'a@x.example', 'stray', 'more'],
      ['Bob', ''],
    ]);
  });

  it('keeps multi-line cells (CR LF becomes LF) and inner spaces exactly', async () => {
    const table = await read('notes.csv', 'Name,Notes\r\nAnn,"  line one\r\nline two  "\r\n');
    expect(cellsOf(table)).toEqual([['Ann', '  line one\nline two  ']]);
    expect(table.rows[0]?.line).toBe(2);
  });

  it('reads stray quotes as csv-parse’s relaxed rules do, however far into the file they are', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `P${i},"a, b"`).join('\n');
    const table = await read('stray.csv', `Name,Notes\n${rows}\nAnn,"said "hi" twice"\nBob,"x" y\n`);
    expect(table.rows).toHaveLength(3002);
    expect(table.rows[0]?.cells).toEqual(['P0', 'a, b']);
    expect(table.rows.slice(-2)).toEqual([
      { line: 3002, cells: ['Ann', '"said "hi" twice"'] },
      { line: 3003, cells: ['Bob', '"x" y'] },
    ]);
  });

  it('reads an empty file as an empty table', async () => {
    expect(await read('empty.csv', '')).toMatchObject({ headers: [], rows: [], blankRows: 0 });
  });
});

describe('errors and limits', () => {
  it('points at an unclosed quote', async () => {
    const error = await read('bad.csv', 'Name,Notes\nAnn,"never closed\nBob,x\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/never closed/);
    expect((error as InputError).context.row).toBe(2);
  });

  it('refuses random bytes as binary, but reads a table with a stray NUL or control character', async () => {
    let seed = 7;
    const random = Buffer.from(Array.from({ length: 3000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 23));
    await expect(read('random.csv', random)).rejects.toThrow(/binary data/);
    const table = await read('nul.csv', 'Name,Notes\nAnn,a\0b\x01c\n');
    expect(cellsOf(table)).toEqual([['Ann', 'a\0b\x01c']]);
  });

  it('stops at the column and cell-size limits, naming the row', async () => {
    const wide = await read('wide.csv', 'a,b\n1,2,3\n', { limits: { maxColumns: 2 } }).catch((e: unknown) => e);
    expect((wide as InputError).message).toMatch(/more than 2 columns.*--max-columns/);
    expect((wide as InputError).context.row).toBe(2);
    const long = await read('long.csv', 'a,b\n1,123456\n', { limits: { maxCellChars: 5 } }).catch((e: unknown) => e);
    expect((long as InputError).context).toMatchObject({ row: 2, column: 'b' });
  });
});

describe('progress', () => {
  it('tells onProgress the bytes read, slice by slice, up to the whole file, under the file name', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `Person ${i},p${i}@example.org,"notes, ""quoted"" ${i}"`);
    const content = `Name,Email,Notes\n${rows.join('\n')}\n`;
    const reports: [string, number, number][] = [];
    const table = await read('big.csv', content, { onProgress: (phase: string, done: number, total: number) => reports.push([phase, done, total]) });
    const bytes = Buffer.byteLength(content);
    expect(bytes).toBeGreaterThan(3 << 20);
    expect(table.rows).toHaveLength(60_000);
    expect(reports.length).toBeGreaterThanOrEqual(3);
    expect(new Set(reports.map(([phase, , total]) => `${phase} of ${total}`))).toEqual(new Set([`reading big.csv of ${bytes}`]));
    const done = reports.map(([, n]) => n);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(bytes);
  });
});

describe('text read as bytes, a cell decoded at a time', () => {
  const rowsOf = (count: number) => Array.from({ length: count }, (_, i) => `Ann ${i},ann${i}@example.org,${'n'.repeat(300)}`);

  it('reads lines with wide characters among narrow ones as one file would be read', async () => {
    const rows = rowsOf(6000).map((row, i) => (i % 3 === 0 ? row.replace('Ann', 'Łucja Nguyễn') : row));
    const table = await read('wide.csv', `Name,Email,Notes\n${rows.join('\n')}\n`);
    expect(cellsOf(table)).toEqual(rows.map((row) => row.split(',')));
  });

  it('reads a quoted note of most of a megabyte over a slice\'s end, with rows on either side', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => (i % 2 ? `it’s line ${i}, "quoted"` : `line ${i} ${'a'.repeat(300)}`));
    const note = lines.join('\r\n');
    const text = `Name,Email,Notes\n${rowsOf(4000).join('\n')}\nZoë,zoe@example.org,"${note.replaceAll('"', '""')}"\nBo,bo@example.org,x\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 << 20);
    const table = await read('note.csv', text);
    expect(table.rows.at(-2)?.cells).toEqual(['Zoë', 'zoe@example.org', note.replaceAll('\r\n', '\n')]);
    expect(table.rows).toHaveLength(4002);
  });

  it('finds the delimiter in the whole first megabyte of a CR-only export under a title line ending in LF', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `p${i}@x.org;Person ${i};mentor`);
    const text = `Sign-ups export\n${['Email;Name;Role', ...rows].join('\r')}\r`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(1 << 20);
    const table = await read('mac.csv', text);
    expect(table.headers).toEqual(['Email', 'Name', 'Role']);
    expect(table.rows).toHaveLength(40_000);
    expect(table.rows.at(-1)?.cells).toEqual(['p39999@x.org', 'Person 39999', 'mentor']);
  });

  it('reads Windows-1252 and UTF-16 text through the same scanner, encoded as UTF-8 a slice at a time', async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => `Zoë ${i};zoe${i}@example.org;"café; crème"`);
    const text = `Name;Email;Notes\r\n${rows.join('\r\n')}\r\n`;
    const expected = rows.map((_, i) => [`Zoë ${i}`, `zoe${i}@example.org`, 'café; crème']);
    for (const bytes of [Buffer.from(text, 'latin1'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])]) {
      const table = await read('other.csv', bytes);
      expect(table.rows.map((row) => row.cells)).toEqual(expected);
    }
  });
});

describe('with a stream', () => {
  const rows = Array.from({ length: 3000 }, (_, i) => `P${i},"a, b"`);
  it('hands the rows after the head to the sink as they are read, and keeps none of them', async () => {
    const { taken, told, offer } = recordingStream(100);
    const table = await read('big.csv', `Name,Notes\n${rows.join('\n')}\n`, { stream: offer });
    expect(table.rows).toEqual([]);
    expect(told).toEqual({ ended: true, cancelled: false, head: 100 });
    expect(taken).toHaveLength(2900);
    expect(taken[0]).toEqual(['P100', 'a, b']);
  });

  it('reads the text again into a whole table when the sink turns its rows down', async () => {
    const { told, offer } = recordingStream(100, false);
    const table = await read('big.csv', `Name,Notes\n${rows.join('\n')}\n`, { stream: offer });
    expect(told.ended).toBe(true);
    expect(table.rows).toHaveLength(3000);
    expect(table.rows[2999]).toEqual({ line: 3001, cells: ['P2999', 'a, b'] });
  });

  const recordReports = () => {
    const reports: [string, number, number][] = [];
    return { reports, onProgress: (phase: string, done: number, total: number) => reports.push([phase, done, total]) };
  };

  it('tells the second reading, when the sink turns its rows down, under a phase of its own', async () => {
    const { reports, onProgress } = recordReports();
    const text = `Name,Notes\n${rows.join('\n')}\n`;
    await read('big.csv', text, { stream: recordingStream(100, false).offer, onProgress });
    const bytes = Buffer.byteLength(text);
    expect(reports).toEqual([
      ['reading big.csv', bytes, bytes],
      ['reading big.csv again', bytes, bytes],
    ]);
  });

  it('tells csv-parse\'s reading, after the fast one has shown a megabyte, under a phase of its own', async () => {
    const { reports, onProgress } = recordReports();
    const long = Array.from({ length: 30_000 }, (_, i) => `P${i},"a, b, ${'x'.repeat(30)}"`);
    const text = `Name,Notes\n${long.join('\n')}\nAnn,"said "hi" twice"\n`;
    const table = await read('big.csv', text, { stream: recordingStream(100).offer, onProgress });
    const bytes = Buffer.byteLength(text);
    expect(bytes).toBeGreaterThan(1 << 20);
    expect(table.rows).toHaveLength(30_001);
    expect(reports.filter(([phase]) => phase === 'reading big.csv')).toEqual([['reading big.csv', 1 << 20, bytes]]);
    expect(reports.filter(([phase]) => phase !== 'reading big.csv').at(-1)).toEqual(['reading big.csv again', bytes, bytes]);
  });

  it('keeps the first phase for csv-parse when the fast reading gave up before telling any progress', async () => {
    const { reports, onProgress } = recordReports();
    const text = `Name,Notes\nAnn,"said "hi" twice"\n${rows.join('\n')}\n`;
    const table = await read('stray.csv', text, { stream: recordingStream(100).offer, onProgress });
    expect(table.rows).toHaveLength(3001);
    const bytes = Buffer.byteLength(text);
    expect(reports).toEqual([['reading stray.csv', bytes, bytes]]);
  });

  it('cancels the sink when a stray quote after the head sends the text to csv-parse, which reads it whole', async () => {
    const { taken, told, offer } = recordingStream(100);
    const table = await read('stray.csv', `Name,Notes\n${rows.join('\n')}\nAnn,"said "hi" twice"\n`, { stream: offer });
    expect(taken.length).toBeGreaterThan(0);
    expect(told).toMatchObject({ ended: false, cancelled: true });
    expect(table.rows).toHaveLength(3001);
  });
});
