import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { crc32, crc32Check } from '../../src/io/crc32.js';

describe('crc32', () => {
  it('matches the standard check value, in one go or in pieces', () => {
    const bytes = Buffer.from('123456789');
    expect(crc32(bytes)).toBe(0xcbf43926);
    expect(crc32(bytes.subarray(4), crc32(bytes.subarray(0, 4)))).toBe(0xcbf43926);
  });

  it('passes matching content through and fails on a mismatch', async () => {
    const read = async (expected: number) => {
      let text = '';
      const source = Readable.from([Buffer.from('1234'), Buffer.from('56789')]);
      for await (const chunk of source.pipe(crc32Check(expected, 'x'))) text += String(chunk);
      return text;
    };
    await expect(read(0xcbf43926)).resolves.toBe('123456789');
    await expect(read(1)).rejects.toThrow(/damaged/);
  });
});
