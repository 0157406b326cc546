import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { EdumentorError, OutputError } from '../errors.js';

/** Why a write failed, in words an organiser can act on, by Node's error code. */
const REASONS: Record<string, (path: string) => string> = {
  EACCES: () => 'the folder is read-only or you do not have permission to write there: choose another folder',
  EPERM: () => 'the folder is read-only, or the file is open in another program: close it or choose another folder',
  EROFS: () => 'the disk is read-only: choose a folder on another disk',
  ENOSPC: () => 'the disk is full: free some space or write to another disk',
  EDQUOT: () => 'your disk quota is used up: free some space or write to another disk',
  ENOENT: (path) =>
    existsSync(dirname(path))
      ? `the folder "${dirname(path)}" does not take new files (a system folder such as /proc): choose another folder`
      : `the folder "${dirname(path)}" does not exist: create it first or choose another folder`,
  ENOTDIR: (path) => `part of the folder path "${dirname(path)}" is a file, not a folder`,
  EISDIR: () => 'that name is a folder: give a file name such as out/matches.xlsx',
  EBUSY: () => 'the file is open in another program: close it and run again',
  EEXIST: () => 'a file has that name, where a folder is needed: give the name of a folder (it is created if missing)',
};

/** Any failure while writing `path` as an OutputError naming the path and the cause; edumentor's own errors pass. */
export function outputFailure(error: unknown, path: string): EdumentorError {
  // A sheet's cell too long for Excel is found while the file is written: say which file it was.
  if (error instanceof OutputError && !error.context.file) return new OutputError(error.message, { ...error.context, file: path });
  if (error instanceof EdumentorError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code ? REASONS[code]?.(path) : undefined;
  const detail = reason ?? (error instanceof Error ? error.message : String(error));
  return new OutputError(`cannot write "${path}": ${detail}`, { file: path, cause: error });
}

/**
 * Throws the OutputError a write of each file output (not `-`) would end with when its folder is missing (or is a
 * file), and, for a folder output, when the name is taken by a file: checked before anything is written, so a failed
 * run leaves the files of an earlier one as they were.
 */
export async function assertOutputFolders(files: readonly (string | undefined)[], folders: readonly (string | undefined)[] = []): Promise<void> {
  for (const output of files) if (output !== undefined && output !== '-') await assertFolder(dirname(output), output);
  for (const folder of folders) {
    if (folder === undefined) continue;
    const taken = await stat(folder).then((info) => !info.isDirectory(), () => false);
    if (taken) throw outputFailure(Object.assign(new Error(`${folder} is a file`), { code: 'EEXIST' }), folder);
  }
}

async function assertFolder(folder: string, output: string): Promise<void> {
  const isFolder = await stat(folder).then(
    (info) => info.isDirectory(),
    (error: unknown) => {
      throw outputFailure(error, output);
    },
  );
  if (!isFolder) throw outputFailure(Object.assign(new Error(`${folder} is a file`), { code: 'ENOTDIR' }), output);
}
