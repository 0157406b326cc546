import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeTables } from '../../src/io/write-table.js';
import { tempDir } from '../helpers/memory-io.js';

const DOS_DATE_2000_01_01 = ((2000 - 1980) << 9) | (1 << 5) | 1;

/** Every (time, date) pair stored in local headers and central-directory entries. */
function storedDates(zip: Buffer): { time: number; date: number }[] {
  const found: { time: number; date: number }[] = [];
  for (let at = 0; at + 46 < zip.length; at++) {
    const signature = zip.readUInt32LE(at);
    if (signature === 0x04034b50) found.push({ time: zip.readUInt16LE(at + 10), date: zip.readUInt16LE(at + 12) });
    if (signature === 0x02014b50) found.push({ time: zip.readUInt16LE(at + 12), date: zip.readUInt16LE(at + 14) });
  }
  return found;
}

describe('xlsx output carries no write time', () => {
  let cleanup = async () => {};
  afterEach(() => cleanup());

  it('stamps every zip entry 2000-01-01 00:00, so re-runs give identical bytes', async () => {
    const temp = await tempDir();
    cleanup = temp.cleanup;
    const file = path.join(temp.dir, 'out.xlsx');
    await writeTables(file, [{ name: 'People', columns: ['name'], rows: [{ name: 'Ada' }] }]);
    const dates = storedDates(await readFile(file));
    expect(dates.length).toBeGreaterThanOrEqual(10);
    expect(new Set(dates.map((d) => `${d.time}/${d.date}`))).toEqual(new Set([`0/${DOS_DATE_2000_01_01}`]));
  });
});
