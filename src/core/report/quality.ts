import { cell, type SheetRecord } from './input.js';
import type { QualitySection } from './model.js';
import { countKeys, NOT_GIVEN, toTallies } from './tally.js';

/** The import sheets the data-quality section reads; absent ones stay null in the section. */
export interface QualitySources {
  warnings: readonly SheetRecord[] | undefined;
  rejected: readonly SheetRecord[] | undefined;
  duplicates: readonly SheetRecord[] | undefined;
}

/** Warnings by kind, rejects by reason, duplicates merged. */
export function buildQuality({ warnings, rejected, duplicates }: QualitySources): QualitySection {
  return {
    warningsByKind: warnings ? toTallies(countKeys(warnings, (w) => [cell(w, 'kind')])) : null,
    warnings: warnings ? warnings.length : null,
    rejectedByReason: rejected
      ? toTallies(
          countKeys(rejected, (r) => [cell(r, 'reason')]),
          (reason) => reason || NOT_GIVEN,
        )
      : null,
    rowsRejected: rejected ? rejectedRows(rejected) : null,
    duplicatesMerged: duplicates ? duplicates.length : null,
  };
}

/** Distinct source rows in the rejects sheet (one row may be rejected for several reasons; a reject without a row number counts alone). */
export function rejectedRows(rejected: readonly SheetRecord[]): number {
  return new Set(rejected.map((r, index) => `${cell(r, 'file')}\u0000${cell(r, 'row') || `#${index}`}`)).size;
}
