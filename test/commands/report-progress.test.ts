import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReport, type ReportCommandOptions } from '../../src/commands/report.js';
import { eachTestInTempDir } from '../helpers/temp-dirs.js';
import { barsDrawn, damagedWorkbook, expectEveryBarCleared, expectNoBar, fastClock, phasesDrawn, terminalIO } from './progress-helpers.js';
import { writeCsv } from './schedule-helpers.js';

let dir: string;
eachTestInTempDir((made) => (dir = made));

/** A rota of 700 pairs meeting three times each (2,100 meetings), the first two held. */
async function rota(): Promise<string> {
  const header = ['meeting_id', 'pair_id', 'meeting_no', 'date', 'mentor_name', 'mentor_email', 'mentee_name', 'mentee_email', 'status'];
  const dates = ['2027-01-05', '2027-01-19', '2027-02-02'];
  const rows = Array.from({ length: 700 }, (_, p) =>
    dates.map((date, i) => [`p${p}-m0${i + 1}`, `p${p}`, `${i + 1}`, date, `Mentor ${p}`, `m${p}@example.org`, `Mentee ${p}`, `e${p}@example.org`, i < 2 ? 'held' : 'scheduled']),
  ).flat();
  return writeCsv(dir, 'rota.csv', [header, ...rows]);
}

async function reportOn(isTTY: boolean, options: Partial<ReportCommandOptions> = {}) {
  const io = terminalIO(dir, isTTY);
  const output = path.join(dir, isTTY ? 'report-tty.html' : 'report-piped.html');
  await runReport({ rota: await rota(), today: '2027-02-15', output, ...options }, io);
  return { err: io.err(), html: await readFile(output, 'utf8') };
}

describe('report progress bar', () => {
  it('draws the phases of a long run on a terminal, and wipes the bar before its messages', async () => {
    fastClock();
    const { err } = await reportOn(true);
    expect(phasesDrawn(err)).toEqual(['preparing the sheets', 'counting meetings', 'reading feedback']);
    expect(barsDrawn(err)).toContainEqual(expect.stringMatching(/^counting meetings █+░+ 48% 1,024\/2,100$/));
    expectEveryBarCleared(err);
    expect(err).toContain('\r\x1b[Kreport from ');
  });

  it('draws a bar while a workbook report is written, and wipes it before the messages that follow', async () => {
    fastClock();
    const io = terminalIO(dir, true);
    const output = path.join(dir, 'report.xlsx');
    await runReport({ rota: await rota(), today: '2027-02-15', output }, io);
    expect(phasesDrawn(io.err())).toContain(`writing ${output}`);
    expectEveryBarCleared(io.err());
    expect(io.err()).toContain(`wrote ${output}`);
  });

  it('writes no bar when stderr is not a terminal, and the same report either way', async () => {
    fastClock();
    const piped = await reportOn(false);
    expectNoBar(piped.err);
    expect(piped.err).toContain('report from ');
    expect((await reportOn(true)).html).toBe(piped.html);
  });

  it('wipes the bar when the run fails half-way through a phase', async () => {
    fastClock();
    const io = terminalIO(dir, true);
    const run = runReport({ inputs: [await damagedWorkbook(dir)], output: path.join(dir, 'report.html') }, io);
    await expect(run).rejects.toThrow(/damaged/);
    expect(barsDrawn(io.err())).toContainEqual(expect.stringMatching(/^reading matches\.xlsx/));
    expectEveryBarCleared(io.err());
  });

  it('writes nothing at all with --quiet or --json, on a terminal too', async () => {
    fastClock();
    expect((await reportOn(true, { quiet: true })).err).toBe('');
    expect((await reportOn(true, { json: true })).err).toBe('');
  });
});
