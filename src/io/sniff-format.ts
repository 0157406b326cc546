import { extname } from 'node:path';
import { InputError } from '../errors.js';
import { compoundFileError, isCompoundFile } from './compound-file.js';

/** How an input is parsed. */
export type InputFormat = 'xlsx' | 'json' | 'delimited';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';
const TEXT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);

const startsWith = (head: Uint8Array, signature: number[]): boolean => signature.every((byte, i) => head[i] === byte);

/** The InputError for a format edumentor cannot read (`what`: "an OpenDocument (.ods) spreadsheet"). */
export function unsupportedFormat(file: string, what: string): InputError {
  return new InputError(`this is ${what}, which edumentor cannot read: save it as .xlsx or .csv and try again`, {
    file,
  });
}

/** Refuses an Apple Numbers document by its name, before it is opened (it may be a folder or a zip). */
export function refuseNumbersDocument(file: string): void {
  if (extname(file).toLowerCase() === '.numbers') throw unsupportedFormat(file, 'an Apple Numbers document');
}

/**
 * The format of an input from its first bytes (an xlsx is a zip, whatever its name) and, for text, its
 * extension. `.xls`, `.ods` and `.numbers` files get an InputError saying to save them as .xlsx or .csv (a
 * compound file is told apart from a password-protected xlsx only when `head` holds its directory).
 */
export function sniffFormat(head: Uint8Array, file: string): InputFormat {
  refuseNumbersDocument(file);
  if (isCompoundFile(head)) throw compoundFileError(head, file);
  if (startsWith(head, ZIP)) {
    const text = Buffer.from(head).toString('latin1');
    if (text.includes(ODS_MIMETYPE)) throw unsupportedFormat(file, 'an OpenDocument (.ods) spreadsheet');
    if (text.includes('Index/Document.iwa')) throw unsupportedFormat(file, 'an Apple Numbers document');
    return 'xlsx';
  }
  const extension = extname(file).toLowerCase();
  if (extension === '.json') return 'json';
  if (TEXT_EXTENSIONS.has(extension)) return 'delimited';
  return looksLikeJson(head) ? 'json' : 'delimited';
}

/** For stdin and unknown extensions: JSON starts with `[` or `{` (after a BOM and whitespace). */
function looksLikeJson(head: Uint8Array): boolean {
  const text = Buffer.from(head).toString('utf8').replace(/^\ufeff/, '').trimStart();
  return text.startsWith('[') || text.startsWith('{');
}
