import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { compoundFileError, isCompoundFile } from '../../src/io/compound-file.js';
import { readTables } from '../../src/io/read-table.js';
import { fixture } from '../helpers/memory-io.js';
import { stdinOf, tempFile } from './helpers.js';

const SIGNATURE = Buffer.from('D0CF11E0A1B11AE1', 'hex');
/** A compound file's first sector, with `name` (UTF-16) in its directory a few kilobytes further on. */
const compound = (name: string) => Buffer.concat([SIGNATURE, Buffer.alloc(5000), Buffer.from(name, 'utf16le'), Buffer.alloc(100)]);

describe('compound files (OLE2)', () => {
  it('are recognised by their signature', () => {
    expect(isCompoundFile(SIGNATURE)).toBe(true);
    expect(isCompoundFile(Buffer.from('PK\x03\x04'))).toBe(false);
    expect(isCompoundFile(Buffer.alloc(0))).toBe(false);
  });

  it('tell a password-protected workbook (an EncryptedPackage stream) from an old .xls', () => {
    const encrypted = compoundFileError(compound('EncryptedPackage'), 'locked.xlsx');
    expect(encrypted).toBeInstanceOf(InputError);
    expect(encrypted.describe()).toMatch(/^locked\.xlsx: this workbook is password-protected.*save it without a password/);
    expect(compoundFileError(compound('Workbook'), 'old.xlsx').message).toMatch(/old-style Excel \.xls workbook.*save it as \.xlsx or \.csv/);
  });

  it('are refused whole, from a file or from stdin, even when the directory is past the first bytes read', async () => {
    const file = await tempFile('locked.xlsx', compound('EncryptedPackage'));
    await expect(readTables([file])).rejects.toThrow(/password-protected/);
    await expect(readTables(['-'], { stdin: stdinOf(compound('EncryptedPackage')) })).rejects.toThrow(/password-protected/);
    await expect(readTables([fixture('bad', 'password-protected.xlsx')])).rejects.toThrow(/password-protected/);
    const xls = await readFile(fixture('bad-import', 'old-excel.xlsx'));
    await expect(readTables(['-'], { stdin: stdinOf(xls) })).rejects.toThrow(/old-style Excel/);
  });
});
