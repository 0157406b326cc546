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
  ])('%s → %d', (text, capacity) => expect(parseCapacity(text)).toBe(capacity));

  it('gives undefined when the answer has no number', () => {
    expect(parseCapacity('depends on my timetable')).toBeUndefined();
    expect(parseCapacity('')).toBeUndefined();
  });
});
