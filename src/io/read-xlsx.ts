import type { Table } from '../core/types.js';
import { EdumentorError, InputError } from '../errors.js';
import { LIMIT_OPTIONS, type ReadLimits } from './limits.js';
import type { InputSource } from './read-source.js';
import { readWorkbookParts, scanPart, type WorkbookParts, type WorkbookSheet } from './read-xlsx-parts.js';
import { WorksheetRows } from './read-xlsx-sheet.js';
import { chooseSheets, type SheetRequest } from './sheet-choice.js';
import { unsupportedFormat } from './sniff-format.js';
import { TableBuilder } from './table-builder.js';
import { ZipArchive, ZipPartTooLargeError } from './zip-archive.js';

/**
 * Reads the requested sheets of an xlsx workbook, in the workbook's order. The zip is read through its
 * directory and each worksheet is unzipped and scanned as it streams, row by row, so memory holds the rows
 * read so far (and the shared strings), never the worksheet's XML.
 */
export async function readXlsx(source: InputSource, request: SheetRequest, limits: ReadLimits): Promise<Table[]> {
  let zip: ZipArchive | undefined;
  try {
    zip = await ZipArchive.open(source.path ?? source.bytes ?? Buffer.alloc(0), { maxPartBytes: limits.maxFileBytes });
    const parts = await readWorkbookParts(zip);
    if (!parts) throw notAWorkbook(zip, source.file);
    const wanted = chooseSheets(request, parts.sheets, source.file);
    const tables: Table[] = [];
    for (const sheet of parts.sheets.filter((s) => wanted.has(s.name))) {
      if (sheet.part === undefined || !zip.has(sheet.part)) {
        if (request.all) continue;
        throw new InputError(`the sheet "${sheet.name}" holds no table (it may be a chart): choose another`, {
          file: source.file,
        });
      }
      tables.push(await readWorksheet(zip, sheet, parts, source.file, limits));
    }
    return tables;
  } catch (error) {
    if (error instanceof ZipPartTooLargeError) throw tooLarge(source.file, error);
    throw error instanceof EdumentorError ? error : damaged(source.file, error);
  } finally {
    await zip?.close();
  }
}

async function readWorksheet(
  zip: ZipArchive,
  sheet: WorkbookSheet,
  parts: WorkbookParts,
  file: string,
  limits: ReadLimits,
): Promise<Table> {
  const builder = new TableBuilder({ file, sheet: sheet.name }, limits);
  await scanPart(zip, sheet.part ?? '', new WorksheetRows(parts, (row, cells) => builder.add(row, cells)));
  return builder.finish();
}

/** Why a zip without a workbook part cannot be read: another program's document, or no spreadsheet at all. */
function notAWorkbook(zip: ZipArchive, file: string): InputError {
  const paths = zip.paths();
  if (paths.some((path) => path.startsWith('Index/') && path.endsWith('.iwa'))) {
    return unsupportedFormat(file, 'an Apple Numbers document');
  }
  if (paths.includes('mimetype') && paths.includes('content.xml')) {
    return unsupportedFormat(file, 'an OpenDocument (.ods) spreadsheet');
  }
  return new InputError('this is a zip file but not an Excel workbook: save the spreadsheet as .xlsx or .csv', { file });
}

function tooLarge(file: string, error: ZipPartTooLargeError): InputError {
  const max = error.maxPartBytes.toLocaleString('en-GB');
  return new InputError(
    `this workbook unzips to more than ${max} bytes (its part ${error.part}; the maxFileBytes limit), so it was ` +
      `not read further: it may be damaged or built to exhaust memory. If it is a genuine workbook, raise the ` +
      `limit with ${LIMIT_OPTIONS.maxFileBytes} <n>, or export it as .csv.`,
    { file, cause: error },
  );
}

function damaged(file: string, cause: unknown): InputError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new InputError(
    `this workbook is truncated or damaged: ${detail}. ` +
      'Open it in Excel and save it again as .xlsx, or export it as .csv.',
    { file, cause },
  );
}
