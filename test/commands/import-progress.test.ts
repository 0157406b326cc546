import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport, type ImportOptions } from '../../src/commands/import.js';
import { eachTestInTempDir } from '../helpers/temp-dirs.js';
import { barsDrawn, expectEveryBarCleared, expectNoBar, fastClock, phasesDrawn, terminalIO } from './progress-helpers.js';

let dir: string;
eachTestInTempDir((made) => (dir = made));

/** A form export of `count` sign-ups, big enough (over a megabyte) to be read in several slices. */
async function signUps(count: number): Promise<string> {
  const header = 'Timestamp,Email address,Full name,Are you signing up as a mentor or a mentee?,Phase,Notes';
  const note = (i: number) => `"I teach in a ${i % 2 ? 'small' : 'large'} school, and ${'would like to talk about planning. '.repeat(8)}"`;
  const rows = Array.from({ length: count }, (_, i) => `11/04/2026 09:16:31,p${i}@school.example,Person ${i},${i % 3 ? 'Mentee' : 'Mentor'},Primary,${note(i)}`);
  const file = path.join(dir, 'signups.csv');
  await writeFile(file, `${header}\n${rows.join('\n')}\n`);
  return file;
}

async function importOn(isTTY: boolean, options: Partial<ImportOptions> = {}) {
  const io = terminalIO(dir, isTTY);
  const output = path.join(dir, isTTY ? 'people-tty.xlsx' : 'people-piped.xlsx');
  await runImport({ inputs: [await signUps(4000)], output, ...options }, io);
  return { err: io.err(), roster: await readFile(output) };
}

describe('import progress bar', () => {
  it('draws reading (rows normalised as they are read) and writing on a terminal, and wipes the bar before the summary', async () => {
    fastClock();
    const { err } = await importOn(true);
    expect(phasesDrawn(err)).toEqual(['reading signups.csv', `writing ${path.join(dir, 'people-tty.xlsx')}`]);
    expectEveryBarCleared(err);
    expect(err).toContain('4000 rows read');
  });

  it('draws a normalising bar when the rows are normalised after reading (two inputs)', async () => {
    fastClock();
    const io = terminalIO(dir, true);
    const first = await signUps(4000);
    const second = path.join(dir, 'more.csv');
    await writeFile(second, await readFile(first));
    await runImport({ inputs: [first, second], output: path.join(dir, 'people.csv') }, io);
    expect(phasesDrawn(io.err())).toEqual(['reading signups.csv', 'reading more.csv', 'normalising', `writing ${path.join(dir, 'people.csv')}`]);
    expect(barsDrawn(io.err())).toContainEqual(expect.stringMatching(/^normalising █+░+ 51% 4,096\/8,000$/));
    expectEveryBarCleared(io.err());
  });

  it('draws a bar while the rejects and duplicates are written too', async () => {
    fastClock();
    const io = terminalIO(dir, true);
    const file = await signUps(4000);
    // Every sign-up sent twice, the second time with the address mistyped: 4,000 duplicates and 4,000 rejects.
    const text = await readFile(file, 'utf8');
    const [header, ...rows] = text.trimEnd().split('\n');
    const mistyped = rows.map((row) => row.replace('@school.example', '.school.example'));
    await writeFile(file, [header, ...rows, ...rows, ...mistyped].join('\n'));
    const [rejects, duplicates] = [path.join(dir, 'rejects.csv'), path.join(dir, 'duplicates.csv')];
    await runImport({ inputs: [file], output: path.join(dir, 'people.csv'), rejects, duplicates }, io);
    expect(phasesDrawn(io.err())).toEqual(expect.arrayContaining([`writing ${rejects}`, `writing ${duplicates}`]));
    expectEveryBarCleared(io.err());
  });

  it('writes no bar when stderr is not a terminal, and the same roster either way', async () => {
    fastClock();
    const piped = await importOn(false);
    expectNoBar(piped.err);
    expect(piped.err).toContain('4000 rows read');
    expect((await importOn(true)).roster.equals(piped.roster)).toBe(true);
  });

  it('writes nothing at all with --quiet, and only the summary with --json, on a terminal too', async () => {
    fastClock();
    expect((await importOn(true, { quiet: true })).err).toBe('');
    expectNoBar((await importOn(true, { json: true })).err);
  });
});
