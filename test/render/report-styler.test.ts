import { describe, expect, it } from 'vitest';
import { reportStylerFor } from '../../src/render/report-styler.js';
import { plainStyler } from '../../src/render/report-terminal.js';

describe('reportStylerFor', () => {
  it('is plain off a terminal, and with NO_COLOR set', () => {
    expect(reportStylerFor({ isTTY: false }, {})).toBe(plainStyler);
    expect(reportStylerFor({}, {})).toBe(plainStyler);
    expect(reportStylerFor({ isTTY: true }, { NO_COLOR: '1' })).toBe(plainStyler);
  });

  it('colours on a terminal, one line at a time even when mapped over lines', () => {
    const styler = reportStylerFor({ isTTY: true }, { NO_COLOR: '' });
    const lines = ['first', 'second'].map(styler.dim);
    expect(lines).toEqual([styler.dim('first'), styler.dim('second')]);
    expect(lines[0]).toBe('\u001b[2mfirst\u001b[22m');
    expect(styler.bad('x')).not.toBe(styler.good('x'));
  });
});
