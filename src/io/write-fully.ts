import type { FileHandle } from 'node:fs/promises';

/** The part of a FileHandle that `writeFully` uses. */
export type WritableHandle = Pick<FileHandle, 'write'>;

/**
 * Writes every byte of `bytes`, at `position` or (without one) where the file is. One `write` may take fewer
 * bytes than it is given, as when a disk fills up part-way: the rest is written by further calls, and the first
 * call that fails throws (ENOSPC, say), so a file is never left short without an error.
 */
export async function writeFully(handle: WritableHandle, bytes: Uint8Array, position?: number): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const at = position === undefined ? null : position + done;
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, at);
    // A write that takes nothing would loop for ever; the system only does that when the disk is full.
    if (bytesWritten <= 0) throw Object.assign(new Error('no bytes could be written'), { code: 'ENOSPC' });
    done += bytesWritten;
  }
}
