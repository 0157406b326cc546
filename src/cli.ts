import { CommanderError } from 'commander';
import { EdumentorError } from './errors.js';
import { removePendingTempFiles, watchWriting } from './io/atomic.js';
import { buildProgram } from './program.js';
import { createUi, processIO } from './render/ui.js';

/** Exit codes of PRODUCT.md §6 (and the shell's 128 + signal number for an interrupted run). */
export const EXIT = { ok: 0, unexpected: 1, usage: 2, input: 3, output: 4, interrupted: 130, terminated: 143 } as const;

/** Runs the CLI; the one place that maps errors to exit codes and ends the process. */
export async function main(argv: string[]): Promise<void> {
  const io = processIO();
  const debug = argv.includes('--debug');
  const ui = createUi(io);
  // A closed pipe (`edumentor … | head`) is a normal way for output to end, not a failure.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
  });
  // Ctrl-C or a kill in the middle of writing: no half-written temporary file may stay behind. Only then: a
  // handler waits for the event loop, which a long synchronous step (the matcher) holds for many seconds, while
  // the default ends the process at once, with the same exit codes.
  const stop = (code: number) => () => {
    removePendingTempFiles();
    io.stderr.write('\ninterrupted: files being written were removed; earlier files are as they were\n');
    process.exit(code);
  };
  const [interrupted, terminated] = [stop(EXIT.interrupted), stop(EXIT.terminated)];
  watchWriting((writing) => {
    process[writing ? 'on' : 'off']('SIGINT', interrupted);
    process[writing ? 'on' : 'off']('SIGTERM', terminated);
  });
  let code: number = EXIT.ok;
  try {
    await buildProgram(io).parseAsync(argv);
  } catch (error) {
    code = exitCodeFor(error);
    if (error instanceof CommanderError) {
      // commander has already printed its own message (or the help) to stderr
    } else if (error instanceof EdumentorError) {
      ui.error(error.describe());
      if (debug && error.stack) io.stderr.write(`${error.stack}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      ui.error(`unexpected failure: ${message}`);
      io.stderr.write(debug && error instanceof Error && error.stack ? `${error.stack}\n` : 'Run again with --debug for the details, and report it if it persists.\n');
    }
  }
  process.exitCode = code;
  // Let pending writes to stdout/stderr drain before leaving.
  process.stdout.write('', () => process.exit(code));
}

/** The exit code for anything thrown by a command. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof EdumentorError) return error.exitCode;
  if (error instanceof CommanderError) {
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0
      ? EXIT.ok
      : EXIT.usage;
  }
  return EXIT.unexpected;
}
