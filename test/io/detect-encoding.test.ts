import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAll, decodeChunks, detectEncoding, utf8TextSlices } from '../../src/io/detect-encoding.js';

describe('detectEncoding', () => {
  it('recognises byte-order marks, valid UTF-8, and falls back to Windows-1252', () => {
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: 'utf-8', bomLength: 3 });
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x41, 0]))).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    expect(detectEncoding(Buffer.from([0xfe, 0xff, 0, 0x41]))).toEqual({ encoding: 'utf-16be', bomLength: 2 });
    expect(detectEncoding(Buffer.from('Zoë', 'utf8'))).toEqual({ encoding: 'utf-8', bomLength: 0 });
    expect(detectEncoding(Buffer.from([0x5a, 0x6f, 0xeb]))).toEqual({ encoding: 'windows-1252', bomLength: 0 });
  });
});

describe('decodeChunks', () => {
  it('keeps characters that straddle two slices whole', () => {
    const text = 'Zoë 😀 Ó Súilleabháin';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    for (const bytes of [Buffer.from(text, 'utf8'), utf16]) {
      const chunks = [...decodeChunks(bytes, detectEncoding(bytes), { sliceBytes: 3 })];
      expect(chunks.length).toBeGreaterThan(1);
      expect(chunks.join('')).toBe(text);
    }
  });

  it('strips the BOM', () => {
    expect(decodeAll(Buffer.from('\ufeffName', 'utf8'))).toBe('Name');
  });
});

describe('decodeChunks of valid UTF-8', () => {
  const text = fc
    .array(fc.constantFrom('a', ',', '\n', '\r\n', 'é', 'Ł', 'ễ', '😀', ' '.repeat(300)), { maxLength: 60 })
    .map((parts) => parts.join(''));

  it('gives the text back, in slices of any size, with or without a BOM', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), fc.boolean(), (original, sliceBytes, bom) => {
        const bytes = Buffer.from(bom ? `\ufeff${original}` : original, 'utf8');
        expect([...decodeChunks(bytes, detectEncoding(bytes), { sliceBytes })].join('')).toBe(original);
      }),
    );
  });

  it('tells onDone where each slice ends, up to the last byte', () => {
    const bytes = Buffer.from('Łódź,😀\n'.repeat(20), 'utf8');
    const done: number[] = [];
    for (const chunk of decodeChunks(bytes, detectEncoding(bytes), { sliceBytes: 16, onDone: (at) => done.push(at) })) {
      expect(chunk).not.toBe('');
    }
    expect(done.at(-1)).toBe(bytes.length);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.every((at) => at === bytes.length || (bytes[at]! & 0xc0) !== 0x80)).toBe(true);
  });
});

describe('utf8TextSlices', () => {
  const text = fc.array(fc.constantFrom('a', ',', '\n', 'é', 'Ł', '😀', '\u00a0'), { maxLength: 40 }).map((parts) => parts.join(''));
  const encoded = (original: string, how: number): Buffer => {
    if (how === 0) return Buffer.from(original, 'utf8');
    if (how === 1) return Buffer.from(`\ufeff${original}`, 'utf8');
    if (how === 2) return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original, 'utf16le')]);
    // Windows-1252: a text of its characters alone (no Ł or emoji), made invalid UTF-8 by an é.
    return Buffer.from(`é${original.replace(/[^a,\n\u00a0é]/g, '')}`, 'latin1');
  };

  it('gives the text as UTF-8 whatever its encoding, in slices of any size', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 40 }), (original, how, sliceBytes) => {
        const bytes = encoded(original, how);
        const slices = [...utf8TextSlices(bytes, detectEncoding(bytes), { sliceBytes })].map((slice) => Buffer.from(slice));
        expect(Buffer.concat(slices).toString('utf8')).toBe(decodeAll(bytes));
      }),
    );
  });

  it('gives valid UTF-8 as views of its own bytes, after the BOM, without copying them', () => {
    const bytes = Buffer.from('\ufeffName,Notes\nZoë,😀\n', 'utf8');
    const slices = [...utf8TextSlices(bytes, detectEncoding(bytes), { sliceBytes: 8 })];
    expect(slices.every((slice) => slice.buffer === bytes.buffer)).toBe(true);
    expect(slices[0]?.byteOffset).toBe(bytes.byteOffset + 3);
  });
});
