import { describe, expect, it } from 'vitest';
import { ColumnSharing, SharedStrings } from '../../src/io/xlsx-shared-strings.js';

const xmlOf = (strings: SharedStrings) => [...strings.xmlChunks()].join('');

describe('SharedStrings', () => {
  it('keeps each text once, refers to it by its first position, and counts every reference', () => {
    const strings = new SharedStrings();
    const [a, b] = [new ColumnSharing(strings), new ColumnSharing(strings)];
    const positions = [a.positionOf('mentor'), a.positionOf('mentee'), a.positionOf('mentor')];
    expect([...positions, b.positionOf('mentee')]).toEqual([0, 1, 0, 1]);
    expect(xmlOf(strings)).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="2">' +
        '<si><t>mentor</t></si><si><t>mentee</t></si></sst>',
    );
  });

  it('escapes and encodes its texts as inline strings are, keeping edge spaces', () => {
    const strings = new SharedStrings();
    const column = new ColumnSharing(strings);
    for (const text of [' a & <b> ', 'cr\rhere', 'A_x0041_']) column.positionOf(text);
    expect(xmlOf(strings)).toContain(
      '<si><t xml:space="preserve"> a &amp; &lt;b&gt; </t></si><si><t>cr_x000D_here</t></si><si><t>A_x005F_x0041_</t></si>',
    );
  });

  it('sends a column inline once most of 1,024 texts in a row were new, and keeps sharing one that repeats', () => {
    const strings = new SharedStrings();
    const [unique, repeating] = [new ColumnSharing(strings), new ColumnSharing(strings)];
    for (let i = 0; i < 1024; i++) {
      expect(unique.positionOf(`person ${i}`)).toBeDefined();
      expect(repeating.positionOf(i % 2 === 0 ? 'yes' : `answer ${i}`)).toBeDefined();
    }
    // 513 of the repeating column's 1,024 were new: past half, so it too goes inline.
    expect(unique.positionOf('person 0')).toBeUndefined();
    expect(repeating.positionOf('yes')).toBeUndefined();
    // Exactly half new (`yes` is known already) is not most: the column goes on sharing.
    const half = new ColumnSharing(strings);
    for (let i = 0; i < 2048; i++) half.positionOf(i % 2 === 0 ? 'yes' : `half ${i}`);
    expect(half.inline).toBe(false);
    expect(half.positionOf('half 1')).toBe(new ColumnSharing(strings).positionOf('half 1'));
  });

  it('goes out in pieces of bounded size, which join to one part', () => {
    const strings = new SharedStrings();
    // A column of its own for each text, so that none is judged and every text is kept.
    for (let i = 0; i < 24_000; i++) new ColumnSharing(strings).positionOf(`answer ${i % 12_000}`.padEnd(40, '.'));
    const chunks = [...strings.xmlChunks()];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => chunk.length < (1 << 18) + 100)).toBe(true);
    expect(chunks.join('').match(/<si>/g)).toHaveLength(12_000);
    expect(chunks.join('')).toContain('count="24000" uniqueCount="12000"');
    expect(chunks.join('')).toMatch(/<si><t>answer 11999\.+<\/t><\/si><\/sst>$/);
  });
});
