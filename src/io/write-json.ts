import { recordOf } from '../core/record-of.js';
import { uniqueHeaders } from './headers.js';
import { rowsOf, type Cell, type OutputSheet } from './sheet.js';

/** A sheet's rows as records holding exactly its columns, in order; lists stay lists, missing cells are null. */
function records(sheet: OutputSheet): Record<string, Cell>[] {
  return Array.from(rowsOf(sheet), (row) => recordOf(sheet.columns, (column) => row[column] ?? null));
}

/** JSON for one sheet (an array of records) or several (`{ "Sheet name": [records] }`); not neutralised. */
export function jsonText(sheets: readonly OutputSheet[]): string {
  if (sheets.length <= 1) return `${JSON.stringify(sheets[0] ? records(sheets[0]) : [], null, 2)}\n`;
  const names = uniqueHeaders(sheets.map((sheet) => sheet.name));
  const object = Object.fromEntries(sheets.map((sheet, i) => [names[i], records(sheet)]));
  return `${JSON.stringify(object, null, 2)}\n`;
}
