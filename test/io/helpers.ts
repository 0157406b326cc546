import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterEach } from 'vitest';
import type { RowStream } from '../../src/io/row-stream.js';

/** The io fixtures folder (copies of the sample exports). */
export const FIXTURES = new URL('../../fixtures/io/', import.meta.url).pathname;

const created: string[] = [];
afterEach(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A temporary folder, removed after the current test. */
export async function makeTempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'edumentor-io-'));
  created.push(dir);
  return dir;
}

/** Writes `content` to `name` in a new temporary folder and returns its path. */
export async function tempFile(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(await makeTempDir(), name);
  await writeFile(path, content);
  return path;
}

/** Builds a workbook with exceljs' full (non-streaming) API and saves it as `name` in a temporary folder. */
export async function tempXlsx(name: string, build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const path = join(await makeTempDir(), name);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** A stand-in for stdin holding `content`. */
export function stdinOf(content: string | Uint8Array): NodeJS.ReadableStream {
  return Readable.from([typeof content === 'string' ? Buffer.from(content) : content]);
}

/** A RowStream taking every row after `headRows` (their cells in `taken`), whose sink says `keep` at the end. */
export function recordingStream(headRows: number, keep = true) {
  const taken: string[][] = [];
  const told = { ended: false, cancelled: false, head: 0 };
  const offer: RowStream = {
    headRows,
    open: (head) => {
      told.head = head.rows.length;
      return {
        add: (row) => void taken.push(row.cells),
        end: () => ((told.ended = true), keep),
        cancel: () => void (told.cancelled = true),
      };
    },
  };
  return { taken, told, offer };
}
