import { spawnSync } from 'node:child_process';
import { lstatSync } from 'node:fs';
import { readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/memory-io.js';
import { eachTestInTempDir } from '../helpers/temp-dirs.js';
import { hugeCellCsv } from './generate.js';
import { spawnCli } from './spawn-cli.js';

// Runs the built CLI (bin/edumentor.js → dist/): build first with `npx tsc -p tsconfig.build.json`.

const FORM = fixture('bad', 'same-title.csv');
const STACK_LINE = /^ {4}at /m;
const TEMP_FILE = /\.tmp-/;

let dir: string;
eachTestInTempDir((made) => (dir = made));

const inDir = (name: string) => path.join(dir, name);
const edumentor = (...args: string[]) => spawnCli(args, { cwd: dir });

/** A character device made here (so a broken writer could only ever replace this copy), or undefined. */
function deviceNode(name: string, minor: 3 | 7): string | undefined {
  const made = spawnSync('mknod', [inDir(name), 'c', '1', String(minor)]);
  return made.status === 0 ? inDir(name) : undefined;
}
const canMakeDevices = spawnSync('mknod', ['--version']).status === 0 && process.getuid?.() === 0;

describe('outputs that cannot be written (exit 4, the path named, nothing left behind)', () => {
  it('refuses an output that is also an input (exit 2)', async () => {
    await writeFile(inDir('form.csv'), await readFile(FORM));
    const run = await edumentor('import', 'form.csv', '-o', 'form.csv');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the output "form.csv" is also an input ("form.csv")');
    expect(await readFile(inDir('form.csv'))).toEqual(await readFile(FORM));
  });

  it('names a folder path that runs through a file', async () => {
    await writeFile(inDir('people.csv'), 'a file, not a folder\n');
    const run = await edumentor('import', FORM, '-o', 'people.csv/roster.csv');
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('cannot write "people.csv/roster.csv": part of the folder path "people.csv" is a file, not a folder');
  });

  it.skipIf(process.platform !== 'linux')('names a system folder that refuses files even to root (/proc, /sys)', async () => {
    const proc = await edumentor('import', FORM, '-o', '/proc/edumentor-people.csv');
    expect(proc.code).toBe(4);
    expect(proc.stderr).toContain('cannot write "/proc/edumentor-people.csv": the folder "/proc" does not take new files');
    const sys = await edumentor('match', FORM, '-o', '/sys/edumentor-matches.xlsx');
    expect(sys.code).toBe(4);
    expect(sys.stderr).toContain('cannot write "/sys/edumentor-matches.xlsx": the folder is read-only');
    expect(proc.stderr + sys.stderr).not.toMatch(STACK_LINE);
  });

  it.skipIf(!canMakeDevices)('says the disk is full when writing into a full device, through a symlink too', async () => {
    const full = deviceNode('full.csv', 7);
    if (!full) return;
    await symlink(full, inDir('people.csv'));
    for (const output of ['full.csv', 'people.csv']) {
      const run = await edumentor('import', FORM, '-o', output, '-q');
      expect(run.code).toBe(4);
      expect(run.stderr).toContain(`cannot write "${output}": the disk is full`);
    }
    expect(lstatSync(full).isCharacterDevice()).toBe(true);
    expect((await readdir(dir)).filter((name) => TEMP_FILE.test(name))).toEqual([]);
  });

  it.skipIf(!canMakeDevices)('writes into a device such as /dev/null without replacing it', async () => {
    const sink = deviceNode('null.csv', 3);
    if (!sink) return;
    const run = await edumentor('import', FORM, '-o', 'null.csv', '-q');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(lstatSync(sink).isCharacterDevice()).toBe(true);
  });

  it('keeps the earlier file byte for byte when writing fails half-way (a cell too long for Excel)', async () => {
    await writeFile(inDir('long.csv'), hugeCellCsv(40_000));
    await writeFile(inDir('people.xlsx'), 'the earlier workbook');
    const run = await edumentor('import', 'long.csv', '-o', 'people.xlsx');
    expect(run.code).toBe(4);
    expect(run.stderr).toContain("holds 40000 characters, more than Excel's 32767: write .csv or .json instead");
    expect(await readFile(inDir('people.xlsx'), 'utf8')).toBe('the earlier workbook');
    expect((await readdir(dir)).sort()).toEqual(['long.csv', 'people.xlsx']);
  });
});
