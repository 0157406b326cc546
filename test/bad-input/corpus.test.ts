import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { fixture, tempDir } from '../helpers/memory-io.js';
import { BAD_INPUT_CASES, type CasePaths } from './cases.js';
import { spawnCli } from './spawn-cli.js';

// Runs the built CLI (bin/edumentor.js → dist/): build first with `npx tsc -p tsconfig.build.json`.

const STACK_LINE = /^ {4}at /m;
const cleanups: (() => Promise<void>)[] = [];
afterAll(() => Promise.all(cleanups.map((cleanup) => cleanup())));

async function casePaths(): Promise<CasePaths> {
  const { dir, cleanup } = await tempDir();
  cleanups.push(cleanup);
  return { bad: (name) => fixture('bad', name), fixtures: (...parts) => fixture(...parts), temp: (name) => path.join(dir, name) };
}

describe.concurrent('the bad-input corpus, through the built CLI', () => {
  it.for(BAD_INPUT_CASES)('$name: exit $exit', async (badCase, { expect }) => {
    const paths = await casePaths();
    for (const [name, make] of Object.entries(badCase.generate ?? {})) await writeFile(paths.temp(name), make());
    const run = await spawnCli(badCase.args(paths), { cwd: path.dirname(paths.temp('x')), env: badCase.env });
    expect(run.stderr).toContain(badCase.message);
    expect(run.code).toBe(badCase.exit);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr).not.toContain('unexpected failure');
    if (badCase.stdout !== undefined) expect(run.stdout).toContain(badCase.stdout);
    for (const [name, fragment] of Object.entries(badCase.files ?? {})) {
      expect(await readFile(paths.temp(name), 'utf8')).toContain(fragment);
    }
  });

  it('prints the stack of a user error only with --debug', async ({ expect }) => {
    const plain = await spawnCli(['import', fixture('bad', 'empty.csv')]);
    const debug = await spawnCli(['import', fixture('bad', 'empty.csv'), '--debug']);
    expect([plain.code, debug.code]).toEqual([3, 3]);
    expect(plain.stderr).not.toMatch(STACK_LINE);
    expect(debug.stderr).toMatch(STACK_LINE);
    expect(debug.stderr).toContain('the file is empty');
  });
});
