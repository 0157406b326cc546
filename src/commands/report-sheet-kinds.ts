import type { InputKey } from '../core/report/index.js';
import { FIELDS } from '../core/normalise/index.js';
import type { Table } from '../core/types.js';
import { InputError, UsageError } from '../errors.js';

/** The kinds of sheet the report reads, how edumentor names them, the columns each needs, and messages about them. */

/** What one sheet holds: a report input, or the Settings sheet of a match workbook. */
export type SheetKind = InputKey | 'settings';

/** A workbook's sheet names (edumentor's own) and what they hold. */
const SHEET_NAMES: Readonly<Record<string, SheetKind>> = {
  people: 'roster',
  matches: 'matches',
  unmatched: 'unmatched',
  mentors: 'mentors',
  rota: 'rota',
  rejected: 'rejected',
  duplicates: 'duplicates',
  warnings: 'warnings',
  settings: 'settings',
};

/** The columns each kind of sheet must have (the roster is checked by import); also how a lone table is recognised. */
const REQUIRED: Readonly<Record<Exclude<SheetKind, 'roster'>, readonly string[]>> = {
  rota: ['date', 'mentor_email', 'mentee_email'],
  matches: ['mentor_email', 'mentee_email'],
  mentors: ['mentor_id', 'email', 'capacity'],
  unmatched: ['role', 'reason'],
  warnings: ['kind', 'message'],
  duplicates: ['email', 'kept_row'],
  rejected: ['file', 'row', 'reason'],
  settings: ['setting', 'value'],
};

/** What each kind is called in messages. */
const SHEET_WHAT: Readonly<Record<SheetKind, string>> = {
  roster: 'roster',
  matches: 'match sheet',
  unmatched: 'unmatched sheet',
  mentors: 'mentors sheet',
  rota: 'rota',
  rejected: 'rejects sheet',
  duplicates: 'duplicates sheet',
  warnings: 'warnings sheet',
  settings: 'settings sheet',
};

/** The kind of sheet an edumentor sheet name (any case) holds, or undefined for any other name. */
export function kindOfSheetName(sheet: string | undefined): SheetKind | undefined {
  return sheet === undefined ? undefined : SHEET_NAMES[sheet.trim().toLowerCase()];
}

/** A lone table (a CSV) by its columns: an edumentor roster has every roster column, the others their required ones. */
export function recognise(table: Table): SheetKind | undefined {
  if (FIELDS.every((field) => table.headers.includes(field))) return 'roster';
  const kinds = Object.keys(REQUIRED) as Exclude<SheetKind, 'roster'>[];
  return kinds.find((kind) => REQUIRED[kind].every((column) => table.headers.includes(column)));
}

/** InputError when a chosen sheet lacks a column its kind needs, naming what it expected and found. */
export function checkColumns({ kind, file, sheet, table }: { kind: SheetKind; file: string; sheet?: string; table: Table | null }): void {
  if (kind === 'roster' || !table) return;
  const missing = REQUIRED[kind].filter((column) => !table.headers.includes(column));
  if (missing.length === 0) return;
  throw new InputError(
    `this is not a ${SHEET_WHAT[kind]}: expected the column(s) ${REQUIRED[kind].join(', ')} but ${missing.join(', ')} ` +
      `${missing.length === 1 ? 'is' : 'are'} missing (found: ${headerList(table)}). Give the ${SHEET_WHAT[kind]} edumentor wrote, or rename the columns.`,
    { file, sheet },
  );
}

/** The InputError for a file named for `kind` with no sheet of that kind, listing all its sheets. */
export function missingSheet(kind: InputKey, file: string, sheetNames: readonly string[]): InputError {
  const wanted = Object.entries(SHEET_NAMES).find(([, k]) => k === kind)?.[0] ?? kind;
  return new InputError(
    `expected a ${SHEET_WHAT[kind]} but this workbook has no sheet "${capitalise(wanted)}" (its sheets: ${sheetList(sheetNames)}). ` +
      `Give the workbook or file that holds the ${SHEET_WHAT[kind]}.`,
    { file },
  );
}

/** The UsageError for a plain argument whose sheets or columns say nothing the report reads. */
export function unrecognised(file: string, tables: readonly Table[], sheetNames: readonly string[]): UsageError {
  const lone = sheetNames.length === 1 ? tables[0] : undefined;
  const what = lone ? `its columns (${headerList(lone)})` : `its sheets (${sheetList(sheetNames)})`;
  return new UsageError(
    `cannot tell what "${file}" holds from ${what}: a plain argument must be a sheet or workbook edumentor wrote. ` +
      'Name it with its option instead: --roster (a form export or roster), --matches, --unmatched, --mentors, --rota, --rejects, --duplicates or --warnings.',
    { file },
  );
}

function headerList(table: Table): string {
  return table.headers.length === 0 ? 'none' : table.headers.slice(0, 10).join(', ') + (table.headers.length > 10 ? ', …' : '');
}

function sheetList(sheetNames: readonly string[]): string {
  return sheetNames.map((name) => `"${name}"`).join(', ') || 'none';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
