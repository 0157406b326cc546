import { describe, expect, it } from 'vitest';
import { skimRow } from '../../src/io/read-xlsx-row-skim.js';

const skim = (xml: string, previousRow = 0) => skimRow(Buffer.from(xml), 0, previousRow);

describe('skimRow', () => {
  it('reads a plain row: its number, each cell as its tag and value say, and where it ends', () => {
    const xml =
      '<row r="7" spans="1:4" x14ac:dyDescent="0.25">' +
      '<c r="A7" s="1" t="str"><v>a &amp; b</v></c>\n  <c r="C7"><v>12.5</v></c>' +
      "<c r='D7' t='inlineStr'><is><t xml:space=\"preserve\"> x </t></is></c><c r=\"E7\" s=\"3\"/><c t=\"b\"><v></v></c>" +
      '</row><row r="8">';
    expect(skim(xml)).toEqual({
      rowNumber: 7,
      cells: [
        { column: 1, type: 'str', style: 1, hasValue: true, hasFormula: false, text: 'a & b' },
        { column: 3, type: undefined, style: NaN, hasValue: true, hasFormula: false, text: '12.5' },
        { column: 4, type: 'inlineStr', style: NaN, hasValue: true, hasFormula: false, text: ' x ' },
        { column: 5, type: undefined, style: 3, hasValue: false, hasFormula: false, text: '' },
        { column: 6, type: 'b', style: NaN, hasValue: true, hasFormula: false, text: '' },
      ],
      end: xml.indexOf('<row r="8">'),
    });
  });

  it('numbers a row without r after the one before', () => {
    expect(skim('<row><c t="str"><v>x</v></c></row>', 41)?.rowNumber).toBe(42);
  });

  it('leaves to the scanner every row it does not read whole', () => {
    const declined = [
      '<row r="1"><c r="A1" t="str"><f>"a"</f><v>a</v></c></row>', // a formula
      '<row r="1"><c r="A1" t="inlineStr"><is><r><t>rich</t></r></is></c></row>', // rich text
      '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t><rPh><t>b</t></rPh></is></c></row>', // phonetic text
      '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>', // prefixed names
      '<row r="1"><c r="A&#49;"><v>1</v></c></row>', // an entity in an attribute
      '<row r="1"><c r="A1" t="weird"><v>1</v></c></row>', // an unknown type
      '<row r="1"><c r="1"><v>1</v></c></row>', // a reference without a column
      '<row r=" 1"><c r="A1"><v>1</v></c></row>', // a row number parseInt would read
      '<row r="1"/>', // an empty row
      '<row r="1"><c r="A1"><v><![CDATA[1]]></v></c></row>', // CDATA
      '<row r="1"><!-- note --><c r="A1"><v>1</v></c></row>', // a comment
      '<row r="1"><c r="A1"><v>1</v></c>', // a row that goes on past the bytes
      '<row r="1"><c r="A1"><v>1</v',
      '<row r="1"><c r="A1" t="str"', // a tag cut in two
      '<rows/>',
    ];
    for (const xml of declined) expect(skim(xml), xml).toBeUndefined();
  });
});
