import { describe, expect, it } from 'vitest';
import { AnswerMemo } from '../../../src/core/normalise/answer-memo.js';

describe('AnswerMemo', () => {
  it('reads each answer once per field and column, and gives what the reading gave (undefined included)', () => {
    const memo = new AnswerMemo();
    const calls: string[] = [];
    const read = (answer: string, suffix: string) => {
      calls.push(`${answer}${suffix}`);
      return answer === '?' ? undefined : `${answer}${suffix}`;
    };
    const got = [
      memo.get('role', 3, 'Mentor', read, '!'),
      memo.get('role', 3, 'Mentor', read, '!'),
      memo.get('role', 4, 'Mentor', read, '#'),
      memo.get('stage', 3, 'Mentor', read, '*'),
      memo.get('role', 3, '?', read, '!'),
      memo.get('role', 3, '?', read, '!'),
    ];
    expect(got).toEqual(['Mentor!', 'Mentor!', 'Mentor#', 'Mentor*', undefined, undefined]);
    expect(calls).toEqual(['Mentor!', 'Mentor#', 'Mentor*', '?!']);
  });
});
