import { link, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { OutputError, UsageError } from '../../src/errors.js';
import { assertDistinctOutputs, assertNotAnInput, assertOutputFiles, formatFromPath, writeTables, type Sheet } from '../../src/io/write-table.js';
import { makeTempDir } from './helpers.js';

const roster: Sheet = {
  name: 'Roster',
  columns: ['name', 'phone', 'subjects', 'capacity', 'consent', 'notes'],
  rows: [
    {
      name: 'Ann',
      phone: '+44 7700 900123',
      subjects: ['maths', 'art'],
      capacity: 2,
      consent: true,
      notes: 'a, "b"\nc',
    },
    { name: '=cmd()', phone: null, subjects: [], capacity: -1, consent: false },
  ],
};
const rejects: Sheet = { name: 'Rejects', columns: ['row', 'reason'], rows: [{ row: 7, reason: 'no e-mail' }] };

/** A stdout stand-in that keeps what is written. */
function capture(): Writable & { text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8') });
}

describe('formatFromPath', () => {
  it('picks the format from the extension, CSV for stdout', () => {
    expect([undefined, '-', 'a.CSV', 'b.tsv', 'c.xlsx', 'd.json'].map(formatFromPath)).toEqual([
      'csv',
      'csv',
      'csv',
      'tsv',
      'xlsx',
      'json',
    ]);
  });

  it('refuses other extensions with a usage error', () => {
    expect(() => formatFromPath('matches.xls')).toThrow(UsageError);
    expect(() => formatFromPath('matches')).toThrow(/\.csv, \.tsv, \.xlsx or \.json/);
  });
});

describe('assertNotAnInput', () => {
  it('refuses an output that is an input by another path, a symlink or a hard link', async () => {
    const dir = await makeTempDir();
    const input = join(dir, 'responses.csv');
    await writeFile(input, 'a\n');
    await symlink(input, join(dir, 'alias.csv'));
    await link(input, join(dir, 'hard.csv'));
    for (const output of [input, join(dir, '.', 'responses.csv'), join(dir, 'alias.csv'), join(dir, 'hard.csv')]) {
      expect(() => assertNotAnInput(output, ['-', input])).toThrow(UsageError);
    }
    expect(() => assertNotAnInput(join(dir, 'alias.csv'), [input])).toThrow(/is also an input/);
  });

  it('allows stdout, new files and other files', async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, 'a.csv'), 'a');
    await writeFile(join(dir, 'b.csv'), 'b');
    for (const output of [undefined, '-', join(dir, 'new.csv'), join(dir, 'b.csv')]) {
      expect(() => assertNotAnInput(output, [join(dir, 'a.csv'), '-'])).not.toThrow();
    }
  });
});

describe('assertDistinctOutputs', () => {
  it('refuses two options naming one file (however the path is written) or both standard output, naming both options', () => {
    expect(() => assertDistinctOutputs({ '-o': 'out/m.xlsx', '--intros': './out/../out/m.xlsx' })).toThrow(
      '"./out/../out/m.xlsx" is given to both -o and --intros: the second would overwrite the first; give each output its own file',
    );
    expect(() => assertDistinctOutputs({ '-o': '-', '--rejects': '-' })).toThrow(/^standard output \(-\) is given to both -o and --rejects/);
    expect(() => assertDistinctOutputs({ '-o': '-', '--rejects': 'r.csv', '--duplicates': undefined })).not.toThrow();
    expect(() => assertDistinctOutputs({ '-o': 'm.csv', '--scores': 'm.csv' })).toThrow(UsageError);
  });
});

describe('assertOutputFiles', () => {
  it('refuses an output that is an input, then two outputs on one file', async () => {
    const dir = await makeTempDir();
    const input = join(dir, 'in.csv');
    await writeFile(input, 'a\n');
    expect(() => assertOutputFiles({ '-o': input }, [input])).toThrow(/is also an input/);
    expect(() => assertOutputFiles({ '-o': join(dir, 'x.csv'), '--rejects': join(dir, 'x.csv') }, [input])).toThrow(/is given to both -o and --rejects/);
    expect(() => assertOutputFiles({ '-o': '-', '--rejects': join(dir, 'r.csv'), '--duplicates': undefined }, ['-'])).not.toThrow();
  });
});

