import { describe, expect, it } from 'vitest';
import { readWorkbookIndex, readWorkbookParts } from '../../src/io/read-xlsx-parts.js';
import { ZipArchive } from '../../src/io/zip-archive.js';
import { zipBytes, type ZipPart } from '../bad-input/zip-writer.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const RELATIONS =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="${RELS}/worksheet" Target="/xl/worksheets/sheet2.xml"/>` +
  `<Relationship Id="rId3" Type="${RELS}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`;
const WORKBOOK =
  `<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><workbookPr date1904="1"/><sheets>` +
  '<sheet name="Notes &amp; more" sheetId="1" state="hidden" r:id="rId1"/><sheet name="Form1" sheetId="2" r:id="rId2"/>' +
  '<sheet name="Chart" sheetId="3" r:id="rId3"/></sheets></workbook>';
const SHARED_STRINGS =
  `<sst xmlns="${MAIN}"><si><t>plain</t></si><si><r><t>Rich </t></r><r><rPr><b/></rPr><t>text</t></r></si>` +
  '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si><si><t/></si><si><t>mailto:ann@school.example</t></si>' +
  '<si><t xml:space="preserve"> a_x000D_b </t></si></sst>';
const STYLES =
  `<styleSheet xmlns="${MAIN}"><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy hh:mm"/>` +
  '<numFmt numFmtId="165" formatCode="0.0&quot; mentees&quot;"/></numFmts>' +
  '<cellStyleXfs><xf numFmtId="14"/></cellStyleXfs>' +
  '<cellXfs><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/><xf numFmtId="2"/><xf/></cellXfs></styleSheet>';

async function partsOf(parts: ZipPart[]) {
  const zip = await ZipArchive.open(zipBytes(parts));
  try {
    const index = await readWorkbookIndex(zip);
    return index && (await readWorkbookParts(zip, index));
  } finally {
    await zip.close();
  }
}

describe('readWorkbookIndex and readWorkbookParts', () => {
  it('lists the sheets in order with their worksheet parts, and reads the date system', async () => {
    const parts = await partsOf([
      { name: 'xl/_rels/workbook.xml.rels', content: RELATIONS },
      { name: 'xl/workbook.xml', content: WORKBOOK },
    ]);
    expect(parts?.sheets).toEqual([
      { name: 'Notes & more', visible: false, part: 'xl/worksheets/sheet1.xml' },
      { name: 'Form1', visible: true, part: 'xl/worksheets/sheet2.xml' },
      { name: 'Chart', visible: true },
    ]);
    expect(parts?.date1904).toBe(true);
    expect(parts?.sharedStrings).toEqual([]);
  });

  it('reads shared strings as cells show them: runs joined, phonetic guides left out, an empty entry empty', async () => {
    const parts = await partsOf([
      { name: 'xl/_rels/workbook.xml.rels', content: RELATIONS },
      { name: 'xl/workbook.xml', content: WORKBOOK },
      { name: 'xl/sharedStrings.xml', content: SHARED_STRINGS },
    ]);
    expect(parts?.sharedStrings).toEqual(['plain', 'Rich text', '漢字', undefined, 'ann@school.example', ' a\rb ']);
  });

  it('knows which cell styles show dates, by custom or built-in format, never style 0', async () => {
    const parts = await partsOf([
      { name: 'xl/_rels/workbook.xml.rels', content: RELATIONS },
      { name: 'xl/workbook.xml', content: WORKBOOK },
      { name: 'xl/styles.xml', content: STYLES },
    ]);
    expect(parts?.dateStyles).toEqual([false, true, false, true, false, false]);
  });

  it('finds no workbook in a zip without its parts', async () => {
    expect(await partsOf([{ name: 'xl/workbook.xml', content: WORKBOOK }])).toBeUndefined();
    expect(await partsOf([{ name: 'xl/_rels/workbook.xml.rels', content: RELATIONS }])).toBeUndefined();
  });
});
