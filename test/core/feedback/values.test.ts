import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedbackCells, feedbackIssues, hasFeedback, INVALID, parseFit, parseRating } from '../../../src/core/feedback/values.js';

describe('feedback values', () => {
  it('reads ratings 1 to 4 (3.0 as a spreadsheet writes it), blank as none, anything else as invalid', () => {
    expect(['1', ' 4 ', '3.0', '', '  '].map(parseRating)).toEqual([1, 4, 3, null, null]);
    expect(['0', '5', '2.5', 'good', '3/4', '-1'].map(parseRating)).toEqual(Array(6).fill(INVALID));
  });

  it('accepts only a whole number from 1 to 4 as a rating', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 100 }), (n) => {
        expect(parseRating(String(n))).toBe(n >= 1 && n <= 4 ? n : INVALID);
      }),
      { numRuns: 200 },
    );
  });

  it('reads fit in any case, with spaces or underscores for hyphens', () => {
    expect(['good', 'Unsure', 'NOT A FIT', 'not_a_fit', 'not-a-fit', ''].map(parseFit)).toEqual(['good', 'unsure', 'not-a-fit', 'not-a-fit', 'not-a-fit', null]);
    expect(parseFit('bad')).toBe(INVALID);
  });

  it('finds feedback columns in any case and says what is wrong with a cell', () => {
    const cells = { Mentor_Rating: '7', mentee_rating: '2', FIT: 'maybe', note: 'x' };
    expect(feedbackCells(cells)).toEqual({ mentor_rating: '7', mentee_rating: '2', fit: 'maybe' });
    expect(feedbackIssues(cells)).toEqual([
      { column: 'mentor_rating', message: 'mentor_rating "7" is not a rating: expected 1, 2, 3 or 4' },
      { column: 'fit', message: 'fit "maybe" is not one of good, unsure, not-a-fit' },
    ]);
    expect(hasFeedback(cells)).toBe(true);
    expect(hasFeedback({ note: 'x', fit: ' ' })).toBe(false);
  });

  it('takes the first filled cell when two headers name one column, row after row', () => {
    const rows = [{ fit: ' ', ' Fit ': 'good' }, { fit: 'unsure', ' Fit ': 'good' }, { fit: '', ' Fit ': '' }];
    expect(rows.map((row) => feedbackCells(row).fit)).toEqual(['good', 'unsure', '']);
  });
});
