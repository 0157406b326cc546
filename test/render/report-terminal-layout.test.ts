import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bar, oneLine, tableLines, truncate, wrap } from '../../src/render/report-terminal-layout.js';

describe('truncate, oneLine and wrap', () => {
  it('cut with an ellipsis only what is too long', () => {
    expect(truncate('Brendan', 7)).toBe('Brendan');
    expect(truncate('Brendan', 5)).toBe('Bren…');
    expect(oneLine(' a\n b\t c ')).toBe('a b c');
  });

  it('wraps words under the width with hanging indents', () => {
    expect(wrap('one two three four', 12, '• ', '  ')).toEqual(['• one two', '  three four']);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 10, max: 80 }), (text, width) => {
        for (const line of wrap(text, width, '  ')) expect([...line].length).toBeLessThanOrEqual(width);
      }),
      { numRuns: 200 },
    );
  });
});

describe('bar', () => {
  it('scales to the widest value and shows at least a block for a non-zero one', () => {
    expect(bar(10, 10, 20)).toBe('█'.repeat(20));
    expect(bar(1, 1000, 20)).toBe('█');
    expect(bar(0, 10, 20)).toBe('');
  });
});

describe('tableLines', () => {
  it('right-aligns numbers, squeezes text columns to fit and adds bars when room is left', () => {
    const { header, rows } = tableLines(
      { caption: '', columns: ['Name', 'Count'], rows: [['A very long name that will not fit in the room', 4], ['B', 2]], barColumn: 1 },
      40,
    );
    expect(header.startsWith('Name')).toBe(true);
    expect(rows[1]).toMatch(/^B +2 {2}█+$/);
    for (const line of [header, ...rows]) expect([...line].length).toBeLessThanOrEqual(40);
  });
});
