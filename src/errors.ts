/** Where a problem was found, so a message can point an organiser at the exact cell. */
export interface ErrorContext {
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
  cause?: unknown;
}

/** Base class of every error edumentor expects; `exitCode` is what the CLI exits with. */
export abstract class EdumentorError extends Error {
  abstract readonly code: string;
  abstract readonly exitCode: number;
  readonly context: ErrorContext;

  constructor(message: string, context: ErrorContext = {}) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    this.name = new.target.name;
    this.context = context;
  }

  /** The message with its location, e.g. `responses.csv, row 12, column "Email": …`. */
  describe(): string {
    const where = describeLocation(this.context);
    return where ? `${where}: ${this.message}` : this.message;
  }
}

/** Bad options, bad config, an output that is also an input (exit 2). */
export class UsageError extends EdumentorError {
  readonly code = 'USAGE';
  readonly exitCode = 2;
}

/** Input that cannot be used: unreadable, unsupported format, missing required column (exit 3). */
export class InputError extends EdumentorError {
  readonly code = 'INPUT';
  readonly exitCode = 3;
}

/** Output that cannot be written (exit 4). */
export class OutputError extends EdumentorError {
  readonly code = 'OUTPUT';
  readonly exitCode = 4;
}

/** `file, sheet, row N, column "X"`, leaving out what is unknown. */
export function describeLocation(context: ErrorContext): string {
  const parts: string[] = [];
  if (context.file) parts.push(context.file);
  if (context.sheet) parts.push(`sheet "${context.sheet}"`);
  if (context.row !== undefined) parts.push(`row ${context.row}`);
  if (context.column) parts.push(`column "${context.column}"`);
  return parts.join(', ');
}
