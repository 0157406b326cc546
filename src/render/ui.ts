import { Chalk, type ChalkInstance } from 'chalk';

/** Where a command writes: data to `stdout`, messages to `stderr`. Tests pass their own streams. */
export interface CommandIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** The process's own streams, for the CLI. */
export function processIO(): CommandIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

/** Colour only on a TTY, never with NO_COLOR (https://no-color.org: present and not empty). */
export function colourWanted(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}

/** Messages on stderr: progress and warnings (silenced by --quiet), errors always. */
export interface Ui {
  readonly colour: ChalkInstance;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** A Ui on `io.stderr`, coloured when the terminal allows it. */
export function createUi(io: CommandIO, options: { quiet?: boolean } = {}): Ui {
  const colour = new Chalk({ level: colourWanted(io.stderr, io.env) ? 1 : 0 });
  const write = (text: string) => io.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
  return {
    colour,
    info: (message) => {
      if (!options.quiet) write(message);
    },
    warn: (message) => {
      if (!options.quiet) write(`${colour.yellow('warning:')} ${message}`);
    },
    error: (message) => write(`${colour.red('error:')} ${message}`),
  };
}
