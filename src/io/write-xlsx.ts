import type { OutputSheet, TableProgress } from './sheet.js';
import { excelSheetNames } from './sheet-names.js';
import { packageParts, SHARED_STRINGS_PATH, worksheetPath } from './xlsx-parts.js';
import { SharedStrings } from './xlsx-shared-strings.js';
import { filterRange, refuseOverExcelLimits, worksheetChunks } from './xlsx-worksheet.js';
import { ZipWriter } from './zip-writer.js';

/**
 * Writes sheets as an xlsx file, streaming each worksheet through the zip: one worksheet per sheet, a bold
 * frozen header row with an autofilter, column widths from the content, numbers as numbers, text neutralised
 * (and shared where a column repeats itself). The file records no write time, so the same sheets always give the
 * same bytes. `onProgress` is told how many rows of all the sheets have gone into the file so far.
 */
export async function writeXlsxFile(path: string, sheets: readonly OutputSheet[], onProgress?: TableProgress): Promise<void> {
  const all = sheets.length > 0 ? sheets : [{ name: 'Sheet1', columns: [], rows: [] }];
  all.forEach(refuseOverExcelLimits);
  const names = excelSheetNames(all.map((sheet) => sheet.name));
  const zip = await ZipWriter.create(path);
  try {
    const entries = all.map((sheet, i) => ({ name: names[i] ?? sheet.name, filterRange: filterRange(sheet) }));
    for (const [part, content] of packageParts(entries)) await zip.addFile(part, content);
    const total = all.reduce((sum, sheet) => sum + sheet.rows.length, 0);
    const strings = new SharedStrings();
    let before = 0;
    for (const [i, sheet] of all.entries()) {
      const onRows = onProgress && ((rows: number) => onProgress(before + rows, total));
      await zip.addStream(worksheetPath(i + 1), worksheetChunks(sheet, i === 0, onRows, strings));
      before += sheet.rows.length;
    }
    await zip.addStream(SHARED_STRINGS_PATH, strings.xmlChunks());
    onProgress?.(total, total);
    await zip.close();
  } catch (error) {
    // Release the half-written file before the caller removes it (Windows refuses to delete open files).
    await zip.abandon();
    throw error;
  }
}
