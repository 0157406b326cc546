import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSchedule, type ScheduleCommandOptions } from '../../src/commands/schedule.js';
import { eachTestInTempDir } from '../helpers/temp-dirs.js';
import { barsDrawn, damagedWorkbook, expectEveryBarCleared, expectNoBar, fastClock, phasesDrawn, terminalIO } from './progress-helpers.js';
import { writeCsv } from './schedule-helpers.js';

let dir: string;
eachTestInTempDir((made) => (dir = made));

/** A match sheet of `count` pairs, each mentor with one mentee, all free on Tuesdays after school. */
async function matchSheet(count: number): Promise<string> {
  const header = ['pair_id', 'mentor_id', 'mentor_name', 'mentor_email', 'mentee_id', 'mentee_name', 'mentee_email', 'common_slots', 'mode'];
  const rows = Array.from({ length: count }, (_, i) => [`p${i}`, `m${i}`, `Mentor ${i}`, `m${i}@example.org`, `e${i}`, `Mentee ${i}`, `e${i}@example.org`, 'tue-after-school', 'online']);
  return writeCsv(dir, 'matches.csv', [header, ...rows]);
}

async function scheduleOn(isTTY: boolean, options: Partial<ScheduleCommandOptions> = {}) {
  const io = terminalIO(dir, isTTY);
  const output = path.join(dir, isTTY ? 'rota-tty.csv' : 'rota-piped.csv');
  const run = { matches: await matchSheet(2100), start: '2027-01-04', today: '2027-01-01', count: '2', output, ...options };
  await runSchedule(run, io);
  return { err: io.err(), rota: await readFile(output, 'utf8') };
}

describe('schedule progress bar', () => {
  it('draws the phases of a long run on a terminal, and wipes the bar before the summary', async () => {
    fastClock();
    const { err } = await scheduleOn(true);
    expect(phasesDrawn(err)).toEqual(['reading pairs', 'planning meetings', `writing ${path.join(dir, 'rota-tty.csv')}`]);
    expect(barsDrawn(err)).toContainEqual(expect.stringMatching(/^planning meetings █+░+ 48% 1,024\/2,100$/));
    expectEveryBarCleared(err);
    expect(err).toContain('\r\x1b[K2100 pairs, 4200 meetings');
  });

  it('draws a bar while the calendars are written, and wipes it before saying how many there are', async () => {
    fastClock();
    const io = terminalIO(dir, true);
    const [ics, icsDir] = [path.join(dir, 'rota.ics'), path.join(dir, 'calendars')];
    const run = { matches: await matchSheet(150), start: '2027-01-04', today: '2027-01-01', count: '2', output: path.join(dir, 'rota.csv') };
    await runSchedule({ ...run, ics, icsDir }, io);
    const err = io.err();
    expect(phasesDrawn(err)).toEqual([`writing ${ics}`, 'writing calendars']);
    expect(barsDrawn(err)).toContainEqual(expect.stringMatching(/^writing calendars █+░+ 50% 150\/300$/));
    expectEveryBarCleared(err);
    expect(err).toContain(`\r\x1b[K300 calendars written to ${icsDir}`);
  });

  it('writes no bar when stderr is not a terminal, and the same rota either way', async () => {
    fastClock();
    const piped = await scheduleOn(false);
    expectNoBar(piped.err);
    expect(piped.err).toContain('2100 pairs, 4200 meetings');
    expect((await scheduleOn(true)).rota).toBe(piped.rota);
  });

  it('writes nothing at all with --quiet, and only the summary with --json, on a terminal too', async () => {
    fastClock();
    expect((await scheduleOn(true, { quiet: true })).err).toBe('');
    expectNoBar((await scheduleOn(true, { json: true })).err);
  });

  it('wipes the bar when the run fails half-way through a phase', async () => {
    fastClock();
    const io = terminalIO(dir, true);
    const matches = await damagedWorkbook(dir);
    const output = path.join(dir, 'rota.csv');
    await expect(runSchedule({ matches, start: '2027-01-04', today: '2027-01-01', output }, io)).rejects.toThrow(/damaged/);
    expect(barsDrawn(io.err())).toContainEqual(expect.stringMatching(/^reading matches\.xlsx/));
    expectEveryBarCleared(io.err());
  });
});
