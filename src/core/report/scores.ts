import { cell, cellNumber, type SheetRecord } from './input.js';
import type { CriterionMet, ScoreBin } from './model.js';

/** Ten bins of ten points, 0–9 … 90–100 (a perfect 100 goes in the last); empty when there is no score. */
export function scoreBins(scores: readonly number[]): ScoreBin[] {
  if (scores.length === 0) return [];
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i === 9 ? 100 : i * 10 + 9, count: 0 }));
  for (const score of scores) {
    const bin = bins[Math.min(9, Math.max(0, Math.floor(score / 10)))];
    if (bin) bin.count += 1;
  }
  return bins;
}

/** The mean, to one decimal; null for no scores. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return round1(values.reduce((sum, v) => sum + v, 0) / values.length);
}

/** The median, to one decimal; null for no scores. */
export function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle];
  if (upper === undefined) return null;
  const lower = sorted.length % 2 === 0 ? (sorted[middle - 1] ?? upper) : upper;
  return round1((lower + upper) / 2);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

interface CriterionRule {
  key: CriterionMet['key'];
  label: string;
  column: string;
  met: (value: string, record: SheetRecord) => boolean;
}

/** A per-criterion score at or above this counts as a full match (scores are 0–1 with rounding). */
const FULL_SCORE = 0.999;

const CRITERIA: readonly CriterionRule[] = [
  { key: 'phase', label: 'Same phase', column: 'shared_phases', met: (v) => v !== '' },
  { key: 'subject', label: 'Shared subject', column: 'shared_subjects', met: (v) => v !== '' },
  { key: 'focus', label: 'Shared focus area', column: 'shared_focus', met: (v) => v !== '' },
  { key: 'slot', label: 'Common free slot', column: 'common_slots', met: (v) => v !== '' && v !== '0' },
  {
    key: 'region',
    label: 'Same region',
    column: 'score_region',
    met: (_, r) => (cellNumber(r, 'score_region') ?? 0) >= FULL_SCORE,
  },
];

/** How many pairs met each criterion; a criterion whose column the match sheet lacks is left out. */
export function criteriaMet(matches: readonly SheetRecord[]): CriterionMet[] {
  return CRITERIA.filter((rule) => matches.some((m) => rule.column in m)).map((rule) => ({
    key: rule.key,
    label: rule.label,
    met: matches.filter((m) => rule.met(cell(m, rule.column), m)).length,
    of: matches.length,
  }));
}
