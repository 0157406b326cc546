import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { chooseSheets } from '../../src/io/sheet-choice.js';

const sheets = [
  { name: 'Hidden', visible: false },
  { name: 'Form1', visible: true },
  { name: '2', visible: true },
];

describe('chooseSheets', () => {
  it('picks the first visible sheet by default, all of them when asked', () => {
    expect([...chooseSheets({}, sheets, 'f.xlsx')]).toEqual(['Form1']);
    expect([...chooseSheets({ all: true }, sheets, 'f.xlsx')]).toEqual(['Hidden', 'Form1', '2']);
  });

  it('reads only the preferred sheet of all when one has its name in any case, else all of them', () => {
    expect([...chooseSheets({ all: true, prefer: 'form1' }, sheets, 'f.xlsx')]).toEqual(['Form1']);
    expect([...chooseSheets({ all: true, prefer: 'Matches' }, sheets, 'f.xlsx')]).toEqual(['Hidden', 'Form1', '2']);
  });

  it('reads of all only those `pick` chooses from the names of the sheets that hold a table', () => {
    const withChart = [...sheets, { name: 'Chart', visible: true, holdsTable: false }, { name: 'Notes', visible: true, holdsTable: true }];
    const given: string[][] = [];
    const pick = (names: readonly string[]) => {
      given.push([...names]);
      return names.filter((name) => name !== 'Form1');
    };
    expect([...chooseSheets({ all: true, pick }, withChart, 'f.xlsx')]).toEqual(['Hidden', '2', 'Notes']);
    expect(given).toEqual([['Hidden', 'Form1', '2', 'Notes']]);
    expect([...chooseSheets({ all: true, prefer: 'form1', pick }, withChart, 'f.xlsx')]).toEqual(['Form1']);
    expect(given).toHaveLength(1);
  });

  it('matches a name exactly, then ignoring case and spaces, then a 1-based number', () => {
    expect([...chooseSheets({ sheet: ' form1 ' }, sheets, 'f.xlsx')]).toEqual(['Form1']);
    expect([...chooseSheets({ sheet: '2' }, sheets, 'f.xlsx')]).toEqual(['2']);
    expect([...chooseSheets({ sheet: '1' }, sheets, 'f.xlsx')]).toEqual(['Hidden']);
  });

  it('lists the sheets when none matches', () => {
    expect(() => chooseSheets({ sheet: '9' }, sheets, 'f.xlsx')).toThrow(InputError);
    expect(() => chooseSheets({ sheet: 'Pairs' }, sheets, 'f.xlsx')).toThrow(
      /no sheet "Pairs".*"Hidden", "Form1", "2".*1 to 3/,
    );
  });
});
