import { describe, expect, it } from 'vitest';
import { parseCapacity } from '../../../../src/core/normalise/parse/capacity.js';

describe('parseCapacity', () => {
  it.each([
    ['2', 2],
    ['Two', 2],
    ['2 mentees', 2],
    ['one', 1],
    ['One', 1],
    ['up to 3', 3],
    ['1-2', 2],
    ['1 or 2', 2],
    ['0', 0],
    ['None this term', 0],
    ['Paused', 0],
    ['not at the moment', 0],
    ['a couple', 2],
    ['paused until 2027', 0],
    ['Not this term, maybe 2 next year', 0],
    ['On hold', 0],
    ['No more than 2', 2],
    ['2 from 2027', 2],
  ])('%s → %d', (text, capacity) => expect(parseCapacity(text)).toBe(capacity));

  it('gives undefined when the answer has no number', () => {
    expect(parseCapacity('depends on my timetable')).toBeUndefined();
    expect(parseCapacity('')).toBeUndefined();
  });

  it('gives undefined for a fraction, a negative or thousands, which no guess should turn into places', () => {
    expect(parseCapacity('1.5')).toBeUndefined();
    expect(parseCapacity('0.5')).toBeUndefined();
    expect(parseCapacity('-2')).toBeUndefined();
    expect(parseCapacity('−1')).toBeUndefined();
    expect(parseCapacity('1,000')).toBeUndefined();
    expect(parseCapacity('1, 2 or 3')).toBe(3);
  });
});
