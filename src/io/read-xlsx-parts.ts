import { XmlScanner, type XmlHandler, type XmlTag } from './read-xml.js';
import { SharedStringsHandler } from './read-xlsx-strings.js';
import { StylesHandler } from './read-xlsx-styles.js';
import type { ZipArchive } from './zip-archive.js';

/** A sheet as the workbook lists it. */
export interface WorkbookSheet {
  name: string;
  visible: boolean;
  /** The zip path of its worksheet part; undefined for a chart sheet (or a dangling reference). */
  part?: string;
}

/** What a workbook lists: its sheets in order, and its date system. */
export interface WorkbookIndex {
  sheets: WorkbookSheet[];
  date1904: boolean;
}

/** What every worksheet's cells refer to: the shared strings, which styles show dates, the date system. */
export interface WorkbookParts extends WorkbookIndex {
  /** Each shared string as a cell shows it; undefined for an entry with no text at all (such a cell is empty). */
  sharedStrings: (string | undefined)[];
  /** Per cell style (`s`), whether its number format shows a date; style 0 never does (as Excel reads it). */
  dateStyles: boolean[];
}

/** Told the size of each piece of a compressed part as it is read. */
export type CompressedBytesRead = (bytes: number) => void;

/** The parts every worksheet's cells refer to, read before any worksheet. */
export const CELL_LOOKUP_PARTS = ['xl/sharedStrings.xml', 'xl/styles.xml'] as const;

/** The sheets in order and the date system, from the workbook part; undefined when the zip has no workbook part. */
export async function readWorkbookIndex(zip: ZipArchive): Promise<WorkbookIndex | undefined> {
  const relations = await readRelations(zip, 'xl/_rels/workbook.xml.rels');
  const workbook = new WorkbookHandler();
  if (!relations || !(await scanPart(zip, 'xl/workbook.xml', workbook))) return undefined;
  const sheets = workbook.sheets.map(({ name, state, id }): WorkbookSheet => {
    const sheet: WorkbookSheet = { name, visible: (state ?? 'visible') === 'visible' };
    const part = worksheetPart(relations.get(id ?? ''));
    if (part !== undefined) sheet.part = part;
    return sheet;
  });
  return { sheets, date1904: workbook.date1904 };
}

/**
 * The shared strings and styles of a workbook listed by `index` (each part streamed, so a huge or hostile one
 * stops at the archive's size limit); `onRead` counts their compressed bytes.
 */
export async function readWorkbookParts(zip: ZipArchive, index: WorkbookIndex, onRead?: CompressedBytesRead): Promise<WorkbookParts> {
  const [stringsPart, stylesPart] = CELL_LOOKUP_PARTS;
  const sharedStrings = new SharedStringsHandler();
  await scanPart(zip, stringsPart, sharedStrings, onRead);
  const styles = new StylesHandler();
  await scanPart(zip, stylesPart, styles, onRead);
  return { ...index, sharedStrings: sharedStrings.texts, dateStyles: styles.dateStyles() };
}

/** Streams one part of the zip through `handler` (`onRead` counting its compressed bytes); false when the zip has no such part. */
export async function scanPart(zip: ZipArchive, path: string, handler: XmlHandler, onRead?: CompressedBytesRead): Promise<boolean> {
  const content = await zip.content(path, onRead);
  if (!content) return false;
  const scanner = new XmlScanner(handler);
  try {
    for await (const chunk of content) scanner.write(chunk as Buffer);
    scanner.end();
  } finally {
    content.destroy();
  }
  return true;
}

/** The zip path a worksheet relation's target names (`worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`). */
function worksheetPart(target: string | undefined): string | undefined {
  if (!target || !/worksheets\//.test(target)) return undefined;
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

async function readRelations(zip: ZipArchive, path: string): Promise<Map<string, string> | undefined> {
  const targets = new Map<string, string>();
  const found = await scanPart(zip, path, {
    open(name, tag) {
      const id = tag.attribute('Id');
      const target = tag.attribute('Target');
      if (name === 'Relationship' && id !== undefined && target !== undefined) targets.set(id, target);
    },
    close: () => undefined,
    text: () => undefined,
    wantsText: () => false,
  });
  return found ? targets : undefined;
}

/** `<sheets><sheet name state r:id/>…` and `<workbookPr date1904/>` of xl/workbook.xml. */
class WorkbookHandler implements XmlHandler {
  readonly sheets: { name: string; state?: string; id?: string }[] = [];
  date1904 = false;
  private inSheets = false;

  open(name: string, tag: XmlTag): void {
    if (name === 'sheets') this.inSheets = true;
    else if (name === 'sheet' && this.inSheets) {
      this.sheets.push({ name: tag.attribute('name') ?? '', state: tag.attribute('state'), id: tag.attribute('r:id') });
    } else if (name === 'workbookPr') {
      const value = tag.attribute('date1904');
      this.date1904 = value === '1' || value === 'true';
    }
  }

  close(name: string): void {
    if (name === 'sheets') this.inSheets = false;
  }

  text(): void {}

  wantsText(): boolean {
    return false;
  }
}
