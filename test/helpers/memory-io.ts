import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import type { CommandIO } from '../../src/render/ui.js';

/** A CommandIO that captures stdout and stderr as text, for in-process command tests. */
export function memoryIO(cwd: string, stdinText = ''): CommandIO & { out: () => string; err: () => string } {
  const chunks = { out: [] as string[], err: [] as string[] };
  const sink = (into: string[]) =>
    new Writable({
      write(chunk, _encoding, done) {
        into.push(String(chunk));
        done();
      },
    });
  const stdin = new PassThrough();
  stdin.end(stdinText);
  return {
    stdout: sink(chunks.out),
    stderr: sink(chunks.err),
    stdin,
    env: { NO_COLOR: '1' },
    cwd,
    out: () => chunks.out.join(''),
    err: () => chunks.err.join(''),
  };
}

/** A fresh temporary folder, removed by the returned cleanup. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'edumentor-test-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** The absolute path of a file under fixtures/. */
export function fixture(...parts: string[]): string {
  return path.resolve(import.meta.dirname, '../../fixtures', ...parts);
}

/** The civil-service sample: two exports, one per side, with the mapping file and config that read them. */
export const CIVIL = [fixture('civil-service', 'mentors.csv'), fixture('civil-service', 'mentees.csv')];
export const CIVIL_OPTIONS = {
  role: ['mentor', 'mentee'],
  mapping: fixture('civil-service', 'mapping.yaml'),
  config: fixture('civil-service', 'edumentor.config.yaml'),
} as const;
