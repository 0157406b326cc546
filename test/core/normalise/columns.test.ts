import { describe, expect, it } from 'vitest';
import { describeColumns, gridRow } from '../../../src/core/normalise/columns.js';
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
