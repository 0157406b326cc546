import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Table } from '../core/types.js';
import { EdumentorError, InputError } from '../errors.js';
import { LIMIT_OPTIONS, type ReadLimits } from './limits.js';
import type { InputSource } from './read-source.js';
import { chooseSheets, type SheetRequest } from './sheet-choice.js';
import { unsupportedFormat } from './sniff-format.js';
import { TableBuilder, type TableOrigin } from './table-builder.js';
import { xlsxCellText } from './xlsx-cell-text.js';
import { ZipArchive, ZipPartTooLargeError } from './zip-archive.js';

interface WorkbookSheet {
  name: string;
  state?: string;
  rId: string;
}
type StreamedWorksheet = AsyncIterable<ExcelJS.Row>;

/**
 * The parsers of exceljs' streaming reader (4.4), driven here part by part. Its own zip pass can lose the
 * workbook's last parts (exceljs#3064) and splits characters at chunk boundaries; reading the zip through
 * its directory and handing over decoded text avoids both, and still streams each worksheet row by row.
 */
interface WorkbookParsers {
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: WorkbookSheet[] };
  properties?: { model?: { date1904?: boolean } };
  _parseRels(part: Readable): Promise<void>;
  _parseWorkbook(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncIterable<unknown>;
  _parseStyles(part: Readable): Promise<void>;
  _parseWorksheet(part: Readable, sheetNo: string): Iterable<{ value: StreamedWorksheet }>;
}

/** Reads the requested sheets of an xlsx workbook, in the workbook's order, one row at a time. */
export async function readXlsx(source: InputSource, request: SheetRequest, limits: ReadLimits): Promise<Table[]> {
  let zip: ZipArchive | undefined;
  try {
    zip = await ZipArchive.open(source.path ?? source.bytes ?? Buffer.alloc(0), { maxPartBytes: limits.maxFileBytes });
    const parsers = await parseWorkbookParts(zip, source.file);
    const sheets = parsers.model?.sheets ?? [];
    const infos = sheets.map((s) => ({ name: s.name, visible: (s.state ?? 'visible') === 'visible' }));
    const wanted = chooseSheets(request, infos, source.file);
    const tables: Table[] = [];
    for (const sheet of sheets.filter((s) => wanted.has(s.name))) {
      const part = worksheetPart(parsers, sheet);
      const text = part ? await zip.text(part) : undefined;
      if (!part || !text) {
        if (request.all) continue;
        throw new InputError(`the sheet "${sheet.name}" holds no table (it may be a chart): choose another`, {
          file: source.file,
        });
      }
      try {
        const [worksheet] = [...parsers._parseWorksheet(text, /(\d+)\.xml$/.exec(part)?.[1] ?? '0')];
        if (!worksheet) throw new Error(`exceljs did not read the sheet ${sheet.name}`);
        tables.push(await readWorksheet(worksheet.value, { file: source.file, sheet: sheet.name }, parsers, limits));
      } finally {
        text.destroy();
      }
    }
    return tables;
  } catch (error) {
    if (error instanceof ZipPartTooLargeError) throw tooLarge(source.file, error);
    throw error instanceof EdumentorError ? error : damaged(source.file, error);
  } finally {
    await zip?.close();
  }
}

/** Sheet names and order, shared strings and number formats: everything a worksheet's cells refer to. */
async function parseWorkbookParts(zip: ZipArchive, file: string): Promise<WorkbookParsers> {
  const parsers = new ExcelJS.stream.xlsx.WorkbookReader(null as never, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  }) as unknown as WorkbookParsers;
  const notAWorkbook = () => {
    const other = otherZipFormat(zip);
    if (other) return unsupportedFormat(file, other);
    return new InputError('this is a zip file but not an Excel workbook: save the spreadsheet as .xlsx or .csv', { file });
  };
  const rels = await zip.text('xl/_rels/workbook.xml.rels');
  if (!rels) throw notAWorkbook();
  await parsers._parseRels(rels);
  const workbook = await zip.text('xl/workbook.xml');
  if (!workbook) throw notAWorkbook();
  await parsers._parseWorkbook(workbook);
  const sharedStrings = await zip.text('xl/sharedStrings.xml');
  if (sharedStrings) for await (const _ of parsers._parseSharedStrings(sharedStrings));
  const styles = await zip.text('xl/styles.xml');
  if (styles) await parsers._parseStyles(styles);
  return parsers;
}

/** The zip path of a sheet's worksheet part, or undefined for a chart sheet. */
function worksheetPart(parsers: WorkbookParsers, sheet: WorkbookSheet): string | undefined {
  const target = parsers.workbookRels?.find((rel) => rel.Id === sheet.rId)?.Target;
  if (!target || !/worksheets\//.test(target)) return undefined;
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

async function readWorksheet(
  worksheet: StreamedWorksheet,
  origin: TableOrigin,
  parsers: WorkbookParsers,
  limits: ReadLimits,
): Promise<Table> {
  const date1904 = parsers.properties?.model?.date1904 === true;
  const builder = new TableBuilder(origin, limits);
  for await (const row of worksheet) {
    const cells: string[] = [];
    row.eachCell((cell, column) => {
      cells[column - 1] = xlsxCellText(cell.value, { numFmt: cell.numFmt, date1904 });
    });
    // A row element with no values is formatting only, not a row anyone typed (nor a blank one).
    if (cells.length > 0) builder.add(row.number, Array.from(cells, (cell) => cell ?? ''));
  }
  return builder.finish();
}

/** Another program's zip-based document (whatever its name says), by the parts that program writes. */
function otherZipFormat(zip: ZipArchive): string | undefined {
  const paths = zip.paths();
  if (paths.some((path) => path.startsWith('Index/') && path.endsWith('.iwa'))) return 'an Apple Numbers document';
  if (paths.includes('mimetype') && paths.includes('content.xml')) return 'an OpenDocument (.ods) spreadsheet';
  return undefined;
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
