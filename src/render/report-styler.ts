import { Chalk } from 'chalk';
import { plainStyler, type ReportStyler } from './report-terminal.js';
import { colourWanted } from './ui.js';

/** The terminal report's styler for `stream`: chalk colours on a TTY without NO_COLOR, plain text otherwise. */
export function reportStylerFor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): ReportStyler {
  if (!colourWanted(stream, env)) return plainStyler;
  const chalk = new Chalk({ level: 1 });
  // One argument each: the renderer maps lines through these, and chalk would join map's extra arguments in.
  return {
    heading: (text) => chalk.bold(text),
    dim: (text) => chalk.dim(text),
    good: (text) => chalk.green(text),
    bad: (text) => chalk.red(text),
  };
}
