import type { TableShape } from '../types.js';
import { InputError } from '../../errors.js';
import { gridRow } from './columns.js';
import { FIELDS, type Field } from './fields.js';
import type { Mapping } from './mapping-schema.js';
import { matchKey } from './text.js';
import type { FieldMapping } from './types.js';

/** What a mapping file decides for one table. */
export interface FileDecisions {
  fields: FieldMapping[];
  /** Fields the file maps to no column (`null`): auto-detection leaves them alone. */
  none: Field[];
  /** Column positions the file says to leave out. */
  ignored: number[];
}

/** The column positions a header reference names: the header itself, or every column of a grid question. */
export function resolveReference(headers: readonly string[], reference: string): number[] {
  const key = matchKey(reference);
  const exact = headers.findIndex((header) => matchKey(header) === key);
  if (exact >= 0) return [exact];
  return headers.flatMap((header, index) => {
    const grid = gridRow(header);
    return grid && matchKey(grid.question) === key ? [index] : [];
  });
}

/** How messages name a mapping when nobody said where it came from. */
export const MAPPING_FILE = 'the mapping file';

/**
 * Applies a mapping file to one table; throws InputError when a mapped field has none of its columns here, naming the
 * mapping as `mappingName` says (`the mapping file map.yaml`, `import.mapping in the config edumentor.config.yaml`).
 */
export function applyMappingFile(table: TableShape, mapping: Mapping, mappingName = MAPPING_FILE): FileDecisions {
  const fields: FieldMapping[] = [];
  const none: Field[] = [];
  for (const field of FIELDS) {
    const reference = mapping.columns?.[field];
    if (reference === undefined) continue;
    if (reference === null) {
      none.push(field);
      continue;
    }
    const references = typeof reference === 'string' ? [reference] : reference;
    const indexes = [...new Set(references.flatMap((r) => resolveReference(table.headers, r)))];
    if (indexes.length === 0) throw missingColumn(table, field, references, mappingName);
    fields.push({
      field,
      columns: indexes.map((index) => table.headers[index] ?? ''),
      indexes,
      reason: 'mapping file',
      confidence: 'certain',
    });
  }
  const ignored = (mapping.ignore ?? []).flatMap((r) => resolveReference(table.headers, r));
  return { fields, none, ignored };
}

/** Throws InputError for mapping-file headers that no table has (a typo, most likely). */
export function checkReferencesExist(tables: readonly TableShape[], mapping: Mapping, mappingName = MAPPING_FILE): void {
  const references = [
    ...Object.values(mapping.columns ?? {}).flatMap((r) => (r === null || r === undefined ? [] : [r].flat())),
    ...(mapping.ignore ?? []),
  ];
  for (const reference of references) {
    if (tables.some((table) => resolveReference(table.headers, reference).length > 0)) continue;
    const headers = [...new Set(tables.flatMap((table) => table.headers))];
    throw new InputError(
      `${mappingName} names the column "${reference}", which no input file has; the headers are: ${headerList(headers)}. ` +
        `Correct the header in ${mappingName} (case, spaces and punctuation do not matter).`,
      { file: tables[0]?.file },
    );
  }
}

function missingColumn(table: TableShape, field: Field, references: readonly string[], mappingName: string): InputError {
  return new InputError(
    `${mappingName} maps ${field} to ${quoteList(references)}, but this file has none of them; its headers are: ` +
      `${headerList(table.headers)}. List this file's header too (${field}: [${references.join(', ')}, …]).`,
    { file: table.file, sheet: table.sheet },
  );
}

/** `"a", "b", "c"`. */
export function quoteList(texts: readonly string[]): string {
  return texts.map((text) => `"${text}"`).join(', ');
}

/** How many headers a message lists before it counts the rest. */
const HEADERS_LISTED = 30;

/** A table's headers for a message: all of them quoted, or the first 30 and how many more (a runaway line has thousands). */
export function headerList(headers: readonly string[]): string {
  if (headers.length <= HEADERS_LISTED) return quoteList(headers);
  return `${quoteList(headers.slice(0, HEADERS_LISTED))} and ${headers.length - HEADERS_LISTED} more`;
}
