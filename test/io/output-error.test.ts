import { describe, expect, it } from 'vitest';
import { InputError, OutputError } from '../../src/errors.js';
import { outputFailure } from '../../src/io/output-error.js';

const errno = (code: string) => Object.assign(new Error(`${code}: something`), { code });

describe('outputFailure', () => {
  it.each([
    ['EACCES', /folder is read-only/],
    ['EROFS', /read-only/],
    ['ENOSPC', /disk is full/],
    ['ENOENT', /folder "nowhere" does not exist/],
    ['EISDIR', /is a folder/],
    ['EWHATEVER', /EWHATEVER: something/],
  ])('explains %s and names the path', (code, reason) => {
    const error = outputFailure(errno(code), 'nowhere/matches.xlsx');
    expect(error).toBeInstanceOf(OutputError);
    expect(error.exitCode).toBe(4);
    expect(error.message).toMatch(/^cannot write "nowhere\/matches\.xlsx": /);
    expect(error.message).toMatch(reason);
    expect(error.context).toMatchObject({ file: 'nowhere/matches.xlsx' });
  });

  it('tells a folder that refuses new files (procfs) from a missing one', () => {
    expect(outputFailure(errno('ENOENT'), '/proc/matches.xlsx').message).toMatch(/folder "\/proc" does not take new files/);
  });

  it('names the file an OutputError found while writing it did not name (a cell too long for Excel)', () => {
    const tooLong = outputFailure(new OutputError('a cell of the sheet "People" holds 40000 characters'), 'out/people.xlsx');
    expect(tooLong.describe()).toBe('out/people.xlsx: a cell of the sheet "People" holds 40000 characters');
    const named = new OutputError('too big', { file: 'other.xlsx' });
    expect(outputFailure(named, 'out/people.xlsx')).toBe(named);
  });

  it("passes edumentor's own errors through", () => {
    const own = new InputError('bad');
    expect(outputFailure(own, 'x.csv')).toBe(own);
  });
});
