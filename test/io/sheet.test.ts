import { describe, expect, it } from 'vitest';
import { cellText, listTexts, mappedRows, rowsOf } from '../../src/io/sheet.js';

describe('cellText', () => {
  it('writes lists joined by "; ", booleans and numbers as text, nothing for null', () => {
    expect(cellText(['maths', 'science'])).toBe('maths; science');
    expect(cellText(true)).toBe('true');
    expect(cellText(2)).toBe('2');
    expect(cellText(null)).toBe('');
  });
});

describe('listTexts', () => {
  it('gives cellText of a list, the same string each time for the same list', () => {
    const listText = listTexts();
    const shared = ['mon-morning', 'wed-evening'];
    const first = listText(shared);
    expect(first).toBe('mon-morning; wed-evening');
    expect(listText(shared)).toBe(first);
    expect(listText([...shared])).toBe(first);
    expect(listText([])).toBe('');
  });
});

describe('mappedRows', () => {
  it('makes each row from its item when it is read, by position (negative from the end), and none past the end', () => {
    const made: number[] = [];
    const rows = mappedRows([10, 20, 30], (n) => (made.push(n), { n }));
    expect(made).toEqual([]);
    expect(rows.length).toBe(3);
    expect(rows.at(1)).toEqual({ n: 20 });
    expect(rows.at(-1)).toEqual({ n: 30 });
    expect(rows.at(3)).toBeUndefined();
    expect(made).toEqual([20, 30]);
    expect([...rowsOf({ name: 'S', columns: ['n'], rows })]).toEqual([{ n: 10 }, { n: 20 }, { n: 30 }]);
  });
});
