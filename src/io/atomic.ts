import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { lstat, open, realpath, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { outputFailure } from './output-error.js';
import { writeFully } from './write-fully.js';

/** Temporary files being written now, so that an interrupted run (Ctrl-C) can remove them. */
const pending = new Set<string>();
/** Told `true` when a first temporary file starts being written, `false` when none is left. */
const writingListeners = new Set<(writing: boolean) => void>();

/** Calls `listener(true)` whenever writing starts (a first temporary file) and `listener(false)` when it ends; returns how to stop. */
export function watchWriting(listener: (writing: boolean) => void): () => void {
  writingListeners.add(listener);
  return () => writingListeners.delete(listener);
}

/**
 * Writes a file atomically: `fill` writes a temporary file in the same folder, which is flushed to disk and
 * renamed over `path`. On any failure the temporary file is removed and an earlier file at `path` is left as
 * it was; the error is an OutputError naming the path and the cause. A symlink is written through. A device
 * or a named pipe (`out.csv` linked to `/dev/null`) must not be replaced, so the finished file is copied into it.
 */
export async function writeAtomically(path: string, fill: (tempPath: string) => Promise<void>): Promise<void> {
  const target = await resolveTarget(path);
  const special = await isSpecialFile(target);
  const name = `.${basename(target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const temp = join(special ? tmpdir() : dirname(target), name);
  pending.add(temp);
  if (pending.size === 1) writingListeners.forEach((listener) => listener(true));
  let renamed = false;
  try {
    await fill(temp);
    if (special) {
      await pipeline(createReadStream(temp), createWriteStream(target));
    } else {
      await flushToDisk(temp);
      await rename(temp, target);
      renamed = true;
    }
  } catch (error) {
    throw outputFailure(error, path);
  } finally {
    if (!renamed) await rm(temp, { force: true }).catch(() => undefined);
    pending.delete(temp);
    if (pending.size === 0) writingListeners.forEach((listener) => listener(false));
  }
}

/** Removes the temporary files of writes still under way (synchronously: the process is about to end). */
export function removePendingTempFiles(): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
}

/** `writeAtomically` for data already in memory. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await writeAtomically(path, (temp) => writeNewFile(temp, [data]));
}

/**
 * Writes chunks to a file that must not exist yet (a temporary file's name is never reused). A chunk is written
 * while the next is made, so a byte chunk must not change once it has been handed over.
 */
export async function writeNewFile(path: string, chunks: Iterable<string | Uint8Array>): Promise<void> {
  const handle = await open(path, 'wx');
  // One write in flight while the next chunk is made: the disk and the making overlap.
  let writing: Promise<unknown> = Promise.resolve();
  try {
    for (const chunk of chunks) {
      await writing;
      writing = writeFully(handle, typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      // Until it is awaited, a failed write must not end the process as an unhandled rejection.
      writing.catch(() => undefined);
    }
    await writing;
  } finally {
    await writing.catch(() => undefined);
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

/** Whether `path` exists and is neither a file nor a folder: a device, a pipe or a socket. */
async function isSpecialFile(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    return !info.isFile() && !info.isDirectory();
  } catch {
    return false;
  }
}
