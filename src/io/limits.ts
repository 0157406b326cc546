import { InputError, type ErrorContext } from '../errors.js';

/** Size limits that stop a runaway or hostile input before it exhausts memory. */
export interface ReadLimits {
  maxFileBytes: number;
  maxRows: number;
  maxColumns: number;
  maxCellChars: number;
}

/** Defaults generous enough for a national scheme (tens of thousands of sign-ups, wide form exports). */
export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = {
  maxFileBytes: 256 * 1024 ** 2,
  maxRows: 2_000_000,
  maxColumns: 10_000,
  maxCellChars: 1_000_000,
};

/** The command-line option that raises each limit (the CLI maps these onto `ReadLimits`). */
export const LIMIT_OPTIONS: Readonly<Record<keyof ReadLimits, string>> = {
  maxFileBytes: '--max-file-bytes',
  maxRows: '--max-rows',
  maxColumns: '--max-columns',
  maxCellChars: '--max-cell-chars',
};

const LIMIT_UNITS: Readonly<Record<keyof ReadLimits, string>> = {
  maxFileBytes: 'bytes',
  maxRows: 'data rows',
  maxColumns: 'columns',
  maxCellChars: 'characters in one cell',
};

/** The limits every read starts from: the defaults, or what the command line set once with `setReadLimits`. */
let configured: Readonly<ReadLimits> = DEFAULT_READ_LIMITS;

/**
 * Sets the limits for the rest of the run (the CLI calls it once, from `--max-file-bytes` and friends), so
 * that every reader honours them without each command passing them along. Unset values keep their defaults.
 */
export function setReadLimits(overrides: Partial<ReadLimits>): void {
  configured = resolveLimits(overrides, DEFAULT_READ_LIMITS);
}

/** The configured limits (the defaults unless `setReadLimits` changed them) with the caller's overrides applied. */
export function resolveLimits(overrides: Partial<ReadLimits> = {}, base: Readonly<ReadLimits> = configured): ReadLimits {
  const limits = { ...base };
  for (const key of Object.keys(DEFAULT_READ_LIMITS) as (keyof ReadLimits)[]) {
    const value = overrides[key];
    if (value !== undefined) limits[key] = value;
  }
  return limits;
}

/** The error for an input over `limit`, naming the limit and how to raise it. */
export function limitExceeded(limit: keyof ReadLimits, limits: ReadLimits, context: ErrorContext): InputError {
  const max = limits[limit].toLocaleString('en-GB');
  return new InputError(
    `the input has more than ${max} ${LIMIT_UNITS[limit]} (the ${limit} limit). ` +
      `If the file is what you meant to read, raise the limit with ${LIMIT_OPTIONS[limit]} <n>.`,
    context,
  );
}