describe('writeTables', () => {
  it('tells onProgress how many rows have been written, ending at every row of the sheets it writes', async () => {
    const many: Sheet = { name: 'Many', columns: ['n', 'text'], rows: Array.from({ length: 25_000 }, (_, n) => ({ n, text: `row ${n} `.repeat(3) })) };
    const dir = await makeTempDir();
    for (const [file, total] of [['many.csv', 25_000], ['many.xlsx', 25_001], ['many.tsv', 25_000]] as const) {
      const reports: [number, number][] = [];
      await writeTables(join(dir, file), [many, rejects], { onProgress: (done, all) => reports.push([done, all]) });
      expect(reports.length, file).toBeGreaterThan(2);
      expect(reports.every(([, all]) => all === total), file).toBe(true);
      expect(reports.map(([done]) => done), file).toEqual(reports.map(([done]) => done).sort((a, b) => a - b));
      expect(reports.at(-1), file).toEqual([total, total]);
    }
  });

  it('writes the first sheet as CSV: neutralised, lists joined, quoted only where needed, LF, no BOM', async () => {
    const path = join(await makeTempDir(), 'roster.csv');
    await writeTables(path, [roster, rejects]);
    expect(await readFile(path, 'utf8')).toBe(
      'name,phone,subjects,capacity,consent,notes\n' +
        `Ann,'+44 7700 900123,maths; art,2,true,"a, ""b""\nc"\n` +
        "'=cmd(),,,-1,false,\n",
    );
  });

  it('writes TSV, and CSV to stdout for - or no output', async () => {
    const path = join(await makeTempDir(), 'rejects.tsv');
    await writeTables(path, [rejects]);
    expect(await readFile(path, 'utf8')).toBe('row\treason\n7\tno e-mail\n');
    for (const output of [undefined, '-']) {
      const stdout = capture();
      await writeTables(output, [rejects, roster], { stdout });
      expect(stdout.text()).toBe('row,reason\n7,no e-mail\n');
    }
  });

  it('writes JSON records, not neutralised, lists kept: an array for one sheet, an object for several', async () => {
    const dir = await makeTempDir();
    await writeTables(join(dir, 'one.json'), [roster]);
    const one = JSON.parse(await readFile(join(dir, 'one.json'), 'utf8'));
    expect(one[1]).toEqual({ name: '=cmd()', phone: null, subjects: [], capacity: -1, consent: false, notes: null });
    expect(Object.keys(one[0])).toEqual(roster.columns);
    await writeTables(join(dir, 'two.json'), [roster, rejects]);
    const two = JSON.parse(await readFile(join(dir, 'two.json'), 'utf8'));
    expect(Object.keys(two)).toEqual(['Roster', 'Rejects']);
    expect(two.Rejects).toEqual([{ row: 7, reason: 'no e-mail' }]);
  });

  it('writes an xlsx that Excel would accept; on failure the earlier file stays and no temp file is left', async () => {
    const dir = await makeTempDir();
    const path = join(dir, 'out.xlsx');
    await writeFile(path, 'earlier');
    const huge: Sheet = { name: 'Big', columns: ['x'], rows: [{ x: 'a'.repeat(32_768) }] };
    const failing = writeTables(path, [roster, huge]);
    await expect(failing).rejects.toBeInstanceOf(OutputError);
    await expect(failing).rejects.toThrow(/more than Excel's 32767.*\.csv or \.json/);
    expect(await readFile(path, 'utf8')).toBe('earlier');
    expect(await readdir(dir)).toEqual(['out.xlsx']);
  });

  it('fails with an OutputError when the folder does not exist', async () => {
    const path = join(await makeTempDir(), 'nope', 'out.csv');
    await expect(writeTables(path, [roster])).rejects.toThrow(/does not exist/);
  });
});
