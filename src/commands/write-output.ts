import type { OutputSheet } from '../io/sheet.js';
import { writeTables } from '../io/write-table.js';
import { progressPhase, type Progress } from '../render/progress.js';

/** Writes sheets to a file (as `writeTables`), with a `writing FILE` bar on a terminal, wiped once written or on failure. */
export async function writeOutput(output: string, sheets: OutputSheet[], progress: Progress | undefined): Promise<void> {
  await writeTables(output, sheets, { onProgress: progressPhase(progress, `writing ${output}`) }).finally(() => progress?.clear());
}
