import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateOrderEvidence, parseTimestamp } from '../../../../src/core/normalise/parse/timestamp.js';

describe('parseTimestamp', () => {
  it('reads Google Sheets’ day-first and month-first times without a zone', () => {
    expect(parseTimestamp('23/11/2026 14:03:12', 'dmy')).toBe('2026-11-23T14:03:12');
    expect(parseTimestamp('11/23/2026 14:03:12', 'mdy')).toBe('2026-11-23T14:03:12');
    expect(parseTimestamp('11/04/2020 09:16:31', 'dmy')).toBe('2020-04-11T09:16:31');
    expect(parseTimestamp('1/2/2021 9:05', 'mdy')).toBe('2021-01-02T09:05:00');
  });

  it('keeps the Forms download’s offset', () => {
    expect(parseTimestamp('2026/10/02 9:16:31 AM GMT+1', 'dmy')).toBe('2026-10-02T09:16:31+01:00');
    expect(parseTimestamp('2026/10/02 12:00:00 AM GMT+1', 'dmy')).toBe('2026-10-02T00:00:00+01:00');
    expect(parseTimestamp('2022/11/30 10:39:41 PM GMT+1', 'mdy')).toBe('2022-11-30T22:39:41+01:00');
    expect(parseTimestamp('2026/10/02 12:30:00 PM GMT', 'dmy')).toBe('2026-10-02T12:30:00+00:00');
    expect(parseTimestamp('2026/10/02 1:00:00 PM GMT-4:30', 'dmy')).toBe('2026-10-02T13:00:00-04:30');
  });

  it('passes ISO text through and converts Excel serial numbers', () => {
    expect(parseTimestamp('2026-09-07T09:24:00', 'dmy')).toBe('2026-09-07T09:24:00');
    expect(parseTimestamp('2026-09-07T09:24:00.000Z', 'dmy')).toBe('2026-09-07T09:24:00.000Z');
    expect(parseTimestamp('2026-09-07 09:24:00', 'dmy')).toBe('2026-09-07T09:24:00');
    expect(parseTimestamp('46327.5', 'dmy')).toBe('2026-11-01T12:00:00');
  });

  it('refuses what is not a time', () => {
    for (const text of ['', 'yesterday', '31/02/2026 10:00:00', '13/13/2026', '2026/10/02 13:00:00 PM GMT+1', '12']) {
      expect(parseTimestamp(text, 'dmy')).toBeUndefined();
    }
  });

  it('reads any time written either way back', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.constantFrom('dmy' as const, 'mdy' as const),
        (date, order) => {
          const [d, m, y] = [date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear()];
          const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
          const text = order === 'dmy' ? `${pad(d)}/${pad(m)}/${y} ${time}` : `${m}/${d}/${y} ${time}`;
          expect(parseTimestamp(text, order)).toBe(date.toISOString().slice(0, 19));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('parseTimestamp of Sheets’ own shape', () => {
  const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
  const year = fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0'));

  it('reads dd/mm/yyyy hh:mm:ss (its fast path) exactly as the general pattern reads the same time', () => {
    fc.assert(
      fc.property(two, two, year, two, two, two, (a, b, y, h, m, s) => {
        for (const order of ['dmy', 'mdy'] as const) {
          // A "T" between date and time takes the general pattern, which reads it as the same time.
          expect(parseTimestamp(`${a}/${b}/${y} ${h}:${m}:${s}`, order)).toBe(parseTimestamp(`${a}/${b}/${y}T${h}:${m}:${s}`, order));
        }
      }),
      { numRuns: 1000 },
    );
  });
});

/** The order DateOrderEvidence gives for these values, taken in turn. */
function detectDateOrder(values: readonly string[]): string {
  const evidence = new DateOrderEvidence();
  for (const value of values) evidence.add(value);
  return evidence.order();
}

describe('DateOrderEvidence', () => {
  it('decides as the pattern of slash dates does, for any text', () => {
    const reference = (values: string[]) => {
      let dayFirst = false;
      let monthFirst = false;
      for (const value of values) {
        const parts = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}/.exec(value.trim());
        if (!parts) continue;
        if (Number(parts[1]) > 12) dayFirst = true;
        if (Number(parts[2]) > 12) monthFirst = true;
      }
      return monthFirst && !dayFirst ? 'mdy' : 'dmy';
    };
    const piece = fc.constantFrom('1', '2', '13', '31', '/', '.', '-', '2026', '202', ' ', 'x', '0');
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 7 }).map((p) => p.join('')), { maxLength: 4 }), (values) => {
        expect(detectDateOrder(values)).toBe(reference(values));
      }),
      { numRuns: 2000 },
    );
  });


  it('is day-first when a first part is over 12, month-first when a second part is', () => {
    expect(detectDateOrder(['11/04/2020 09:16:31', '16/05/2020 02:20:25'])).toBe('dmy');
    expect(detectDateOrder(['11/04/2020 09:16:31', '05/16/2020 02:20:25'])).toBe('mdy');
  });

  it('is day-first when every date is ambiguous, or when there are no slash dates', () => {
    expect(detectDateOrder(['01/02/2020 10:00:00', '03/04/2020 10:00:00'])).toBe('dmy');
    expect(detectDateOrder(['2026/10/02 9:16:31 AM GMT+1', ''])).toBe('dmy');
  });
});
