import { describe, expect, it } from 'vitest';
import { excelSerialToDate, isDateFormat, isoDateText } from '../../src/io/date-text.js';

describe('isoDateText', () => {
  it('writes wall-clock times without a zone, dates alone at midnight, times alone on day 0', () => {
    expect(isoDateText(new Date('2026-11-23T14:03:12Z'))).toBe('2026-11-23T14:03:12');
    expect(isoDateText(new Date('2026-11-23T14:03:11.999Z'))).toBe('2026-11-23T14:03:12');
    expect(isoDateText(new Date('2026-11-23T00:00:00Z'))).toBe('2026-11-23');
    expect(isoDateText(new Date('1899-12-30T08:30:00Z'))).toBe('08:30:00');
    expect(isoDateText(new Date(Number.NaN))).toBe('');
  });
});

describe('excelSerialToDate', () => {
  it('converts serial days in both date systems', () => {
    expect(isoDateText(excelSerialToDate(46349.58555555556))).toBe('2026-11-23T14:03:12');
    expect(isoDateText(excelSerialToDate(46349 - 1462, true))).toBe('2026-11-23');
  });
});

describe('isDateFormat', () => {
  it.each(['m/d/yy "h":mm', 'yyyy-mm-dd', 'dd/mm/yyyy hh:mm', '[h]:mm:ss', '[$-409]d-mmm-yy', 'h:mm AM/PM'])(
    '%j is a date or time',
    (format) => expect(isDateFormat(format)).toBe(true),
  );
  it.each([undefined, '', 'General', '0.00', '#,##0', '0%', '"days"0', '[Red]0.0', '@'])('%j is not', (format) => {
    expect(isDateFormat(format)).toBe(false);
  });
});
