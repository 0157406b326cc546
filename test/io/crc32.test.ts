import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, crc32Check, tableCrc32 } from '../../src/io/crc32.js';

describe('crc32', () => {
  it.each([
    ['crc32', crc32],
    ['tableCrc32', tableCrc32],
  ])('%s matches the standard check value, in one go or in pieces', (_, checksum) => {
    const bytes = Buffer.from('123456789');
    expect(checksum(bytes)).toBe(0xcbf43926);
    expect(checksum(bytes.subarray(4), checksum(bytes.subarray(0, 4)))).toBe(0xcbf43926);
    expect(checksum(new Uint8Array())).toBe(0);
  });

  it('gives the same checksum from zlib and from the table, however the bytes are split', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(300), (bytes, cut) => {
        const at = Math.min(cut, bytes.length);
        const whole = tableCrc32(bytes);
        expect(crc32(bytes)).toBe(whole);
        expect(crc32(bytes.subarray(at), tableCrc32(bytes.subarray(0, at)))).toBe(whole);
      }),
      { numRuns: 200 },
    );
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
