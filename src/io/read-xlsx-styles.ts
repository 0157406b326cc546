import { isDateFormat } from './date-text.js';
import type { XmlHandler, XmlTag } from './read-xml.js';

/** Number formats built into Excel that show dates or times (ids 14–22 and 45–47). */
const BUILT_IN_DATE_FORMATS: ReadonlySet<number> = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** The number format of each cell style (`<cellXfs><xf numFmtId>`), custom (`<numFmts>`) or built in. */
export class StylesHandler implements XmlHandler {
  private readonly customFormats = new Map<number, string>();
  private readonly formatIds: number[] = [];
  private inCellStyles = false;

  open(name: string, tag: XmlTag): void {
    if (name === 'numFmt') {
      const id = parseInt(tag.attribute('numFmtId') ?? '', 10);
      const code = tag.attribute('formatCode');
      if (!Number.isNaN(id) && code !== undefined) this.customFormats.set(id, code);
    } else if (name === 'cellXfs') this.inCellStyles = true;
    else if (name === 'xf' && this.inCellStyles) this.formatIds.push(parseInt(tag.attribute('numFmtId') ?? '0', 10));
  }

  close(name: string): void {
    if (name === 'cellXfs') this.inCellStyles = false;
  }

  text(): void {}

  wantsText(): boolean {
    return false;
  }

  /** Per cell style, whether its number format shows a date (style 0 never does, as Excel reads it). */
  dateStyles(): boolean[] {
    return this.formatIds.map((id, style) => {
      if (style === 0 || !id) return false;
      const custom = this.customFormats.get(id);
      return custom !== undefined ? isDateFormat(custom) : BUILT_IN_DATE_FORMATS.has(id);
    });
  }
}
