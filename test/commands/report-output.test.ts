import { describe, expect, it } from 'vitest';
import { reportFormatOf } from '../../src/commands/report-output.js';

describe('reportFormatOf', () => {
  it('is the terminal summary without -o or for -, and otherwise follows the extension', () => {
    expect([undefined, '-', 'r.html', 'R.HTML', 'notes/r.md', 'r.xlsx', 'r.json'].map(reportFormatOf)).toEqual([
      'terminal', 'terminal', 'html', 'html', 'markdown', 'xlsx', 'json',
    ]);
  });

  it('refuses any other extension, listing the ones it writes', () => {
    for (const output of ['r.csv', 'r.pdf', 'report']) {
      expect(() => reportFormatOf(output)).toThrow(/expected a name ending in \.html .*\.md .*\.xlsx .*\.json/);
    }
  });
});
