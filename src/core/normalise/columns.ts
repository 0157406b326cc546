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
  const samples = columnSamples(table);
  return table.headers.map((header, index) => {
    const grid = gridRow(header);
    const sample = [...(samples[index] ?? [])];
    const info: ColumnInfo = { index, header, words: words(grid?.question ?? header), sample };
    if (grid) info.grid = grid;
    return info;
  });
}

/** Each column's first SAMPLE_SIZE distinct non-empty answers, un-neutralised and trimmed, in row order. */
function columnSamples(table: Table): Set<string>[] {
  const width = table.headers.length;
  const samples = Array.from({ length: width }, () => new Set<string>());
  // Most cells repeat an earlier one (a checkbox answer, a blank): only a new raw text can add to a sample.
  const seen = Array.from({ length: width }, () => new Set<string>());
  let open = width;
  // Row by row rather than column by column: one pass over the rows, in the order they lie in memory.
  for (const { cells } of table.rows) {
    if (open === 0) break;
    for (let index = 0; index < width; index++) {
      const sample = samples[index];
      const raw = cells[index] ?? '';
      if (!sample || sample.size >= SAMPLE_SIZE || seen[index]?.has(raw)) continue;
      seen[index]?.add(raw);
      const cell = unNeutralise(raw).trim();
      if (cell === '') continue;
      sample.add(cell);
      if (sample.size === SAMPLE_SIZE) open--;
    }
  }
  return samples;
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
