import { randomBytes } from 'node:crypto';
import { lstat, open, realpath, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { outputFailure } from './output-error.js';

/**
 * Writes a file atomically: `fill` writes a temporary file in the same folder, which is flushed to disk and
 * renamed over `path`. On any failure the temporary file is removed and an earlier file at `path` is left as
 * it was; the error is an OutputError naming the path and the cause. A symlink is written through.
 */
export async function writeAtomically(path: string, fill: (tempPath: string) => Promise<void>): Promise<void> {
  const target = await resolveTarget(path);
  const temp = join(dirname(target), `.${basename(target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await fill(temp);
    await flushToDisk(temp);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw outputFailure(error, path);
  }
}

/** `writeAtomically` for data already in memory. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await writeAtomically(path, (temp) => writeNewFile(temp, [data]));
}

/** Writes chunks to a file that must not exist yet (a temporary file's name is never reused). */
export async function writeNewFile(path: string, chunks: Iterable<string | Uint8Array>): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    for (const chunk of chunks) await (typeof chunk === 'string' ? handle.write(chunk) : handle.write(chunk));
  } finally {
    await handle.close();
  }
}

async function flushToDisk(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** An existing symlink's target, so the rename replaces the file it points to rather than the link. */
async function resolveTarget(path: string): Promise<string> {
  try {
    return (await lstat(path)).isSymbolicLink() ? await realpath(path) : path;
  } catch {
    return path;
  }
}
