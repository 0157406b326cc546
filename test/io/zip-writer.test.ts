import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OutputError } from '../../src/errors.js';
import { ZipArchive } from '../../src/io/zip-archive.js';
import { ZipWriter } from '../../src/io/zip-writer.js';
import { makeTempDir } from './helpers.js';

const DOS_DATE_2000_01_01 = ((2000 - 1980) << 9) | (1 << 5) | 1;

/** Reads every part of a zip back as text, through the reader the importer uses (which checks each CRC). */
async function partsOf(path: string): Promise<Record<string, string>> {
  const zip = await ZipArchive.open(path);
  const parts: Record<string, string> = {};
  try {
    for (const part of zip.paths()) {
      let text = '';
      for await (const chunk of (await zip.text(part)) ?? []) text += chunk;
      parts[part] = text;
    }
  } finally {
    await zip.close();
  }
  return parts;
}

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

async function* slowly(chunks: readonly string[]): AsyncGenerator<string> {
  for (const chunk of chunks) yield await Promise.resolve(chunk);
}

async function writeZip(path: string, build: (zip: ZipWriter) => Promise<void>): Promise<Buffer> {
  const zip = await ZipWriter.create(path);
  await build(zip);
  await zip.close();
  return readFile(path);
}

describe('ZipWriter', () => {
  it('writes whole and streamed entries that read back exactly, in the order added', async () => {
    const dir = await makeTempDir();
    // Megabytes of text that compresses poorly, so the entry is deflated in several 1 MB blocks at once.
    let seed = 1;
    const random = () => (seed = (seed * 48271) % 0x7fffffff).toString(36);
    const big = Array.from({ length: 100_000 }, (_, i) => `<r n="${i}">${random()}${random()} é 😀</r>`);
    await writeZip(join(dir, 'a.zip'), async (zip) => {
      await zip.addFile('one.txt', 'hello');
      await zip.addFile('bytes.bin', new Uint8Array([104, 105]));
      await zip.addStream('big.xml', big);
      await zip.addStream('mixed.txt', slowly(['a', '', 'b']));
      await zip.addStream('empty.txt', []);
    });
    const parts = await partsOf(join(dir, 'a.zip'));
    expect(Object.keys(parts)).toEqual(['one.txt', 'bytes.bin', 'big.xml', 'mixed.txt', 'empty.txt']);
    expect(parts).toMatchObject({ 'one.txt': 'hello', 'bytes.bin': 'hi', 'mixed.txt': 'ab', 'empty.txt': '' });
    expect(parts['big.xml']).toBe(big.join(''));
  });

  it('stamps every entry 2000-01-01 00:00, so the same content gives the same bytes', async () => {
    const dir = await makeTempDir();
    const build = async (zip: ZipWriter) => {
      await zip.addFile('a.txt', 'a');
      await zip.addStream('b.txt', ['b', 'c']);
    };
    const first = await writeZip(join(dir, '1.zip'), build);
    expect(await writeZip(join(dir, '2.zip'), build)).toEqual(first);
    const dates = storedDates(first);
    expect(dates).toHaveLength(4);
    expect(new Set(dates.map((d) => `${d.time}/${d.date}`))).toEqual(new Set([`0/${DOS_DATE_2000_01_01}`]));
  });

  it('gives back any entries it was given', async () => {
    const dir = await makeTempDir();
    const entry = fc.tuple(fc.stringMatching(/^[a-z]{1,8}(\/[a-z]{1,8})?\.xml$/), fc.array(fc.string({ unit: 'grapheme' })));
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(entry, { selector: ([name]) => name, maxLength: 5 }), async (entries) => {
        const path = join(dir, `p${run++}.zip`);
        await writeZip(path, async (zip) => {
          for (const [name, chunks] of entries) await zip.addStream(name, chunks);
        });
        expect(await partsOf(path)).toEqual(Object.fromEntries(entries.map(([name, chunks]) => [name, chunks.join('')])));
      }),
      { numRuns: 25 },
    );
  });

  it('refuses, with an OutputError, to grow past the size a zip without zip64 can describe', async () => {
    const path = join(await makeTempDir(), 'big.zip');
    const zip = await ZipWriter.create(path, { maxBytes: 1000 });
    await zip.addFile('small.txt', 'fits');
    const error = await zip.addStream('big.txt', [Array.from({ length: 2000 }, (_, i) => i).join()]).catch((e) => e);
    await zip.abandon();
    expect(error).toBeInstanceOf(OutputError);
    expect(error.message).toMatch(/larger than 1000 bytes.*write \.csv instead/);
  });

  it('passes on a failure of the content and refuses a file that already exists', async () => {
    const path = join(await makeTempDir(), 'x.zip');
    const zip = await ZipWriter.create(path);
    const failure = new OutputError('no more rows');
    async function* failing(): AsyncGenerator<string> {
      yield 'first';
      throw failure;
    }
    await expect(zip.addStream('x.txt', failing())).rejects.toBe(failure);
    async function* failingLater(): AsyncGenerator<string> {
      for (let i = 0; i < 6; i++) yield 'x'.repeat(1_200_000);
      throw failure;
    }
    // Blocks are still being deflated when the content fails: the failure is passed on, and nothing else is thrown.
    await expect(zip.addStream('y.txt', failingLater())).rejects.toBe(failure);
    await zip.abandon();
    await access(path);
    await expect(ZipWriter.create(path)).rejects.toMatchObject({ code: 'EEXIST' });
  });
});
