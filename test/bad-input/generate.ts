import { constants, deflateRawSync } from 'node:zlib';
import { zipBytes } from './zip-writer.js';

/** The header of a small Google Forms export, with the answers of one person to go under it. */
const HEADER = ['Timestamp', 'Email address', 'Full name', 'Are you signing up as a mentor or a mentee?'];
const PERSON = ['11/04/2026 09:16:31', 'ann.shah@school.example', 'Ann Shah', 'Mentee'];

/** A form export whose one answer is `chars` characters long (a pasted essay, or a hostile file). */
export function hugeCellCsv(chars: number): string {
  return `${[...HEADER, 'Anything else?'].join(',')}\n${[...PERSON, 'x'.repeat(chars)].join(',')}\n`;
}

/** A form export with `columns` columns in all (a grid question gone wild). */
export function wideCsv(columns: number): string {
  const extra = Array.from({ length: columns - HEADER.length }, (_, i) => `Question ${i + 1}`);
  const answers = extra.map((_, i) => `answer ${i + 1}`);
  return `${[...HEADER, ...extra].join(',')}\n${[...PERSON, ...answers].join(',')}\n`;
}

/** `text` as raw deflate data that ends on a byte boundary without ending the stream, so copies can follow. */
const deflatedRun = (text: string, last = false) =>
  deflateRawSync(text, { level: 9, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });

/**
 * An xlsx of a few megabytes whose shared strings unzip to `gigabytes` GB: one compressed megabyte of
 * `<si><t>spam</t></si>` repeated. Its zip directory claims the part is 4 KB, so only counting the bytes as
 * they unzip can stop it.
 */
export function sharedStringsBomb(gigabytes: number): Buffer {
  const megabyte = '<si><t>spam</t></si>'.repeat(52_429);
  const block = deflatedRun(megabyte);
  const deflated = Buffer.concat([
    deflatedRun('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'),
    ...Array.from({ length: gigabytes * 1024 }, () => block),
    deflatedRun('</sst>', true),
  ]);
  return zipBytes([
    { name: '[Content_Types].xml', content: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: 'xl/_rels/workbook.xml.rels', content: WORKBOOK_RELS },
    { name: 'xl/workbook.xml', content: WORKBOOK },
    { name: 'xl/sharedStrings.xml', deflated, declaredSize: 4096, declaredCrc: 0 },
    { name: 'xl/worksheets/sheet1.xml', content: SHEET },
  ]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKBOOK_RELS =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="${RELS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
const WORKBOOK = `<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets><sheet name="Form1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const SHEET = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`;
