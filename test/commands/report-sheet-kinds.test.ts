import { describe, expect, it } from 'vitest';
import { checkColumns, kindOfSheetName, missingSheet, recognise, unrecognised } from '../../src/commands/report-sheet-kinds.js';
import { ROSTER_COLUMNS, type Table } from '../../src/core/types.js';
import { InputError, UsageError } from '../../src/errors.js';

const table = (headers: string[], sheet?: string): Table => ({ file: 'x.xlsx', headers, rows: [], blankRows: 0, ...(sheet ? { sheet } : {}) });

describe('kindOfSheetName', () => {
  it('knows edumentor’s sheet names in any case and with spaces around, and nothing else', () => {
    expect(kindOfSheetName('People')).toBe('roster');
    expect(kindOfSheetName(' ROTA ')).toBe('rota');
    expect(kindOfSheetName('Settings')).toBe('settings');
    expect(kindOfSheetName('Alternatives')).toBeUndefined();
    expect(kindOfSheetName(undefined)).toBeUndefined();
  });
});

describe('recognise', () => {
  it('tells a lone table by its columns: every roster column makes a roster, else the first kind whose columns it has', () => {
    expect(recognise(table([...ROSTER_COLUMNS, 'Twitter']))).toBe('roster');
    expect(recognise(table(['pair_id', 'date', 'mentor_email', 'mentee_email']))).toBe('rota');
    expect(recognise(table(['mentor_email', 'mentee_email', 'score']))).toBe('matches');
    expect(recognise(table(['name', 'email']))).toBeUndefined();
  });
});

describe('messages', () => {
  it('checkColumns names the kind, the columns expected and those found', () => {
    const check = () => checkColumns({ kind: 'rota', file: 'rota.csv', table: table(['date', 'mentor_email']) });
    expect(check).toThrow(InputError);
    expect(check).toThrow(/this is not a rota: expected the column\(s\) date, mentor_email, mentee_email but mentee_email is missing \(found: date, mentor_email\)/);
    expect(() => checkColumns({ kind: 'roster', file: 'people.csv', table: table(['anything']) })).not.toThrow();
  });

  it('missingSheet and unrecognised list every sheet of the workbook, read or not', () => {
    expect(missingSheet('rota', 'matches.xlsx', ['Matches', 'Alternatives']).message).toMatch(/no sheet "Rota" \(its sheets: "Matches", "Alternatives"\)/);
    const error = unrecognised('book.xlsx', [], ['Sheet1', 'Sheet2']);
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toMatch(/from its sheets \("Sheet1", "Sheet2"\)/);
    expect(unrecognised('list.csv', [table(['name', 'email'])], ['list.csv']).message).toMatch(/from its columns \(name, email\)/);
  });
});
