import { describe, expect, it } from 'vitest';
import { headerScore } from '../../../src/core/normalise/header-score.js';
import { words } from '../../../src/core/normalise/text.js';

const score = (field: Parameters<typeof headerScore>[0], header: string) => headerScore(field, words(header)).score;

describe('headerScore', () => {
  it('scores a whole-header synonym or the field’s own name 1', () => {
    expect(score('email', 'Email Address')).toBe(1);
    expect(score('email', 'Username')).toBe(1);
    expect(score('submitted', 'Completion time')).toBe(1);
    expect(score('phases', 'phases')).toBe(1);
  });

  it('scores a phrase inside a question lower, the more of the question it covers the higher', () => {
    const long = score('focus', 'Which areas would you like support with, or could you offer support with?');
    const short = score('focus', 'I can offer support with');
    expect(long).toBeGreaterThan(0.5);
    expect(short).toBeGreaterThan(long);
    expect(short).toBeLessThan(1);
  });

  it('scores unrelated headers 0', () => {
    expect(score('name', 'Name of your school or organisation')).toBe(0);
    expect(score('email', 'Twitter handle (optional)')).toBe(0);
    expect(score('organisation', 'Years working in schools')).toBe(0);
  });
});
