import { describe, expect, it } from 'vitest';
import { createProgress, progressLine } from '../../src/render/progress.js';
import { memoryIO } from '../helpers/memory-io.js';

/** A CommandIO whose stderr is (or is not) a terminal 80 columns wide, and a clock the test moves by hand. */
function terminal(isTTY = true, env: Record<string, string | undefined> = {}) {
  const io = memoryIO('/tmp');
  Object.assign(io.stderr, { isTTY, columns: 80 });
  io.env = env;
  const clock = { ms: 1_000_000 };
  return { io, clock, now: () => clock.ms };
}

/** Each redraw of the line, without the carriage return and the erase-to-end-of-line around it. */
function redraws(written: string): string[] {
  return written
    .split('\r')
    .filter((part) => part !== '')
    .map((part) => part.replace('\x1b[K', ''));
}

describe('createProgress', () => {
  it('draws 80 columns wide on a terminal that says it has 0 columns (a pty of unknown size)', () => {
    const { io, clock, now } = terminal();
    Object.assign(io.stderr, { columns: 0 });
    const progress = createProgress(io, { now })!;
    clock.ms += 500;
    progress('candidates', 31_900, 55_000);
    expect(redraws(io.err())).toEqual([progressLine('candidates', 31_900, 55_000, 80)]);
  });

  it('shows nothing while the run is shorter than half a second', () => {
    const { io, clock, now } = terminal();
    const progress = createProgress(io, { now })!;
    progress('candidates', 1024, 55_000);
    clock.ms += 499;
    progress('candidates', 2048, 55_000);
    expect(io.err()).toBe('');
  });

  it('draws one line, redrawn in place, once half a second has passed', () => {
    const { io, clock, now } = terminal();
    const progress = createProgress(io, { now })!;
    clock.ms += 500;
    progress('candidates', 31_900, 55_000);
    expect(io.err()).toBe('\rcandidates ' + '█'.repeat(17) + '░'.repeat(13) + ' 58% 31,900/55,000\x1b[K');
    expect(io.err()).not.toContain('\n');
  });

  it('redraws at most once every 100 ms within a phase', () => {
    const { io, clock, now } = terminal();
    const progress = createProgress(io, { now })!;
    clock.ms += 600;
    for (let done = 1; done <= 50; done += 1) {
      progress('solve', done, 100);
      clock.ms += 10;
    }
    // 50 calls over 500 ms: a redraw at 0, 100, 200, 300 and 400 ms.
    expect(redraws(io.err()).map((line) => line.split(' ').pop())).toEqual(['1/100', '11/100', '21/100', '31/100', '41/100']);
  });

  it('starts a new bar at once when the phase changes', () => {
    const { io, clock, now } = terminal();
    const progress = createProgress(io, { now })!;
    clock.ms += 600;
    progress('candidates', 10, 100);
    clock.ms += 1;
    progress('pricing', 1, 200);
    expect(redraws(io.err())).toEqual([
      expect.stringMatching(/^candidates .* 10% 10\/100$/),
      expect.stringMatching(/^pricing .* 0% 1\/200$/),
    ]);
  });

  it('clears the line when a phase is done, and on clear()', () => {
    const { io, clock, now } = terminal();
    const progress = createProgress(io, { now })!;
    clock.ms += 600;
    progress('candidates', 50, 100);
    progress('candidates', 100, 100);
    expect(io.err().endsWith('\r\x1b[K')).toBe(true);
    const afterPhase = io.err().length;
    progress('solve', 3, 10);
    progress.clear();
    const drawnThenCleared = io.err().slice(afterPhase);
    expect(drawnThenCleared.startsWith('\rsolve ')).toBe(true);
    expect(drawnThenCleared.endsWith('30% 3/10\x1b[K\r\x1b[K')).toBe(true);
  });

  it('writes nothing on clear() when no bar was drawn', () => {
    const { io, now } = terminal();
    const progress = createProgress(io, { now })!;
    progress('candidates', 100, 100);
    progress.clear();
    expect(io.err()).toBe('');
  });

  it('is undefined when stderr is not a terminal, with --quiet, and on a dumb terminal', () => {
    expect(createProgress(terminal(false).io)).toBeUndefined();
    expect(createProgress(terminal(true).io, { quiet: true })).toBeUndefined();
    expect(createProgress(terminal(true, { TERM: 'dumb' }).io)).toBeUndefined();
    expect(createProgress(terminal(true).io)).toBeTypeOf('function');
  });
});

describe('progressLine', () => {
  it('stays shorter than the terminal, dropping the bar when there is no room for it', () => {
    for (const columns of [20, 40, 80, 200]) {
      expect(progressLine('candidates', 31_900, 55_000, columns).length).toBeLessThan(columns);
    }
    expect(progressLine('candidates', 31_900, 55_000, 30)).toBe('candidates 58% 31,900/55,000');
  });

  it('shows a full bar at 100% and an empty one at 0%', () => {
    expect(progressLine('solve', 0, 10, 80)).toBe(`solve ${'░'.repeat(30)} 0% 0/10`);
    expect(progressLine('solve', 10, 10, 80)).toBe(`solve ${'█'.repeat(30)} 100% 10/10`);
  });
});
