/**
 * The small parts of an xlsx package (SpreadsheetML, ECMA-376): everything but the worksheets themselves.
 * Kept to what Excel and LibreOffice need; no theme, so the fonts name their face and size in full.
 */

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument';
/** What the workbook records as its creation and modification time: a fixed one, so re-runs give the same bytes. */
const FIXED_DATE = '2000-01-01T00:00:00Z';

/** What a workbook needs to know about each worksheet. */
export interface WorksheetEntry {
  /** A name Excel accepts (see excelSheetNames). */
  name: string;
  /** The filtered range, e.g. `$A$1:$C$12`; none for a sheet without columns. */
  filterRange?: string;
}

/** The path of the n-th worksheet (from 1) inside the package. */
export function worksheetPath(n: number): string {
  return `xl/worksheets/sheet${n}.xml`;
}

/** The shared strings' path inside the package. */
export const SHARED_STRINGS_PATH = 'xl/sharedStrings.xml';

/** `&`, `<`, `>` and `"` as XML entities, for text and attribute values. */
export function escapeXml(text: string): string {
  return /[&<>"]/.test(text) ? text.replace(/[&<>"]/g, (ch) => ENTITIES[ch] ?? ch) : text;
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Every part but the worksheets and the shared strings (written after them, as Excel does), as [path, content],
 * for a workbook of these worksheets in this order.
 */
export function packageParts(sheets: readonly WorksheetEntry[]): [string, string][] {
  return [
    ['[Content_Types].xml', contentTypes(sheets.length)],
    ['_rels/.rels', packageRelationships()],
    ['docProps/core.xml', coreProperties()],
    ['docProps/app.xml', appProperties()],
    ['xl/workbook.xml', workbook(sheets)],
    ['xl/_rels/workbook.xml.rels', workbookRelationships(sheets.length)],
    ['xl/styles.xml', STYLES],
  ];
}

function contentTypes(sheetCount: number): string {
  const worksheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Override PartName="/${worksheetPath(i + 1)}" ContentType="${CONTENT_TYPE}.spreadsheetml.worksheet+xml"/>`,
  );
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE}.spreadsheetml.sheet.main+xml"/>` +
    worksheets.join('') +
    `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE}.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/${SHARED_STRINGS_PATH}" ContentType="${CONTENT_TYPE}.spreadsheetml.sharedStrings+xml"/>` +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="${CONTENT_TYPE}.extended-properties+xml"/>` +
    '</Types>'
  );
}

function relationships(targets: readonly [type: string, target: string][]): string {
  const items = targets.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`);
  return `${XML_HEAD}<Relationships xmlns="${RELATIONSHIPS}">${items.join('')}</Relationships>`;
}

function packageRelationships(): string {
  return relationships([
    [`${OFFICE_RELATIONSHIP}/officeDocument`, 'xl/workbook.xml'],
    [`${RELATIONSHIPS}/metadata/core-properties`, 'docProps/core.xml'],
    [`${OFFICE_RELATIONSHIP}/extended-properties`, 'docProps/app.xml'],
  ]);
}

/** Worksheets are rId1…rIdN in order, the styles and the shared strings come after them. */
function workbookRelationships(sheetCount: number): string {
  return relationships([
    ...Array.from({ length: sheetCount }, (_, i): [string, string] => [
      `${OFFICE_RELATIONSHIP}/worksheet`,
      `worksheets/sheet${i + 1}.xml`,
    ]),
    [`${OFFICE_RELATIONSHIP}/styles`, 'styles.xml'],
    [`${OFFICE_RELATIONSHIP}/sharedStrings`, 'sharedStrings.xml'],
  ]);
}

function workbook(sheets: readonly WorksheetEntry[]): string {
  const items = sheets.map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  // Excel records each autofilter's range as this hidden name too, and LibreOffice looks for it there.
  const filters = sheets.flatMap((sheet, i) =>
    sheet.filterRange === undefined
      ? []
      : [
          `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">` +
            `${escapeXml(quotedSheetName(sheet.name))}!${sheet.filterRange}</definedName>`,
        ],
  );
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${OFFICE_RELATIONSHIP}">` +
    `<bookViews><workbookView/></bookViews><sheets>${items.join('')}</sheets>` +
    (filters.length > 0 ? `<definedNames>${filters.join('')}</definedNames>` : '') +
    '</workbook>'
  );
}

/** A sheet name as a formula refers to it: `'Pairs (2)'`, with any apostrophe doubled. */
function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Style 0 is the default; style 1 the bold header. */
const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="2">' +
  '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '</fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function coreProperties(): string {
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    '<dc:creator>edumentor</dc:creator>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function appProperties(): string {
  return (
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    '<Application>edumentor</Application></Properties>'
  );
}
