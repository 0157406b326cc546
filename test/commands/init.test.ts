import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInit } from '../../src/commands/init.js';
import { STARTER_CONFIG } from '../../src/config/starter-config.js';
import { UsageError } from '../../src/errors.js';
import { memoryIO } from '../helpers/memory-io.js';
import { eachTestInTempDir } from '../helpers/temp-dirs.js';

let dir = '';
eachTestInTempDir((made) => (dir = made));

describe('init', () => {
  it('writes the commented starting config to a .yaml file, and prints it for -', async () => {
    const io = memoryIO(dir);
    await runInit({ file: path.join(dir, 'scheme.yaml'), quiet: true }, io);
    expect(await readFile(path.join(dir, 'scheme.yaml'), 'utf8')).toBe(STARTER_CONFIG);
    const printed = memoryIO(dir);
    await runInit({ file: '-' }, printed);
    expect(printed.out()).toBe(STARTER_CONFIG);
    expect(existsSync(path.join(dir, '-'))).toBe(false);
  });

  it('refuses a name that is not .yaml, whose reader would expect JSON, before writing anything', async () => {
    const file = path.join(dir, 'scheme.json');
    await expect(runInit({ file }, memoryIO(dir))).rejects.toThrow(UsageError);
    await expect(runInit({ file }, memoryIO(dir))).rejects.toThrow(/the starting config is YAML.*give a name ending in \.yaml/);
    expect(existsSync(file)).toBe(false);
  });
});
