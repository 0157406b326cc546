import type { Table } from '../core/types.js';
import { InputError } from '../errors.js';
import { decodeAll } from './detect-encoding.js';
import type { ReadLimits } from './limits.js';
import { plainNumber } from './number-text.js';
import { chooseSheets, type SheetRequest } from './sheet-choice.js';
import { TableBuilder, type TableOrigin } from './table-builder.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Reads JSON tables: an array of records (keys are the headers), or an object whose values are such arrays
 * (one sheet each, as `writeTables` writes several sheets). Row numbers count the header as row 1.
 */
export function readJson(bytes: Buffer, file: string, request: SheetRequest, limits: ReadLimits): Table[] {
  const parsed = parseJson(decodeAll(bytes), file);
  if (Array.isArray(parsed)) return [recordsTable(parsed, { file }, limits)];
  const sheets = isObject(parsed) ? Object.entries(parsed) : [];
  if (sheets.length === 0 || !sheets.every(([, value]) => Array.isArray(value))) {
    throw new InputError(
      'expected a JSON array of records ([{"Email": …}, …]) or an object of such arrays ({"Sheet": [...]})',
      { file },
    );
  }
  const wanted = chooseSheets(request, sheets.map(([name]) => ({ name, visible: true })), file);
  return sheets
    .filter(([name]) => wanted.has(name))
    .map(([sheet, records]) => recordsTable(records as Json[], { file, sheet }, limits));
}

function parseJson(text: string, file: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError(`this is not valid JSON (${detail}): fix it, or export the table as .csv`, {
      file,
      cause: error,
    });
  }
}

function recordsTable(records: readonly Json[], origin: TableOrigin, limits: ReadLimits): Table {
  const keys = new Set<string>();
  records.forEach((record, index) => {
    if (!isObject(record)) {
      throw new InputError(`expected every entry to be a record ({"Email": …}), found ${JSON.stringify(record)}`, {
        ...origin,
        row: index + 2,
      });
    }
    Object.keys(record).forEach((key) => keys.add(key));
  });
  const headers = [...keys];
  const builder = new TableBuilder(origin, limits);
  if (headers.length > 0) builder.add(1, headers);
  records.forEach((record, index) => {
    const values = record as { [key: string]: Json };
    builder.add(index + 2, headers.map((key) => jsonCellText(values[key] ?? null)));
  });
  return builder.finish();
}

/** A JSON value as cell text: lists joined with `; ` (as the CSV writer joins them), objects as JSON. */
function jsonCellText(value: Json): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return plainNumber(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(jsonCellText).join('; ');
  return JSON.stringify(value);
}

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
