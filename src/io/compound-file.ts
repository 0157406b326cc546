import { InputError } from '../errors.js';

/** The signature of an OLE2 compound file: every old `.xls`, and every xlsx that Excel saved with a password. */
const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Excel encrypts a workbook into a compound file whose directory names this stream (MS-OFFCRYPTO). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** Whether the bytes start like a compound file (the first four bytes are enough to say so). */
export function isCompoundFile(head: Uint8Array): boolean {
  return SIGNATURE.slice(0, 4).every((byte, i) => head[i] === byte);
}

/**
 * The InputError for a compound file, from its bytes (the whole file, so the directory is among them): a
 * password-protected workbook when it holds an `EncryptedPackage` stream, else an old-style `.xls`.
 */
export function compoundFileError(bytes: Uint8Array, file: string): InputError {
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE)) {
    return new InputError(
      'this workbook is password-protected (encrypted), so edumentor cannot read it: open it in Excel, ' +
        'remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it) and save it ' +
        'without a password, or save a copy as .csv',
      { file },
    );
  }
  return new InputError(
    'this is an old-style Excel .xls workbook, which edumentor cannot read: open it in Excel and save it as ' +
      '.xlsx or .csv (File > Save As), then try again',
    { file },
  );
}
