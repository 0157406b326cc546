import { describe, expect, it } from 'vitest';
import { escapeXml, packageParts, worksheetPath } from '../../src/io/xlsx-parts.js';

describe('escapeXml', () => {
  it('escapes what XML text and attribute values cannot hold, and leaves the rest', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe(`a &amp; b &lt; c &gt; d &quot;e&quot; 'f'`);
    expect(escapeXml('plain é 😀')).toBe('plain é 😀');
  });
});

describe('packageParts', () => {
  const parts = new Map(
    packageParts([
      { name: 'Matches', filterRange: '$A$1:$C$3' },
      { name: 'Empty' },
      { name: `Bob's & "co"`, filterRange: '$A$1:$A$1' },
    ]),
  );

  it('lists every part an xlsx package needs, each worksheet under its content type', () => {
    expect([...parts.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'docProps/app.xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
    ]);
    for (const n of [1, 2, 3]) expect(parts.get('[Content_Types].xml')).toContain(`PartName="/${worksheetPath(n)}"`);
    expect(parts.get('[Content_Types].xml')).not.toContain('sheet4.xml');
  });

  it('links each sheet of the workbook to its worksheet part, in order', () => {
    const sheets = [...(parts.get('xl/workbook.xml') ?? '').matchAll(/<sheet name="([^"]*)" sheetId="(\d+)" r:id="(rId\d+)"\/>/g)];
    expect(sheets.map((m) => m.slice(1))).toEqual([
      ['Matches', '1', 'rId1'],
      ['Empty', '2', 'rId2'],
      ['Bob\'s &amp; &quot;co&quot;', '3', 'rId3'],
    ]);
    const rels = parts.get('xl/_rels/workbook.xml.rels') ?? '';
    for (const n of [1, 2, 3]) expect(rels).toContain(`Id="rId${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"`);
    expect(rels).toContain('Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"');
    expect(rels).toContain(
      'Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"',
    );
    expect(parts.get('[Content_Types].xml')).toContain(
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
    );
  });

  it("names each sheet's filtered range, quoting the sheet name", () => {
    expect(parts.get('xl/workbook.xml')).toContain(
      '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">\'Matches\'!$A$1:$C$3</definedName>' +
        '<definedName name="_xlnm._FilterDatabase" localSheetId="2" hidden="1">\'Bob\'\'s &amp; &quot;co&quot;\'!$A$1:$A$1</definedName></definedNames>',
    );
  });

  it('records a fixed creation time and a bold second style', () => {
    expect(parts.get('docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created>');
    expect(parts.get('xl/styles.xml')).toMatch(/<cellXfs count="2"><xf [^>]*fontId="0"[^>]*\/><xf [^>]*fontId="1"[^>]*\/>/);
    expect(parts.get('xl/styles.xml')).toContain('<font><b/>');
  });
});
