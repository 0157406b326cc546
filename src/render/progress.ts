import type { CommandIO } from './ui.js';

/** Reports how far a long phase has got; `clear()` wipes the bar so another message can start a clean line. */
export interface Progress {
  (phase: string, done: number, total: number): void;
  clear(): void;
}

/** Options of `createProgress`; `now` is the clock in milliseconds (tests pass a fake one). */
export interface ProgressOptions {
  quiet?: boolean;
  now?: () => number;
}

/** Runs shorter than this show no bar at all. */
const SHOW_AFTER_MS = 500;
/** At most ten redraws a second: enough to look alive, too few to slow the work down. */
const REDRAW_EVERY_MS = 100;
const CLEAR_LINE = '\r\x1b[K';
const BAR_MAX = 30;
const BAR_MIN = 10;

/**
 * A progress bar on stderr, redrawn in place, when stderr is a terminal and not `quiet`;
 * undefined otherwise (piped, --quiet, --json), so nothing at all is written.
 * The bar appears once the run (from this call) has lasted half a second, and is cleared when a phase is done.
 */
export function createProgress(io: CommandIO, options: ProgressOptions = {}): Progress | undefined {
  if (options.quiet || io.stderr.isTTY !== true || io.env.TERM === 'dumb') return undefined;
  const now = options.now ?? Date.now;
  const startedAt = now();
  let shown = false;
  let lastPhase: string | undefined;
  let lastDrawnAt = -Infinity;

  const clear = () => {
    if (shown) io.stderr.write(CLEAR_LINE);
    shown = false;
  };
  const report = (phase: string, done: number, total: number) => {
    if (done >= total) {
      clear();
      lastPhase = undefined;
      return;
    }
    const at = now();
    if (at - startedAt < SHOW_AFTER_MS) return;
    if (phase === lastPhase && at - lastDrawnAt < REDRAW_EVERY_MS) return;
    // A terminal that does not know its size (a pty made by `script`, some CI runners) says 0 columns.
    const columns = (io.stderr as { columns?: number }).columns || 80;
    io.stderr.write(`\r${progressLine(phase, done, total, columns)}\x1b[K`);
    shown = true;
    lastPhase = phase;
    lastDrawnAt = at;
  };
  return Object.assign(report, { clear });
}

/** `candidates ███████░░░░░ 58% 31,900/55,000`, kept shorter than `columns` so the terminal never wraps it. */
export function progressLine(phase: string, done: number, total: number, columns: number): string {
  const within = Math.min(Math.max(done, 0), Math.max(total, 0));
  const fraction = total > 0 ? within / total : 0;
  // Whole numbers first: 31,900/55,000 is 58%, where (31,900 / 55,000) * 100 floors to 57.
  const percent = `${total > 0 ? Math.floor((within * 100) / total) : 0}%`;
  const counts = `${count(done)}/${count(total)}`;
  const text = `${phase} ${percent} ${counts}`;
  const room = columns - 1 - text.length - 1;
  if (room < BAR_MIN) return text.slice(0, Math.max(columns - 1, 0));
  const width = Math.min(room, BAR_MAX);
  const filled = Math.round(fraction * width);
  return `${phase} ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${percent} ${counts}`;
}

function count(n: number): string {
  return n.toLocaleString('en-GB');
}

/** One named phase of `progress` as a `(done, total)` callback, e.g. for writing a file; undefined without a bar. */
export function progressPhase(progress: Progress | undefined, phase: string): ((done: number, total: number) => void) | undefined {
  return progress && ((done, total) => progress(phase, done, total));
}
