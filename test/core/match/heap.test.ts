import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NodeHeap } from '../../../src/core/match/heap.js';

describe('NodeHeap', () => {
  it('pops nodes by key, then by number, after any key changes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 19 }), fc.integer({ min: -5, max: 5 })), { maxLength: 60 }), (updates) => {
        const key = new Float64Array(20);
        const heap = new NodeHeap(20, key);
        const inHeap = new Set<number>();
        for (const [node, value] of updates) {
          key[node] = value;
          heap.push(node);
          inHeap.add(node);
        }
        const expected = [...inHeap].sort((a, b) => key[a]! - key[b]! || a - b);
        if (expected.length > 1) expect(heap.secondKey()).toBe(key[expected[1]!]);
        expect(heap.peek()).toBe(expected[0] ?? -1);
        const popped: number[] = [];
        while (!heap.empty) popped.push(heap.pop());
        expect(popped).toEqual(expected);
      }),
    );
  });

  it('forgets everything on clear', () => {
    const heap = new NodeHeap(3, Float64Array.from([3, 1, 2]));
    heap.push(0);
    heap.push(1);
    heap.clear();
    expect(heap.empty).toBe(true);
    expect(heap.peek()).toBe(-1);
    expect(heap.secondKey()).toBe(Infinity);
    heap.push(2);
    expect(heap.pop()).toBe(2);
  });
});
