import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from '../../src/io/windows-1252.js';

describe('decodeWindows1252', () => {
  it('maps the bytes where Windows-1252 differs from Latin-1', () => {
    expect(decodeWindows1252(Uint8Array.of(0x80, 0x92, 0x93, 0x94, 0x96, 0x9f))).toBe('€’“”–Ÿ');
    expect(decodeWindows1252(Uint8Array.of(0x81, 0x8d))).toBe('\u0081\u008d');
  });

  it('reads every other byte as Latin-1', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i).filter((b) => b < 0x80 || b > 0x9f);
    expect(decodeWindows1252(bytes)).toBe(String.fromCharCode(...bytes));
  });
});
