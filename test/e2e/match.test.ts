import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { fixture } from '../helpers/memory-io.js';
import { eachTestInTempDir } from '../helpers/temp-dirs.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
eachTestInTempDir((made) => (dir = made));

describe('edumentor match (built CLI)', () => {
  it('matches the sample into a workbook, summary on stderr, nothing on stdout', () => {
    const out = path.join(dir, 'matches.xlsx');
    const result = runCli(['match', fixture('edumentoring', 'responses.csv'), '-o', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('217 of 223 mentees matched');
    expect(result.stderr).toContain('blocking pairs');
    expect(result.stderr).not.toContain('\u001b[');
    expect(existsSync(out)).toBe(true);
  });

  it('refuses a negative number of alternatives rather than taking it for a file name (exit 2)', () => {
    const result = runCli(['match', fixture('edumentoring', 'responses.csv'), '--alternatives', '-1', '-o', path.join(dir, 'm.csv')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('expected how many alternatives to list (0 or more) or a file to write them to; found "-1"');
  });

  it('writes CSV to stdout when piped, so output pipes', () => {
    const result = runCli(['match', fixture('edumentoring', 'responses.csv'), '--quiet']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^pair_id,mentor_id,/);
    expect(result.stderr).toBe('');
  });

  it('exits 2 on an unknown option value and shows no stack trace', () => {
    const result = runCli(['match', fixture('edumentoring', 'responses.csv'), '--objective', 'fastest']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('fastest');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('shows real examples in --help', () => {
    const result = runCli(['match', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('$ edumentor match responses.csv -o matches.xlsx');
  });

  it('lists the options given after any command (-o, --quiet, the limits) in its --help, and no empty defaults', () => {
    for (const command of [['import'], ['match'], ['schedule'], ['schedule', 'reminders'], ['report']]) {
      const { stdout } = runCli([...command, '--help']);
      expect(stdout, command.join(' ')).toMatch(/Global Options:\n[^]*-o, --output <file>[^]*-q, --quiet[^]*--max-rows <n>/);
      expect(stdout, command.join(' ')).not.toMatch(/\(default: (\{\}|\[\])\)/);
    }
  });
});

describe('edumentor init', () => {
  it('writes a commented config that validates, and refuses to overwrite it', async () => {
    const first = runCli(['init'], { cwd: dir });
    expect(first.code).toBe(0);
    const text = await readFile(path.join(dir, 'edumentor.config.yaml'), 'utf8');
    expect(text).toContain('# ');
    expect(configSchema.safeParse(YAML.parse(text)).success).toBe(true);
    const second = runCli(['init'], { cwd: dir });
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('--force');
  });

  it('writes to the file -o names, and refuses two different names', async () => {
    expect(runCli(['init', '-o', 'scheme.yaml'], { cwd: dir }).code).toBe(0);
    expect(await readFile(path.join(dir, 'scheme.yaml'), 'utf8')).toContain('# ');
    const two = runCli(['init', 'a.yaml', '-o', 'b.yaml'], { cwd: dir });
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('init was given two files, "a.yaml" and -o "b.yaml": give one');
  });
});
