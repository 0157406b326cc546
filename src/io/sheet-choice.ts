import { InputError } from '../errors.js';

/**
 * Which sheets to read: all of them (only the one named `prefer`, in any case, when there is one; only those
 * `pick` chooses, when it is given), or one by name or 1-based number (by default the first visible one).
 */
export type SheetRequest = { all: true; prefer?: string; pick?: SheetPicker } | { all?: false; sheet?: string };

/** Of the names of the sheets that hold a table, in the workbook's order, the ones to read. */
export type SheetPicker = (names: readonly string[]) => Iterable<string>;

/** A sheet as listed by its workbook, in the workbook's order. */
export interface SheetInfo {
  name: string;
  visible: boolean;
  /** False for a sheet with no table to read (a chart sheet); a sheet holds one unless it says so. */
  holdsTable?: boolean;
}

/** The names of the requested sheets; InputError listing the sheets when the requested one does not exist. */
export function chooseSheets(request: SheetRequest, sheets: readonly SheetInfo[], file: string): Set<string> {
  if (request.all) {
    const preferred = request.prefer?.toLowerCase();
    const named = preferred === undefined ? undefined : sheets.find((s) => s.name.toLowerCase() === preferred);
    if (named) return new Set([named.name]);
    if (request.pick) return new Set(request.pick(sheets.filter((s) => s.holdsTable !== false).map((s) => s.name)));
    return new Set(sheets.map((s) => s.name));
  }
  const chosen = request.sheet === undefined ? defaultSheet(sheets) : findSheet(request.sheet, sheets);
  if (chosen) return new Set([chosen.name]);
  const names = sheets.map((s) => `"${s.name}"`).join(', ');
  const wanted = request.sheet === undefined ? 'sheet' : `sheet "${request.sheet}"`;
  throw new InputError(
    `there is no ${wanted} in this workbook; its sheets are ${names || 'none'}. ` +
      `Choose one by name or by number (1 to ${sheets.length}).`,
    { file },
  );
}

function defaultSheet(sheets: readonly SheetInfo[]): SheetInfo | undefined {
  return sheets.find((s) => s.visible) ?? sheets[0];
}

function findSheet(request: string, sheets: readonly SheetInfo[]): SheetInfo | undefined {
  const key = request.trim().toLowerCase();
  const byName = sheets.find((s) => s.name === request) ?? sheets.find((s) => s.name.trim().toLowerCase() === key);
  if (byName) return byName;
  return /^\d+$/.test(key) ? sheets[Number(key) - 1] : undefined;
}
