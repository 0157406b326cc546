import { describe, expect, it } from 'vitest';
import { ColumnSharing, SharedStrings } from '../../src/io/xlsx-shared-strings.js';

const xmlOf = (strings: SharedStrings) => [...strings.xmlChunks()].join('');

describe('SharedStrings', () => {
  it('keeps each text once, refers to it by its first position, and counts every reference', () => {
    const strings = new SharedStrings();
    const [a, b] = [new ColumnSharing(), new ColumnSharing()];
    const positions = [strings.positionOf('mentor', a), strings.positionOf('mentee', a), strings.positionOf('mentor', a)];
    expect([...positions, strings.positionOf('mentee', b)]).toEqual([0, 1, 0, 1]);
    expect(xmlOf(strings)).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="2">' +
        '<si><t>mentor</t></si><si><t>mentee</t></si></sst>',
    );
  });

  it('escapes and encodes its texts as inline strings are, keeping edge spaces', () => {
    const strings = new SharedStrings();
    const column = new ColumnSharing();
    for (const text of [' a & <b> ', 'cr\rhere', 'A_x0041_']) strings.positionOf(text, column);
    expect(xmlOf(strings)).toContain(
      '<si><t xml:space="preserve"> a &amp; &lt;b&gt; </t></si><si><t>cr_x000D_here</t></si><si><t>A_x005F_x0041_</t></si>',
    );
  });

  it('sends a column inline once most of 1,024 texts in a row were new, and keeps sharing one that repeats', () => {
    const strings = new SharedStrings();
    const [unique, repeating] = [new ColumnSharing(), new ColumnSharing()];
    for (let i = 0; i < 1024; i++) {
      expect(strings.positionOf(`person ${i}`, unique)).toBeDefined();
      expect(strings.positionOf(i % 2 === 0 ? 'yes' : `answer ${i}`, repeating)).toBeDefined();
    }
    // 513 of the repeating column's 1,024 were new: past half, so it too goes inline.
    expect(strings.positionOf('person 0', unique)).toBeUndefined();
    expect(strings.positionOf('yes', repeating)).toBeUndefined();
    // Exactly half new (`yes` is known already) is not most: the column goes on sharing.
    const half = new ColumnSharing();
    for (let i = 0; i < 2048; i++) strings.positionOf(i % 2 === 0 ? 'yes' : `half ${i}`, half);
    expect(half.inline).toBe(false);
    expect(strings.positionOf('half 1', half)).toBe(strings.positionOf('half 1', new ColumnSharing()));
  });

  it('goes out in pieces of bounded size, which join to one part', () => {
    const strings = new SharedStrings();
    // A column of its own for each text, so that none is judged and every text is kept.
    for (let i = 0; i < 24_000; i++) strings.positionOf(`answer ${i % 12_000}`.padEnd(40, '.'), new ColumnSharing());
    const chunks = [...strings.xmlChunks()];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => chunk.length < (1 << 18) + 100)).toBe(true);
    expect(chunks.join('').match(/<si>/g)).toHaveLength(12_000);
    expect(chunks.join('')).toContain('count="24000" uniqueCount="12000"');
    expect(chunks.join('')).toMatch(/<si><t>answer 11999\.+<\/t><\/si><\/sst>$/);
  });
});
