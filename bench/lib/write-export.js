/** Writes generated sign-ups as Google Sheets would download them: .csv, or .xlsx. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { formatTimestamp } from './signups.js';
import { HEADERS } from './vocabulary.js';

/** CSV as the sample has it: CRLF line ends, quotes only where a cell needs them, no BOM. */
export async function writeExportCsv(path, rows) {
  const out = createWriteStream(path);
  const line = (cells) => `${cells.map(csvCell).join(',')}\r\n`;
  let chunk = line(HEADERS);
  for (const row of rows) {
    chunk += line([row.time === null ? '' : formatTimestamp(row.time), ...row.cells]);
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/**
 * The same rows as the sheet's .xlsx download, written with exceljs' streaming writer:
 * timestamps as date cells, a numeric capacity as a number, the rest as text.
 */
export async function writeExportXlsx(path, rows) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Form responses 1');
  sheet.getColumn(1).numFmt = 'dd/mm/yyyy hh:mm:ss';
  sheet.addRow(HEADERS).commit();
  const capacity = HEADERS.length - 3;
  for (const row of rows) {
    if (row.time === null) {
      sheet.addRow([]).commit();
      continue;
    }
    const values = [new Date(row.time), ...row.cells];
    if (/^\d+$/.test(values[capacity])) values[capacity] = Number(values[capacity]);
    sheet.addRow(values).commit();
  }
  sheet.commit();
  await workbook.commit();
}

function csvCell(text) {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
