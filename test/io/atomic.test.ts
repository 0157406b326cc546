import { chmod, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError } from '../../src/errors.js';
import { removePendingTempFiles, watchWriting, writeAtomically, writeFileAtomic, writeNewFile } from '../../src/io/atomic.js';
import { makeTempDir } from './helpers.js';

const isRoot = process.getuid?.() === 0;

describe('writeFileAtomic', () => {
  it('replaces an earlier file and leaves no temporary file', async () => {
    const dir = await makeTempDir();
    const path = join(dir, 'roster.csv');
    await writeFile(path, 'old\n');
    await writeFileAtomic(path, 'new\n');
    expect(await readFile(path, 'utf8')).toBe('new\n');
    expect(await readdir(dir)).toEqual(['roster.csv']);
  });

  it('keeps the earlier file and removes the temporary one when writing fails midway', async () => {
    const dir = await makeTempDir();
    const path = join(dir, 'roster.csv');
    await writeFile(path, 'old\n');
    const failing = writeAtomically(path, async (temp) => {
      await writeFile(temp, 'half a fi');
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    });
    await expect(failing).rejects.toThrow(/cannot write ".*roster\.csv": the disk is full/);
    await expect(failing).rejects.toBeInstanceOf(OutputError);
    expect(await readFile(path, 'utf8')).toBe('old\n');
    expect(await readdir(dir)).toEqual(['roster.csv']);
  });

  it('says when the folder does not exist', async () => {
    const path = join(await makeTempDir(), 'missing', 'roster.csv');
    await expect(writeFileAtomic(path, 'x')).rejects.toThrow(/folder ".*missing" does not exist/);
  });

  it.skipIf(isRoot)('says when the folder is read-only', async () => {
    const dir = await makeTempDir();
    await chmod(dir, 0o555);
    try {
      await expect(writeFileAtomic(join(dir, 'roster.csv'), 'x')).rejects.toThrow(/folder is read-only/);
    } finally {
      await chmod(dir, 0o755);
    }
  });

  it.skipIf(process.platform !== 'linux')('says when the folder refuses writes, even to root (sysfs)', async () => {
    const failing = writeFileAtomic('/sys/edumentor-roster.csv', 'x');
    await expect(failing).rejects.toBeInstanceOf(OutputError);
    await expect(failing).rejects.toThrow(/cannot write "\/sys\/edumentor-roster\.csv": .*read-only/);
  });

  it('writes through a symlink to the file it points to', async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, 'real.csv'), 'old');
    await symlink(join(dir, 'real.csv'), join(dir, 'link.csv'));
    await writeFileAtomic(join(dir, 'link.csv'), 'new');
    expect(await readFile(join(dir, 'real.csv'), 'utf8')).toBe('new');
    expect((await readdir(dir)).sort()).toEqual(['link.csv', 'real.csv']);
  });

  it('tells a watcher when writing starts and when the last of several overlapping writes ends', async () => {
    const dir = await makeTempDir();
    const seen: boolean[] = [];
    const stop = watchWriting((writing) => seen.push(writing));
    let release = () => undefined as void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const slow = writeAtomically(join(dir, 'slow.csv'), async (temp) => {
      await writeFile(temp, 'slow');
      await blocked;
    });
    await writeFileAtomic(join(dir, 'quick.csv'), 'quick');
    expect(seen).toEqual([true]);
    release();
    await slow;
    expect(seen).toEqual([true, false]);
    stop();
    await writeFileAtomic(join(dir, 'after.csv'), 'after');
    expect(seen).toEqual([true, false]);
  });

  it('lets an interrupted run remove the temporary files still being written', async () => {
    const dir = await makeTempDir();
    let release = () => undefined as void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const writing = writeAtomically(join(dir, 'roster.csv'), async (temp) => {
      await writeFile(temp, 'half a fi');
      await blocked;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await readdir(dir)).filter((name) => name.includes('.tmp-'))).toHaveLength(1);
    removePendingTempFiles();
    expect(await readdir(dir)).toEqual([]);
    release();
    await expect(writing).rejects.toBeInstanceOf(OutputError);
  });
});

describe('writeNewFile', () => {
  it('writes every chunk in order while the next is being made', async () => {
    const path = join(await makeTempDir(), 'rota.ics');
    const chunks = Array.from({ length: 500 }, (_, i) => (i % 2 === 0 ? `${i}é,` : Buffer.from(`${i};`)));
    await writeNewFile(path, chunks);
    expect(await readFile(path, 'utf8')).toBe(chunks.map(String).join(''));
  });

  it('ends with the failure of the content while a chunk is still being written, and closes the file', async () => {
    const path = join(await makeTempDir(), 'rota.ics');
    function* failing(): Generator<string> {
      yield 'x'.repeat(1 << 20);
      throw new Error('meeting 7 has no date');
    }
    await expect(writeNewFile(path, failing())).rejects.toThrow('meeting 7 has no date');
    expect((await readFile(path, 'utf8')).length).toBe(1 << 20);
  });
});
