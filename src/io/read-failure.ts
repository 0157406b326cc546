import { InputError, UsageError } from '../errors.js';

/** File-system errors as InputErrors that say what is wrong with the path; edumentor's own errors pass through. */
export function readFailure(error: unknown, file: string): unknown {
  if (error instanceof InputError || error instanceof UsageError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOENT: `there is no file "${file}": check the name and the folder (the current folder is ${process.cwd()})`,
    EACCES: `you do not have permission to read "${file}"`,
    EPERM: `you do not have permission to read "${file}"`,
    EISDIR: `"${file}" is a folder, not a file`,
  };
  const reason = (code && reasons[code]) ?? `cannot read "${file}": ${(error as Error).message}`;
  return new InputError(reason, { file, cause: error });
}
