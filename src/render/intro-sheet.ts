import { INTRO_COLUMNS, type IntroRow } from '../core/intros/index.js';
import type { Sheet } from '../io/sheet.js';

/** The introductions as a sheet: one row per person per partner, for a mail merge. */
export function introductionsSheet(rows: readonly IntroRow[]): Sheet {
  return { name: 'Introductions', columns: [...INTRO_COLUMNS], rows: rows.map((r) => ({ ...r })) };
}
