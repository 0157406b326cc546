import type { OnProgress, Table } from '../core/types.js';
import { EdumentorError, InputError } from '../errors.js';
import { LIMIT_OPTIONS, type ReadLimits } from './limits.js';
import { readingPhase, type InputSource } from './read-source.js';
import {
  CELL_LOOKUP_PARTS,
  readWorkbookIndex,
  readWorkbookParts,
  scanPart,
  type CompressedBytesRead,
  type WorkbookIndex,
  type WorkbookSheet,
} from './read-xlsx-parts.js';
import { WorksheetRows } from './read-xlsx-sheet.js';
import { chooseSheets, type SheetRequest } from './sheet-choice.js';
import { unsupportedFormat } from './sniff-format.js';
import { guarded, SinkFailure, type RowStream } from './row-stream.js';
import { TableBuilder } from './table-builder.js';
import { ZipArchive, ZipPartTooLargeError } from './zip-archive.js';

/** A sheet to read, and its worksheet part. */
type WorksheetToRead = WorkbookSheet & { part: string };

/**
 * Reads the requested sheets of an xlsx workbook, in the workbook's order. The zip is read through its
 * directory and each worksheet is unzipped and scanned as it streams, row by row, so memory holds the rows
 * read so far (and the shared strings), never the worksheet's XML. `onProgress` is told, phase
 * `reading FILE`, how many compressed bytes of the parts to scan have been read, of their total. A `stream` is
 * offered the rows of a single sheet read (see RowStream); turned down at the end, the sheet is read again.
 */
export async function readXlsx(
  source: InputSource,
  request: SheetRequest,
  limits: ReadLimits,
  onProgress?: OnProgress,
  stream?: RowStream,
): Promise<Table[]> {
  let zip: ZipArchive | undefined;
  try {
    zip = await ZipArchive.open(source.path ?? source.bytes ?? Buffer.alloc(0), { maxPartBytes: limits.maxFileBytes });
    const index = await readWorkbookIndex(zip);
    if (!index) throw notAWorkbook(zip, source.file);
    const sheets = sheetsToRead(zip, index, request, source.file);
    const phase = workbookPhase(source.file, sheets, index);
    const opened = zip;
    const progressOf = (toScan: readonly string[], named = phase) => onProgress && bytesProgress(opened, toScan, named, onProgress);
    const onRead = progressOf([...CELL_LOOKUP_PARTS, ...sheets.map((sheet) => sheet.part)]);
    const parts = await readWorkbookParts(zip, index, onRead);
    const streamed = sheets.length === 1 && !request.all && stream ? guarded(stream) : undefined;
    const tables: Table[] = [];
    for (const sheet of sheets) {
      const origin = { file: source.file, sheet: sheet.name };
      const scan = (builder: TableBuilder, onSheet: CompressedBytesRead | undefined) =>
        scanPart(opened, sheet.part, new WorksheetRows(parts, (row, cells) => builder.add(row, cells)), onSheet);
      const builder = new TableBuilder(origin, limits, 'columns', streamed);
      await scan(builder, onRead);
      let table = builder.end();
      if (!table) {
        // Rows a stream turned down at the end: the sheet again, whole, with a bar of its own counted from the start.
        const whole = new TableBuilder(origin, limits);
        await scan(whole, progressOf([sheet.part], `${phase} again`));
        table = whole.finish();
      }
      tables.push(table);
    }
    return tables;
  } catch (error) {
    if (error instanceof SinkFailure) throw error.error;
    if (error instanceof ZipPartTooLargeError) throw tooLarge(source.file, error);
    throw error instanceof EdumentorError ? error : damaged(source.file, error);
  } finally {
    await zip?.close();
  }
}

/** The requested sheets that hold a worksheet; InputError when the one sheet asked for is a chart. */
function sheetsToRead(zip: ZipArchive, index: WorkbookIndex, request: SheetRequest, file: string): WorksheetToRead[] {
  const listed = index.sheets.map((sheet) => ({ ...sheet, holdsTable: worksheetPart(zip, sheet) !== undefined }));
  const wanted = chooseSheets(request, listed, file);
  return index.sheets.filter((sheet) => wanted.has(sheet.name)).flatMap((sheet): WorksheetToRead[] => {
    const part = worksheetPart(zip, sheet);
    if (part !== undefined) return [{ ...sheet, part }];
    if (request.all) return [];
    throw new InputError(`the sheet "${sheet.name}" holds no table (it may be a chart): choose another`, { file });
  });
}

/** The sheet's worksheet part, when the zip holds one (a chart sheet has none). */
function worksheetPart(zip: ZipArchive, sheet: WorkbookSheet): string | undefined {
  return sheet.part !== undefined && zip.has(sheet.part) ? sheet.part : undefined;
}

/** Counts the compressed bytes read of the parts to scan (the cell lookups and the worksheets), out of their sum. */
function bytesProgress(zip: ZipArchive, parts: readonly string[], phase: string, onProgress: OnProgress): CompressedBytesRead {
  const total = parts.reduce((sum, part) => sum + zip.compressedSize(part), 0);
  let done = 0;
  return (bytes) => {
    done += bytes;
    onProgress(phase, done, total);
  };
}

/** `reading matches.xlsx`, with the sheets named when only some of the workbook's are read: `reading matches.xlsx (People)`. */
function workbookPhase(file: string, sheets: readonly WorksheetToRead[], index: WorkbookIndex): string {
  const some = sheets.length < index.sheets.filter((sheet) => sheet.part !== undefined).length;
  return some ? `${readingPhase(file)} (${sheets.map((sheet) => sheet.name).join(', ')})` : readingPhase(file);
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
