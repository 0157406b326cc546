import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/memory-io.js';
import { allTestsInTempDir } from '../helpers/temp-dirs.js';
import { runCli } from '../helpers/run-cli.js';

// Spawns the built CLI (bin/edumentor.js → dist/): build first with `npx tsc -p tsconfig.build.json`.
const sheet = (name: string) => fixture('report', `${name}.csv`);
const SHEETS = [
  '--roster', sheet('roster'), '--matches', sheet('matches'), '--unmatched', sheet('unmatched'), '--mentors', sheet('mentors'),
  '--rota', sheet('rota'), '--rejects', sheet('rejected'), '--duplicates', sheet('duplicates'), '--warnings', sheet('warnings'),
  '--today', '2027-02-15',
];

let dir: string;
allTestsInTempDir((made) => (dir = made));

describe('edumentor report (built CLI, NO_COLOR=1)', () => {
  it('writes a self-contained HTML page to -o, with messages on stderr only', async () => {
    const { code, stdout, stderr } = runCli(['report', ...SHEETS, '-o', 'report.html'], { cwd: dir });
    expect({ code, stderr }).toMatchObject({ code: 0, stderr: expect.stringContaining('wrote report.html') });
    expect(stdout).toBe('');
    const html = await readFile(path.join(dir, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>Mentoring scheme report</title>');
    expect(html).not.toMatch(/<script|<link|src="http/i);
  });

  it('prints the plain terminal summary on stdout without -o', () => {
    const { code, stdout } = runCli(['report', ...SHEETS, '--title', 'Spring term'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Spring term\nAs of 15 Feb 2027\.\n/);
    expect(stdout).toContain('Mentees matched      5 of 9');
    expect(stdout).toContain('── Data quality ─');
    expect(stdout).not.toContain('\u001b[');
  });

  it('exits 2 with no inputs and with an output type it cannot write', () => {
    const none = runCli(['report'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('error: nothing to report on');
    const pdf = runCli(['report', '--rota', sheet('rota'), '-o', 'report.pdf'], { cwd: dir });
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('.html');
    expect(pdf.stderr).not.toMatch(/\n\s+at /);
  });
});
