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
  const sampler = new ColumnSampler(table.headers.length);
  for (const { cells } of table.rows) if (!sampler.add(cells)) break;
  return sampler.describe(table.headers);
}

/**
 * Gathers each column's first SAMPLE_SIZE distinct non-empty answers, un-neutralised and trimmed, in row order, as
 * rows are given to it one at a time (a whole table's, or a file's as it is read).
 */
export class ColumnSampler {
  private readonly samples: Set<string>[];
  // Most cells repeat an earlier one (a checkbox answer, a blank): only a new raw text can add to a sample.
  private readonly seen: Set<string>[];
  private open: number;

  constructor(private readonly width: number) {
    this.samples = Array.from({ length: width }, () => new Set<string>());
    this.seen = Array.from({ length: width }, () => new Set<string>());
    this.open = width;
  }

  /** Takes one row's cells; false once every sample is full, when no row can add to any. */
  add(cells: readonly string[]): boolean {
    if (this.open === 0) return false;
    for (let index = 0; index < this.width; index++) {
      const sample = this.samples[index];
      const raw = cells[index] ?? '';
      if (!sample || sample.size >= SAMPLE_SIZE || this.seen[index]?.has(raw)) continue;
      this.seen[index]?.add(raw);
      const cell = unNeutralise(raw).trim();
      if (cell === '') continue;
      sample.add(cell);
      if (sample.size === SAMPLE_SIZE) this.open--;
    }
    return this.open > 0;
  }

  /** Each column as auto-detection sees it, from the rows taken so far (later rows do not change it). */
  describe(headers: readonly string[]): ColumnInfo[] {
    return headers.map((header, index) => {
      const grid = gridRow(header);
      const sample = [...(this.samples[index] ?? [])];
      const info: ColumnInfo = { index, header, words: words(grid?.question ?? header), sample };
      if (grid) info.grid = grid;
      return info;
    });
  }
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
