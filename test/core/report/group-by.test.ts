import { describe, expect, it } from 'vitest';
import { groupBy } from '../../../src/core/report/group-by.js';

describe('groupBy', () => {
  it('keeps keys in the order first met and each group in the items’ order', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (item) => item.charAt(0));
    expect([...groups]).toEqual([['b', ['b1', 'b2']], ['a', ['a1', 'a2']], ['c', ['c1']]]);
    expect(groupBy([], String).size).toBe(0);
  });
});
