import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHolidayFiles, readMatchSheet, readRota } from '../../src/commands/schedule-inputs.js';
import { readOwnSheet } from '../../src/io/read-records.js';
import { InputError } from '../../src/errors.js';
import { writeTables } from '../../src/io/write-table.js';
import { fixture } from '../helpers/memory-io.js';
import { eachTestInTempDir } from '../helpers/temp-dirs.js';

let dir: string;
eachTestInTempDir((made) => (dir = made));

describe('readHolidayFiles', () => {
  it('reads .ics by its extension and anything else as a table of ranges, in the order given', async () => {
    const read = await readHolidayFiles([fixture('schedule', 'term-dates-2026-27.ics'), fixture('schedule-cmd', 'holidays-extra.csv')]);
    expect(read.holidays[0]).toEqual({ start: '2026-10-26', end: '2026-10-30', name: 'Autumn half term' });
    expect(read.holidays.at(-1)).toEqual({ start: '2027-01-26', end: '2027-01-26', name: 'INSET day' });
    expect(read.problems).toEqual([]);
  });

  it('collects bad rows as problems and refuses a file that is not a calendar', async () => {
    const bad = path.join(dir, 'holidays.csv');
    await writeFile(bad, 'start,end,name\n2027-02-15,2027-02-19,Half term\nsoon,,Mystery\n');
    const read = await readHolidayFiles([bad]);
    expect(read.holidays).toHaveLength(1);
    expect(read.problems).toEqual([{ file: bad, sheet: undefined, row: 3, column: 'start', message: 'expected a date like 2027-02-15; found "soon"' }]);
    const notIcs = path.join(dir, 'term.ics');
    await writeFile(notIcs, 'start,end\n');
    await expect(readHolidayFiles([notIcs])).rejects.toThrow(InputError);
    await expect(readHolidayFiles([path.join(dir, 'missing.ics')])).rejects.toThrow(/cannot read the holiday calendar/);
  });
});

describe('readOwnSheet', () => {
  it('picks the named sheet of a workbook and takes off the quotes the writer put before formula-like text', async () => {
    const file = path.join(dir, 'rota.xlsx');
    await writeTables(file, [
      { name: 'Summary', columns: ['x'], rows: [{ x: 'y' }] },
      { name: 'Rota', columns: ['name', 'phone'], rows: [{ name: '=Ana', phone: '+44 7700 900123' }] },
    ]);
    const table = await readOwnSheet(file, 'Rota', 'rota');
    expect(table.sheet).toBe('Rota');
    expect(table.rows[0]!.cells).toEqual(['=Ana', '+44 7700 900123']);
  });
});

describe('readMatchSheet and readRota', () => {
  it('read the pairs of a match sheet and the meetings of a rota', async () => {
    const sheet = await readMatchSheet(fixture('schedule-cmd', 'matches.csv'), []);
    expect(sheet.pairs.map((p) => p.pairId)).toEqual(['p01', 'p02', 'p03', 'p04', 'p05', 'p06', 'p07', 'p08']);
    expect(sheet.pairs[0]).toMatchObject({ commonSlots: ['tue-after-school', 'thu-after-school'], mode: 'online' });
    const file = path.join(dir, 'rota.csv');
    await writeFile(file, 'pair_id,meeting_no,date,start,end,mentor_email,mentee_email,status,room\n7,1,18/01/2027,16:00,16:45,A@example.org,b@example.org,Held,\'=B2\n7,2,2027-02-01,16:00,15:00,a@example.org,b@example.org,,\n');
    const rota = await readRota(file);
    expect(rota.meetings).toEqual([
      expect.objectContaining({ meeting_id: '7-m01', date: '2027-01-18', day: 'Monday', mentor_email: 'a@example.org', status: 'held', extra: { room: '=B2' } }),
    ]);
    expect(rota.problems).toEqual([expect.objectContaining({ row: 3, column: 'end' })]);
  });
});
