import { describe, expect, it } from 'vitest';
import { skipSpace } from '../../src/io/read-xml-bytes.js';

describe('skipSpace', () => {
  it('skips XML white space, up to the end given', () => {
    expect(skipSpace(Buffer.from(' \t\r\n<row'), 0)).toBe(4);
    expect(skipSpace(Buffer.from('  '), 0)).toBe(2);
    expect(skipSpace(Buffer.from('    x'), 1, 3)).toBe(3);
    expect(skipSpace(Buffer.from('a b'), 0)).toBe(0);
  });
});
