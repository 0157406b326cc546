import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { eachTestInTempDir } from '../helpers/temp-dirs.js';
import { startCli } from './spawn-cli.js';

// Runs the built CLI (bin/edumentor.js → dist/): build first with `npx tsc -p tsconfig.build.json`.

const ROWS = 60_000;
const TEMP_FILE = /^\.people\.xlsx\.tmp-/;

/** A form export big enough that writing its roster takes a noticeable moment. */
function bigExport(rows: number): string {
  const lines = ['Timestamp,Email address,Full name,Are you signing up as a mentor or a mentee?,Phase,School,Notes'];
  for (let i = 0; i < rows; i++) {
    lines.push(`11/04/2026 09:16:31,person${i}@school.example,Person ${i},${i % 3 ? 'Mentee' : 'Mentor'},Primary,School ${i % 500},Notes on person ${i}`);
  }
  return `${lines.join('\n')}\n`;
}

let dir: string;
eachTestInTempDir((made) => (dir = made));

/** Polls the folder until a file matching `pattern` appears (true) or the run ends first (false). */
async function waitForFile(pattern: RegExp, running: () => boolean): Promise<boolean> {
  while (running()) {
    if ((await readdir(dir)).some((name) => pattern.test(name))) return true;
    await sleep(5);
  }
  return false;
}

describe('Ctrl-C in the middle of writing', () => {
  it('removes the temporary file, leaves the earlier output as it was and exits 130', async () => {
    await writeFile(path.join(dir, 'big.csv'), bigExport(ROWS));
    await writeFile(path.join(dir, 'people.xlsx'), 'the earlier roster');
    const { child, done } = startCli(['import', 'big.csv', '-o', 'people.xlsx', '-q'], { cwd: dir });
    let running = true;
    void done.then(() => (running = false));

    expect(await waitForFile(TEMP_FILE, () => running)).toBe(true);
    child.kill('SIGINT');
    const run = await done;

    expect(run.code).toBe(130);
    expect(run.stderr).toContain('interrupted: files being written were removed');
    expect((await readdir(dir)).sort()).toEqual(['big.csv', 'people.xlsx']);
    expect(await readFile(path.join(dir, 'people.xlsx'), 'utf8')).toBe('the earlier roster');
  });
});

describe('Ctrl-C while matching', () => {
  it('ends the run at once (as SIGINT ends any program: the shell says 130), though the matcher is busy, and leaves no output', async () => {
    await writeFile(path.join(dir, 'big.csv'), bigExport(ROWS));
    const { child, done } = startCli(['match', 'big.csv', '-o', 'matches.xlsx'], { cwd: dir });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let running = true;
    void done.then(() => (running = false));
    // 40,000 mentees and 20,000 mentors all in one phase: hundreds of millions of pairs, far from done when signalled.
    while (running && !stderr.includes('matching')) await sleep(5);
    child.kill('SIGINT');
    const run = await done;

    expect(run.signal).toBe('SIGINT');
    expect((await readdir(dir)).sort()).toEqual(['big.csv']);
  });
});
