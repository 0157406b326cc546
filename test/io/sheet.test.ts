import { describe, expect, it } from 'vitest';
import { cellText, listTexts } from '../../src/io/sheet.js';

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
