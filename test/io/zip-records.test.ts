import { describe, expect, it } from 'vitest';
import { directoryEntry, endOfDirectory, localHeader, type ZipEntryRecord } from '../../src/io/zip-records.js';

const DOS_DATE_2000_01_01 = ((2000 - 1980) << 9) | (1 << 5) | 1;
const entry: ZipEntryRecord = { name: Buffer.from('xl/a.xml'), crc: 0xcbf43926, compressedSize: 7, size: 9, offset: 1234 };

describe('zip records', () => {
  it('writes a local header as APPNOTE lays it out: deflated, dated 2000-01-01, followed by the name', () => {
    const header = localHeader(entry);
    expect(header.readUInt32LE(0)).toBe(0x04034b50);
    expect([4, 6, 8, 10, 12].map((at) => header.readUInt16LE(at))).toEqual([20, 0, 8, 0, DOS_DATE_2000_01_01]);
    expect([14, 18, 22].map((at) => header.readUInt32LE(at))).toEqual([0xcbf43926, 7, 9]);
    expect([26, 28].map((at) => header.readUInt16LE(at))).toEqual([8, 0]);
    expect(header.subarray(30).toString()).toBe('xl/a.xml');
  });

  it('writes a directory entry pointing at the local header, with the same checksum and sizes', () => {
    const record = directoryEntry(entry);
    expect(record.readUInt32LE(0)).toBe(0x02014b50);
    expect([10, 12, 14].map((at) => record.readUInt16LE(at))).toEqual([8, 0, DOS_DATE_2000_01_01]);
    expect([16, 20, 24, 42].map((at) => record.readUInt32LE(at))).toEqual([0xcbf43926, 7, 9, 1234]);
    expect([28, 30, 32].map((at) => record.readUInt16LE(at))).toEqual([8, 0, 0]);
    expect(record.subarray(46).toString()).toBe('xl/a.xml');
  });

  it('ends the file with the entry count and where the directory lies', () => {
    const end = endOfDirectory(3, 5000, 160);
    expect(end).toHaveLength(22);
    expect(end.readUInt32LE(0)).toBe(0x06054b50);
    expect([8, 10, 20].map((at) => end.readUInt16LE(at))).toEqual([3, 3, 0]);
    expect([12, 16].map((at) => end.readUInt32LE(at))).toEqual([160, 5000]);
  });
});
