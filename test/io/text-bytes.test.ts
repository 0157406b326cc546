import { closeSync, openSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decodeChunks, detectEncoding } from '../../src/io/detect-encoding.js';
import { bufferBytes, FileBytes, type TextBytes } from '../../src/io/text-bytes.js';
import { tempFile } from './helpers.js';

/** Calls `use` with the FileBytes of a temporary file holding `content`, then closes it. */
async function withFile<T>(content: Uint8Array, use: (bytes: FileBytes) => T, length = content.length): Promise<T> {
  const fd = openSync(await tempFile('bytes.csv', content), 'r');
  try {
    return use(new FileBytes(fd, length, 'bytes.csv'));
  } finally {
    closeSync(fd);
  }
}

const decoded = (bytes: TextBytes | Uint8Array, sliceBytes: number): string =>
  [...decodeChunks(bytes, detectEncoding(bytes), { sliceBytes })].join('');

describe('FileBytes', () => {
  it('reads any slice of the file, clipped to its length', async () => {
    const content = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));
    await withFile(content, (bytes) => {
      for (const [start, end] of [[0, 3], [4000, 4096], [100, 5000], [4990, 6000], [5000, 5010]] as const) {
        expect(bytes.slice(start, end)).toEqual(content.subarray(start, end));
      }
    });
  });

  it('reuses one buffer for slices no larger than the largest so far', async () => {
    await withFile(Buffer.from('abcdefghij'), (bytes) => {
      const first = bytes.slice(0, 8);
      const second = bytes.slice(2, 6);
      expect(second.buffer).toBe(first.buffer);
      expect(second.toString()).toBe('cdef');
    });
  });

  it('says the file got shorter when it ends before its length', async () => {
    const reading = withFile(Buffer.from('abc'), (bytes) => bytes.slice(0, 10), 10);
    await expect(reading).rejects.toThrow(InputError);
    await expect(reading).rejects.toThrow(/got shorter while it was being read/);
  });
});

describe('decoding a file a slice at a time', () => {
  const pieces = fc.constantFrom('a', ',', '\n', 'é', 'Ł', '😀', '\u00a0', ' '.repeat(40));
  const content = fc.tuple(fc.array(pieces, { maxLength: 50 }), fc.boolean(), fc.option(fc.nat(), { nil: undefined }))
    .map(([parts, bom, stray]) => {
      const text = Buffer.from(`${bom ? '\ufeff' : ''}${parts.join('')}`, 'utf8');
      // A byte of Windows-1252 (é) anywhere makes the text not UTF-8.
      if (stray === undefined) return text;
      const at = stray % (text.length + 1);
      return Buffer.concat([text.subarray(0, at), Buffer.from([0xe9]), text.subarray(at)]);
    });

  it('gives the text the whole buffer gives, with the same encoding, for any slice size', async () => {
    await fc.assert(
      fc.asyncProperty(content, fc.integer({ min: 1, max: 40 }), async (bytes, sliceBytes) => {
        await withFile(bytes, (file) => {
          expect(detectEncoding(file)).toEqual(detectEncoding(bytes));
          expect(decoded(file, sliceBytes)).toBe(decoded(bufferBytes(bytes), sliceBytes));
          expect(decoded(file, sliceBytes)).toBe(decoded(bytes, 1 << 20));
        });
      }),
      { numRuns: 60 },
    );
  });

  it('carries a UTF-16 character cut in two from one slice to the next, though the slices share one buffer', async () => {
    const text = 'Zoë 😀 Ó Súilleabháin, Łódź\n'.repeat(5);
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), Buffer.from(text, 'utf8')]) {
      await withFile(bytes, (file) => {
        for (const sliceBytes of [1, 3, 5, 7]) expect(decoded(file, sliceBytes)).toBe(text);
      });
    }
  });

  it('finds a file not UTF-8 by a byte past its first megabyte', async () => {
    const bytes = Buffer.concat([Buffer.alloc(1_500_000, 'a'), Buffer.from([0xe9])]);
    await withFile(bytes, (file) => {
      expect(detectEncoding(file)).toEqual({ encoding: 'windows-1252', bomLength: 0 });
      expect(decoded(file, 1 << 20).endsWith('aé')).toBe(true);
    });
  });
});
