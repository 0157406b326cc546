import type { Table } from '../types.js';
import type { GridPosition } from './parse/availability.js';
import { unNeutralise, words } from './text.js';
import { BAND_PHRASES, DAY_WORDS } from './vocabulary/availability.js';

/** How many distinct answers of a column auto-detection looks at. */
const SAMPLE_SIZE = 300;

/** What auto-detection knows of one column. */
export interface ColumnInfo {
  index: number;
  header: string;
  /** The header as lower-case words, without a grid row suffix (`… [Monday]`). */
  words: string;
  /** Distinct non-empty answers, up to SAMPLE_SIZE. */
  sample: string[];
  /** One column of a checkbox grid whose rows are days or parts of the day. */
  grid?: { question: string; position: GridPosition };
}

/** Describes every column of a table for auto-detection. */
export function describeColumns(table: Table): ColumnInfo[] {
  return table.headers.map((header, index) => {
    const sample = new Set<string>();
    for (const row of table.rows) {
      if (sample.size >= SAMPLE_SIZE) break;
      const cell = unNeutralise(row.cells[index] ?? '').trim();
      if (cell !== '') sample.add(cell);
    }
    const grid = gridRow(header);
    const info: ColumnInfo = { index, header, words: words(grid?.question ?? header), sample: [...sample] };
    if (grid) info.grid = grid;
    return info;
  });
}

/** The question and row of a checkbox-grid column (`When are you free? [Monday]`) whose row is a day or band. */
export function gridRow(header: string): { question: string; position: GridPosition } | undefined {
  const match = /^(.*?)\s*\[([^\]]+)\](?:\s*\(\d+\))?$/.exec(header);
  if (!match?.[1] || !match[2]) return undefined;
  const row = words(match[2]);
  const days = DAY_WORDS[row];
  if (days?.length === 1 && days[0]) return { question: match[1], position: { day: days[0] } };
  const band = BAND_PHRASES.find(([phrase]) => phrase === row)?.[1];
  return band ? { question: match[1], position: { band } } : undefined;
}
