import { describe, expect, it } from 'vitest';
import { ColumnSampler, describeColumns, gridRow } from '../../../src/core/normalise/columns.js';
import { table } from './tables.js';

describe('gridRow', () => {
  it('recognises checkbox-grid columns whose rows are days or bands', () => {
    expect(gridRow('When are you usually free to meet? [Monday]')).toEqual({
      question: 'When are you usually free to meet?',
      position: { day: 'mon' },
    });
    expect(gridRow('When can you meet? [After school]')).toEqual({ question: 'When can you meet?', position: { band: 'after-school' } });
    expect(gridRow('Free? [Tuesday] (2)')?.position).toEqual({ day: 'tue' });
  });

  it('leaves other grids and headers alone', () => {
    expect(gridRow('Rate your confidence [Behaviour]')).toBeUndefined();
    expect(gridRow('Email address')).toBeUndefined();
  });
});

describe('describeColumns', () => {
  it('samples distinct non-blank answers, un-neutralised, and words the header without its grid row', () => {
    const [first, second] = describeColumns(
      table(['Full name', 'Free? [Friday]'], [["'=1", 'Lunchtime'], ["'=1", ''], ['Jo', 'Evening']]),
    );
    expect(first).toMatchObject({ index: 0, words: 'full name', sample: ['=1', 'Jo'] });
    expect(second).toMatchObject({ words: 'free', sample: ['Lunchtime', 'Evening'], grid: { position: { day: 'fri' } } });
  });
});

describe('ColumnSampler', () => {
  it('keeps the first 300 distinct answers of each column, in row order, and says when no row can add to any', () => {
    const sampler = new ColumnSampler(2);
    for (let i = 0; i < 299; i++) expect(sampler.add([`a${i}`, `b${i}`])).toBe(true);
    expect(sampler.add(['a0', 'b299'])).toBe(true);
    expect(sampler.add(['a299', 'b300'])).toBe(false);
    expect(sampler.add(['late', 'late'])).toBe(false);
    const [first, second] = sampler.describe(['A', 'B']);
    expect(first?.sample).toHaveLength(300);
    expect(first?.sample.at(-1)).toBe('a299');
    expect(second?.sample.at(-1)).toBe('b299');
  });
});
