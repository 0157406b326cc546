import { progressCounter } from '../core/progress.js';
import { recordOf } from '../core/record-of.js';
import type { InputKey, SheetRecord } from '../core/report/index.js';
import type { OnProgress, Table } from '../core/types.js';
import { unneutralise } from '../io/neutralise.js';
import { readPickedSheets } from '../io/read-table.js';
import type { SheetPicker } from '../io/sheet-choice.js';
import { checkColumns, kindOfSheetName, missingSheet, recognise, unrecognised, type SheetKind } from './report-sheet-kinds.js';

/** One sheet chosen for the report, and where it came from. */
export interface ChosenSheet {
  kind: SheetKind;
  file: string;
  /** The sheet's name in a workbook. */
  sheet?: string;
  /** Named by its own option (`--rota rota.csv`) rather than found in a workbook or among the plain arguments. */
  explicit: boolean;
  /** Null for the roster given as `-`, which is read once, by import. */
  table: Table | null;
}

/** The files the report reads: one per option, and plain arguments whose sheets say what they are. */
export interface ReportFiles {
  named: Partial<Record<InputKey, string>>;
  plain: readonly string[];
  stdin?: NodeJS.ReadableStream;
  /** Told how far reading each workbook has got. */
  onProgress?: OnProgress;
}

/**
 * Every sheet the report will use, one per kind. A file named by an option gives that kind (its sheet of that
 * name, or its first sheet no other kind claims) and offers its other edumentor sheets; a plain argument offers
 * every sheet it holds. Options win over offers; among offers the first file given wins. Only the sheets that
 * can be chosen are read: a workbook's other sheets (Alternatives, a kind an option names or an earlier file
 * offered) are known by name alone.
 */
export async function chooseSheets(files: ReportFiles): Promise<ChosenSheet[]> {
  const explicit = new Map<SheetKind, ChosenSheet>();
  const offered = new Map<SheetKind, ChosenSheet>();
  const offer = (sheet: ChosenSheet) => {
    if (!offered.has(sheet.kind)) offered.set(sheet.kind, sheet);
  };
  const named = Object.entries(files.named).filter((entry): entry is [InputKey, string] => entry[1] !== undefined);
  // A kind no option names and no earlier file offered: only a sheet of such a kind can still be chosen as an offer.
  const stillOpen = (kind: SheetKind) => !named.some(([key]) => key === kind) && !offered.has(kind);
  for (const [kind, file] of named) {
    if (kind === 'roster' && file === '-') {
      explicit.set(kind, { kind, file, explicit: true, table: null });
      continue;
    }
    const { tables, sheetNames } = await readSheets(file, (names) => namedFileSheets(names, kind, stillOpen), files);
    const table = tables.find((t) => kindOfSheetName(t.sheet) === kind) ?? tables.find((t) => kindOfSheetName(t.sheet) === undefined);
    if (!table) throw missingSheet(kind, file, sheetNames);
    explicit.set(kind, { kind, file, sheet: table.sheet, explicit: true, table });
    for (const other of tables) {
      const otherKind = kindOfSheetName(other.sheet);
      if (other !== table && otherKind) offer({ kind: otherKind, file, sheet: other.sheet, explicit: false, table: other });
    }
  }
  for (const file of files.plain) {
    const { tables, sheetNames } = await readSheets(file, (names) => plainFileSheets(names, stillOpen), files);
    const lone = sheetNames.length === 1;
    const known = tables.flatMap((t) => {
      const kind = kindOfSheetName(t.sheet) ?? (lone ? recognise(t) : undefined);
      return kind ? [{ kind, file, sheet: t.sheet, explicit: false, table: t }] : [];
    });
    if (known.length === 0 && !sheetNames.some((name) => kindOfSheetName(name))) throw unrecognised(file, tables, sheetNames);
    known.forEach(offer);
  }
  const chosen = [...new Set([...explicit.keys(), ...offered.keys()])].map((kind) => explicit.get(kind) ?? offered.get(kind)!);
  for (const sheet of chosen) checkColumns(sheet);
  return chosen;
}

/** The sheets of one file that may be chosen, and the names of all its sheets for messages (a CSV: its file name). */
async function readSheets(file: string, pick: SheetPicker, files: ReportFiles): Promise<{ tables: Table[]; sheetNames: string[] }> {
  const { tables, sheetNames } = await readPickedSheets(file, pick, { stdin: files.stdin, onProgress: files.onProgress });
  return { tables, sheetNames: sheetNames ?? tables.map((t) => t.sheet ?? t.file) };
}

/** What a file named for `kind` can give: its sheet of that kind (else its first sheet of no kind) and sheets of kinds still open. */
function namedFileSheets(names: readonly string[], kind: InputKey, stillOpen: (kind: SheetKind) => boolean): string[] {
  const own = names.find((name) => kindOfSheetName(name) === kind) ?? names.find((name) => kindOfSheetName(name) === undefined);
  return names.filter((name) => name === own || isOpenSheet(name, stillOpen));
}

/** What a plain argument can give: its sheets of kinds still open, or its lone sheet (recognised by its columns). */
function plainFileSheets(names: readonly string[], stillOpen: (kind: SheetKind) => boolean): string[] {
  return names.length === 1 ? [...names] : names.filter((name) => isOpenSheet(name, stillOpen));
}

function isOpenSheet(name: string, stillOpen: (kind: SheetKind) => boolean): boolean {
  const kind = kindOfSheetName(name);
  return kind !== undefined && stillOpen(kind);
}

/** A sheet's rows as records keyed by header, with the formula guard that writing added taken off again. */
export function sheetRecords(table: Table): SheetRecord[] {
  return table.rows.map((row) => sheetRecord(table.headers, row.cells));
}

/** Each table's `sheetRecords`, telling `onProgress` how many rows of them all are done (phase `preparing the sheets`). */
export function recordsOfTables(tables: readonly Table[], onProgress?: OnProgress): SheetRecord[][] {
  const total = tables.reduce((sum, table) => sum + table.rows.length, 0);
  const progress = progressCounter('preparing the sheets', total, onProgress);
  const records = tables.map((table) =>
    table.rows.map((row) => {
      progress.tick();
      return sheetRecord(table.headers, row.cells);
    }),
  );
  progress.finish();
  return records;
}

function sheetRecord(headers: readonly string[], cells: readonly string[]): SheetRecord {
  return recordOf(headers, (_, i) => unneutralise(cells[i] ?? '').trim());
}

