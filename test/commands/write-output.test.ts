import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutput } from '../../src/commands/write-output.js';
import type { Sheet } from '../../src/io/sheet.js';
import { createProgress } from '../../src/render/progress.js';
import { eachTestInTempDir } from '../helpers/temp-dirs.js';
import { barsDrawn, expectEveryBarCleared, expectNoBar, fastClock, phasesDrawn, terminalIO } from './progress-helpers.js';

let dir: string;
eachTestInTempDir((made) => (dir = made));

const sheet = (rows: number): Sheet => ({
  name: 'Alternatives',
  columns: ['mentee', 'mentor'],
  rows: Array.from({ length: rows }, (_, i) => ({ mentee: `e${i}@example.org`, mentor: `m${i}@example.org` })),
});

describe('writeOutput', () => {
  it('draws a "writing FILE" bar on a terminal while the rows are written, and wipes it after', async () => {
    fastClock();
    const io = terminalIO(dir, true);
    const output = path.join(dir, 'alternatives.csv');
    await writeOutput(output, [sheet(5000)], createProgress(io));
    expect(phasesDrawn(io.err())).toEqual([`writing ${output}`]);
    expect(barsDrawn(io.err())).toContainEqual(expect.stringMatching(/ 20% 1,000\/5,000$/));
    expectEveryBarCleared(io.err());
    expect((await readFile(output, 'utf8')).split('\n')).toHaveLength(5002);
  });

  it('writes the same file with no bar when there is no terminal', async () => {
    fastClock();
    const io = terminalIO(dir, false);
    const [piped, shown] = [path.join(dir, 'piped.csv'), path.join(dir, 'shown.csv')];
    await writeOutput(piped, [sheet(3000)], createProgress(io));
    expectNoBar(io.err());
    await writeOutput(shown, [sheet(3000)], createProgress(terminalIO(dir, true)));
    expect(await readFile(shown, 'utf8')).toBe(await readFile(piped, 'utf8'));
  });

  it('wipes the bar when the write fails', async () => {
    fastClock();
    const io = terminalIO(dir, true);
    const progress = createProgress(io);
    progress?.('normalising', 10, 100);
    await expect(writeOutput(path.join(dir, 'missing', 'out.csv'), [sheet(10)], progress)).rejects.toThrow();
    expect(barsDrawn(io.err())).toEqual(['normalising ███░░░░░░░░░░░░░░░░░░░░░░░░░░░ 10% 10/100']);
    expectEveryBarCleared(io.err());
  });
});
