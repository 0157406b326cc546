import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAll, decodeChunks, detectEncoding } from '../../src/io/detect-encoding.js';

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

  it('gives the text back, in slices of any size, with or without a BOM, in narrow pieces or not', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), fc.boolean(), fc.boolean(), (original, sliceBytes, bom, narrow) => {
        const bytes = Buffer.from(bom ? `\ufeff${original}` : original, 'utf8');
        expect([...decodeChunks(bytes, detectEncoding(bytes), { sliceBytes, narrow })].join('')).toBe(original);
      }),
    );
  });

  it('tells onDone where each slice ends, up to the last byte', () => {
    const bytes = Buffer.from('Łódź,😀\n'.repeat(20), 'utf8');
    const done: number[] = [];
    for (const chunk of decodeChunks(bytes, detectEncoding(bytes), { sliceBytes: 16, onDone: (at) => done.push(at), narrow: true })) {
      expect(chunk).not.toBe('');
    }
    expect(done.at(-1)).toBe(bytes.length);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.every((at) => at === bytes.length || (bytes[at]! & 0xc0) !== 0x80)).toBe(true);
  });
});
