import type { Role, Table, TableShape } from '../types.js';
import { InputError } from '../../errors.js';
import { autoMap } from './auto-map.js';
import { closestHeaders } from './closest.js';
import { describeColumns, gridRow, type ColumnInfo } from './columns.js';
import { FIELDS, type Field } from './fields.js';
import { HEADER_SYNONYMS, NAME_PARTS } from './header-synonyms.js';
import { applyMappingFile, headerList, quoteList } from './mapping-file.js';
import type { Mapping } from './mapping-schema.js';
import type { GridPosition } from './parse/availability.js';
import { DateOrderEvidence, type DateOrder } from './parse/timestamp.js';
import type { FieldMapping, TableMapping } from './types.js';
import { valueFitter } from './value-fit.js';
import type { Vocabularies } from './vocabulary/build.js';

/** How to read every row of one table. */
export interface TablePlan {
  table: TableShape;
  mapping: TableMapping;
  /** Column positions per mapped field. */
  columns: Partial<Record<Field, readonly number[]>>;
  /** The grid row of each availability column (a day or a band), by column position. */
  positions: ReadonlyMap<number, GridPosition>;
  /** Column positions kept in `extra`. */
  extra: readonly number[];
  /** The side of every row, when the user said so. */
  role?: Role;
  dateOrder: DateOrder;
}

/** What planning needs besides the table. */
export interface PlanOptions {
  role?: Role;
  dateOrder?: DateOrder;
  mapping?: Mapping;
  /** How messages name the mapping (see NormaliseOptions). */
  mappingName?: string;
  vocabularies: Vocabularies;
}

/** Maps a table's columns (roster, mapping file, then auto-detection) and checks the required ones are there. */
export function planTable(table: Table, options: PlanOptions): TablePlan {
  const dates = new DateOrderEvidence();
  return planShape(table, {
    columns: () => describeColumns(table),
    dateOrder: (indexes) => {
      for (const value of columnValues(table, indexes)) dates.add(value);
      return dates.order();
    },
    datesUndecided: () => dates.undecided,
  }, options);
}

/** What planning knows of a table's answers: its columns as auto-detection sees them, and its dates' order. */
export interface TableEvidence {
  /** Asked only when auto-detection runs (not for an edumentor roster). */
  columns(): ColumnInfo[];
  /**
   * The order of the slash dates in the submitted columns, `indexes`. A streamed table's evidence is gathered from
   * the columns its head's plan read as submitted, whatever `indexes` is: a whole plan that reads others differs from
   * the head's in its columns too, and so is turned down anyway.
   */
  dateOrder(indexes: readonly number[]): DateOrder;
  /** After `dateOrder`: whether there were slash dates and none showed its order (the order is only the default). */
  datesUndecided?(): boolean;
}

/** `planTable` for a table known by its shape and what its answers show rather than by its rows. */
export function planShape(table: TableShape, evidence: TableEvidence, options: PlanOptions): TablePlan {
  if (table.headers.length === 0) {
    throw new InputError(
      'the file is empty (no header row, no answers): export the form responses again, or check you named the right file',
      { file: table.file, sheet: table.sheet },
    );
  }
  const { fields, ignored } = mapFields(table, evidence, options);
  const role = table.role ?? options.role;
  const byField = new Map(fields.map((f) => [f.field, f]));
  requireColumn(table, byField, 'email', 'no column of e-mail addresses', 'Email address');
  requireColumn(table, byField, 'name', 'no column of names', 'Full name (or First name and Last name)');
  if (!role) {
    const problem = 'no column says who is a mentor and who a mentee';
    requireColumn(table, byField, 'role', problem, 'Are you signing up as a mentor or a mentee?');
  }

  const ignoredIndexes = new Set(ignored);
  const mapped = new Set(fields.flatMap((f) => f.indexes));
  const extra = table.headers.map((_, i) => i).filter((i) => !mapped.has(i) && !ignoredIndexes.has(i));
  const positions = new Map<number, GridPosition>();
  for (const index of byField.get('availability')?.indexes ?? []) {
    const grid = gridRow(table.headers[index] ?? '');
    if (grid) positions.set(index, grid.position);
  }
  const submitted = byField.get('submitted')?.indexes ?? [];
  const dateOrder = options.dateOrder ?? evidence.dateOrder(submitted);
  const mapping: TableMapping = {
    file: table.file,
    fields,
    extra: extra.map((i) => table.headers[i] ?? ''),
    ignored: [...ignoredIndexes].map((i) => table.headers[i] ?? ''),
  };
  if (table.sheet !== undefined) mapping.sheet = table.sheet;
  if (!options.dateOrder && evidence.datesUndecided?.()) mapping.datesUndecided = true;
  const plan: TablePlan = {
    table,
    mapping,
    columns: Object.fromEntries(fields.map((f) => [f.field, f.indexes])),
    positions,
    extra,
    dateOrder,
  };
  if (role) plan.role = role;
  return plan;
}

/** Every cell of these columns, row by row. */
function columnValues(table: Table, indexes: readonly number[]): string[] {
  const values: string[] = [];
  for (const { cells } of table.rows) for (const index of indexes) values.push(cells[index] ?? '');
  return values;
}

/** An edumentor roster maps 1:1; otherwise the mapping file's columns, then auto-detection for the rest. */
function mapFields(table: TableShape, evidence: TableEvidence, options: PlanOptions): { fields: FieldMapping[]; ignored: number[] } {
  if (FIELDS.every((field) => table.headers.includes(field))) {
    const fields = FIELDS.map((field): FieldMapping => ({
      field,
      columns: [field],
      indexes: [table.headers.indexOf(field)],
      reason: 'edumentor roster column',
      confidence: 'certain',
    }));
    return { fields, ignored: [] };
  }
  const decisions = options.mapping
    ? applyMappingFile(table, options.mapping, options.mappingName)
    : { fields: [], none: [], ignored: [] };
  const taken = new Set([...decisions.fields.flatMap((f) => f.indexes), ...decisions.ignored]);
  const decided = new Set<Field>([...decisions.fields.map((f) => f.field), ...decisions.none]);
  const auto = autoMap({ columns: evidence.columns(), fit: valueFitter(options.vocabularies), taken, decided });
  const fields = [...decisions.fields, ...auto].sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field));
  return { fields, ignored: decisions.ignored };
}

function requireColumn(
  table: TableShape,
  byField: ReadonlyMap<Field, FieldMapping>,
  field: Field,
  problem: string,
  example: string,
): void {
  if (byField.has(field)) return;
  const expected = [field, ...HEADER_SYNONYMS[field].exact, ...HEADER_SYNONYMS[field].contains];
  if (field === 'name') expected.push(...NAME_PARTS.first, ...NAME_PARTS.last);
  const close = closestHeaders(table.headers, expected);
  const hint = close.length > 0 ? `did you mean ${quoteList(close)}?` : `the headers are: ${headerList(table.headers)}.`;
  const roleHint = field === 'role' ? ' Pass --role mentor or --role mentee for this file, or' : ' Or';
  // A workbook's first sheet may be a "Read me" or a summary, the answers on another.
  const sheetHint = table.sheet === undefined ? '' : ` If the answers are on another sheet than "${table.sheet}", name it with --sheet.`;
  throw new InputError(
    `${problem}: expected a header like "${example}"${field === 'email' ? ' or a column of addresses' : ''}; ${hint}` +
      `${roleHint} name the column in a mapping file (columns: { ${field}: "<header>" }).${sheetHint}`,
    { file: table.file, sheet: table.sheet },
  );
}
