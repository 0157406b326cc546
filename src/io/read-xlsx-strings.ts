import type { XmlHandler } from './read-xml.js';
import { xlsxCellText } from './xlsx-cell-text.js';

/**
 * `<si>` entries of xl/sharedStrings.xml: plain (`<t>`) or rich text (`<r><t>` runs, joined), without the
 * phonetic guides (`<rPh>`) of East Asian text, each as the text a cell shows.
 */
export class SharedStringsHandler implements XmlHandler {
  readonly texts: (string | undefined)[] = [];
  private plain: string | undefined;
  private runs: string[] = [];
  private run: string | undefined;
  private inRun = false;
  private inPhonetic = false;
  private inText = false;

  open(name: string): void {
    if (name === 'si') {
      this.plain = undefined;
      this.runs = [];
    } else if (name === 'r') {
      this.inRun = true;
      this.run = undefined;
    } else if (name === 'rPh') this.inPhonetic = true;
    else if (name === 't') this.inText = !this.inPhonetic;
  }

  close(name: string): void {
    if (name === 't') this.inText = false;
    else if (name === 'rPh') this.inPhonetic = false;
    else if (name === 'r') {
      this.runs.push(this.run ?? '');
      this.inRun = false;
    } else if (name === 'si') {
      const text = this.runs.length > 0 ? this.runs.join('') : this.plain;
      this.texts.push(text === undefined ? undefined : xlsxCellText(text, { date1904: false }));
    }
  }

  text(text: string): void {
    if (this.inRun) this.run = (this.run ?? '') + text;
    else this.plain = (this.plain ?? '') + text;
  }

  wantsText(): boolean {
    return this.inText;
  }
}
