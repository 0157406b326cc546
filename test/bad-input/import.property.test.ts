import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/commands/import.js';
import { unneutralise } from '../../src/io/neutralise.js';
import { readWorkbookSheets } from '../../src/io/read-table.js';
import type { Table } from '../../src/core/types.js';
import { memoryIO } from '../helpers/memory-io.js';
import { allTestsInTempDir } from '../helpers/temp-dirs.js';

const HEADER = ['Email address', 'Full name', 'Are you signing up as a mentor or a mentee?', 'Anything else?', 'Favourite biscuit', 'Shoe size'];
/** The free-text columns and the roster column each lands in (notes, or extra under its own header). */
const FREE_TEXT: readonly [column: number, rosterColumn: string][] = [[3, 'notes'], [4, 'Favourite biscuit'], [5, 'Shoe size']];

/** Text that stresses CSV and spreadsheets: quotes, separators, line breaks, emoji, formula prefixes, long runs. */
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc
    .array(fc.constantFrom('"', ',', ';', '\t', '\n', '\r\n', "'", '=', '+', '-', '@', ' ', '😀', '👩‍🏫', 'é', '_x0041_', 'a', '<b>'), {
      maxLength: 12,
    })
    .map((parts) => parts.join('')),
  fc.tuple(fc.constantFrom('=', '+', '-', '@', ' =', 'x'), fc.integer({ min: 1000, max: 20_000 })).map(([start, n]) => start + 'y'.repeat(n)),
);
/** A few addresses so that resubmissions happen, some of them not addresses at all. */
const email = fc.oneof(
  fc.constantFrom('ann@school.example', ' Ann@School.example ', 'bob@school.example', 'cat@academy.example', 'dev@academy.example'),
  fc.constantFrom('', 'not an address', '=HYPERLINK("x")'),
  nasty,
);
/** Answers to the role question (a column of nonsense answers is not taken for the role column at all). */
const role = fc.constantFrom('Mentor', 'Mentee', 'Both', 'mentee ', '');
const row = fc.oneof(
  { weight: 9, arbitrary: fc.tuple(email, nasty, role, nasty, nasty, nasty) },
  { weight: 1, arbitrary: fc.constant(['', '', '', '', '', ''] as const) },
);
const tables = fc.array(row, { minLength: 1, maxLength: 12 });

/** What reading gives back for an input value: CR LF inside a cell is read as LF, by design. */
const asRead = (text: string) => text.replace(/\r\n/g, '\n');
/**
 * An output cell holds `value` exactly, or neutralised (a quote before text a spreadsheet would run). An input
 * that starts with such a quote (`'=1`) is read as neutralised text, so its output is the input itself.
 */
const holds = (cell: string | undefined, value: string) => cell === value || unneutralise(cell ?? '') === value;

let dir: string;
allTestsInTempDir((made) => (dir = made));

function records(table: Table | undefined): Record<string, string>[] {
  if (!table) return [];
  return table.rows.map((r) => Object.fromEntries(table.headers.map((header, i) => [header, r.cells[i] ?? ''])));
}

describe('import of arbitrary text (property)', () => {
  it('accounts for every row and keeps every answer of every person, exactly or neutralised', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(tables, async (rows) => {
        const n = run++;
        const input = path.join(dir, `form-${n}.csv`);
        const output = path.join(dir, `people-${n}.xlsx`);
        await writeFile(input, stringify([HEADER, ...rows], { quoted: true, record_delimiter: 'unix' }));
        const io = memoryIO(dir);
        await runImport({ inputs: [input], output, json: true }, io);
        const summary = JSON.parse(io.out()) as Record<string, number>;
        const sheets = await readWorkbookSheets(output);
        const [people, rejected, duplicates] = ['People', 'Rejected', 'Duplicates'].map((name) =>
          records(sheets.find((sheet) => sheet.sheet === name)),
        ) as [Record<string, string>[], Record<string, string>[], Record<string, string>[]];

        const blank = rows.filter((cells) => cells.every((cell) => cell.trim() === '')).length;
        expect(summary).toMatchObject({ rows: rows.length, people: people.length, rejected: rejected.length, duplicates: duplicates.length, blank });
        expect(rows.length).toBe(people.length + duplicates.length + rejected.length + blank);

        const accounted = new Set([...rejected, ...duplicates].map((record) => Number(record.row)));
        expect(accounted.size).toBe(rejected.length + duplicates.length);
        for (const record of rejected) {
          // A reject keeps the answer it is about (trimmed, as read); '' when that answer is missing.
          const answers = (rows[Number(record.row) - 2] ?? []).flatMap((cell) => [asRead(cell).trim(), unneutralise(asRead(cell)).trim()]);
          expect(record.value === '' || answers.some((answer) => holds(record.value, answer)), record.value).toBe(true);
        }
        const kept = rows
          .map((cells, i) => ({ cells: cells.map(asRead), line: i + 2 }))
          .filter(({ cells, line }) => !accounted.has(line) && cells.some((cell) => cell.trim() !== ''));
        expect(kept).toHaveLength(people.length);
        for (const { cells } of kept) {
          const person = people.find((p) => p.email === (cells[0] ?? '').trim().toLowerCase());
          expect(person, cells[0]).toBeDefined();
          // Names are tidied (runs of spaces and line breaks become one space), after any neutralising quote goes.
          expect(holds(person?.name, unneutralise(cells[1] ?? '').replace(/\s+/g, ' ').trim()), person?.name).toBe(true);
          for (const [column, rosterColumn] of FREE_TEXT) {
            const value = cells[column] ?? '';
            if (unneutralise(value).trim() !== '') expect(holds(person?.[rosterColumn], value), `${rosterColumn}: ${JSON.stringify(value)}`).toBe(true);
          }
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
