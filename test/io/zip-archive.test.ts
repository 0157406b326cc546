import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { ZipArchive, ZipError, ZipPartTooLargeError } from '../../src/io/zip-archive.js';
import { zipBytes } from '../bad-input/zip-writer.js';
import { FIXTURES } from './helpers.js';

const WORKBOOK = `${FIXTURES}hlta-peer-mentoring-msforms.xlsx`;

async function text(zip: ZipArchive, path: string): Promise<string> {
  const stream = await zip.text(path);
  if (!stream) throw new Error(`no ${path}`);
  let content = '';
  for await (const chunk of stream) content += chunk as string;
  return content;
}

describe('ZipArchive', () => {
  it('opens any part of a file or a buffer through the directory, in any order', async () => {
    for (const source of [WORKBOOK, await readFile(WORKBOOK)]) {
      const zip = await ZipArchive.open(source);
      try {
        expect(await text(zip, 'xl/workbook.xml')).toContain('<sheet ');
        expect(await text(zip, 'xl/worksheets/sheet1.xml')).toContain('zhughes0@wigan.sch.example');
        expect(zip.has('xl/styles.xml')).toBe(true);
        expect(await zip.text('xl/missing.xml')).toBeUndefined();
      } finally {
        await zip.close();
      }
    }
  });

  it('counts the compressed bytes of a part as they are read, up to its compressed size', async () => {
    for (const source of [WORKBOOK, await readFile(WORKBOOK)]) {
      const zip = await ZipArchive.open(source);
      try {
        const pieces: number[] = [];
        const content = await zip.content('xl/worksheets/sheet1.xml', (bytes) => pieces.push(bytes));
        let unzipped = 0;
        for await (const chunk of content!) unzipped += (chunk as Buffer).length;
        const compressed = zip.compressedSize('xl/worksheets/sheet1.xml');
        expect(compressed).toBeGreaterThan(0);
        expect(compressed).toBeLessThan(unzipped);
        expect(pieces.reduce((sum, n) => sum + n, 0)).toBe(compressed);
        expect(zip.compressedSize('xl/missing.xml')).toBe(0);
      } finally {
        await zip.close();
      }
    }
  });

  it('recognises a zip cut short, and bytes that are not a zip', async () => {
    const bytes = await readFile(WORKBOOK);
    await expect(ZipArchive.open(bytes.subarray(0, bytes.length - 30))).rejects.toThrow(/end is missing/);
    await expect(ZipArchive.open(Buffer.from('not a zip at all'))).rejects.toBeInstanceOf(ZipError);
  });

  it('reports damaged compressed data while a part is read', async () => {
    const bytes = Buffer.from(await readFile(WORKBOOK));
    const sheetData = bytes.indexOf('xl/worksheets/sheet1.xml') + 200;
    bytes.fill(0, sheetData, sheetData + 2000);
    const zip = await ZipArchive.open(bytes);
    try {
      await expect(text(zip, 'xl/worksheets/sheet1.xml')).rejects.toThrow();
    } finally {
      await zip.close();
    }
  });

  it('lists its parts, and refuses a part that declares more than the limit before unzipping it', async () => {
    const zip = await ZipArchive.open(zipBytes([{ name: 'a.xml', content: 'x'.repeat(5000) }, { name: 'b.xml', content: 'b' }]), {
      maxPartBytes: 4000,
    });
    try {
      expect(zip.paths()).toEqual(['a.xml', 'b.xml']);
      await expect(zip.text('a.xml')).rejects.toBeInstanceOf(ZipPartTooLargeError);
      expect(await text(zip, 'b.xml')).toBe('b');
    } finally {
      await zip.close();
    }
  });

  it('stops unzipping a part that lies about its size once past the limit', async () => {
    const deflated = deflateRawSync('y'.repeat(1_000_000));
    const zip = await ZipArchive.open(zipBytes([{ name: 'bomb.xml', deflated, declaredSize: 10, declaredCrc: 0 }]), {
      maxPartBytes: 100_000,
    });
    try {
      const error = await text(zip, 'bomb.xml').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ZipPartTooLargeError);
      expect(error).toMatchObject({ part: 'bomb.xml', maxPartBytes: 100_000 });
    } finally {
      await zip.close();
    }
  });
});
