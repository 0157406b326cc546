import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { tempDir } from './memory-io.js';

/** Gives the file's tests one temporary folder (through `use`), made before the first test and removed after the last. */
export function allTestsInTempDir(use: (dir: string) => void): void {
  inTempDir(beforeAll, afterAll, use);
}

/**
 * Gives each test of the file a fresh temporary folder (through `use`) and removes it afterwards, undoing
 * any `vi.spyOn` (such as a fake clock) too.
 */
export function eachTestInTempDir(use: (dir: string) => void): void {
  inTempDir(beforeEach, afterEach, use, () => vi.restoreAllMocks());
}

type Hook = (run: () => Promise<void>) => void;

function inTempDir(before: Hook, after: Hook, use: (dir: string) => void, undo = (): void => undefined): void {
  let cleanup: (() => Promise<void>) | undefined;
  before(async () => {
    const made = await tempDir();
    cleanup = made.cleanup;
    use(made.dir);
  });
  after(async () => {
    undo();
    await cleanup?.();
  });
}
