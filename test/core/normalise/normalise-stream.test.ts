import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/core/normalise/index.js';
import { streamNormalise } from '../../../src/core/normalise/normalise-stream.js';
import type { NormaliseOptions } from '../../../src/core/normalise/types.js';
import type { Table } from '../../../src/core/types.js';
import { fixture } from '../../helpers/memory-io.js';
import { csvTable, table } from './tables.js';

/** A table's first `headRows` rows as its head, the rest streamed: the stream's end and its result. */
function streamed(whole: Table, headRows: number, options: NormaliseOptions = {}) {
  const stream = streamNormalise({ ...whole, rows: whole.rows.slice(0, headRows) }, options);
  if (!stream) return undefined;
  for (const row of whole.rows.slice(headRows)) stream.add(row);
  const before = stream.result();
  const ended = stream.end({ ...whole, rows: [] });
  return { ended, before, result: stream.result() };
}

const REGIONS = ['North West', 'London', 'South East', 'Yorkshire and the Humber'];
const FORM = ['Timestamp', 'Email address', 'Full name', 'Are you signing up as a mentor or a mentee?', 'Phase'];
const signUp = (i: number, date = '03/05/2026 10:00:00') => [date, `p${i}@school.example`, `Person ${i}`, i % 2 ? 'Mentee' : 'Mentor', 'Primary'];

describe('streamNormalise', () => {
  it('gives exactly what normalise gives for the whole table, whatever the head (the sample export)', () => {
    const whole = { ...csvTable(fixture('edumentoring', 'responses.csv')), blankRows: 1 };
    const expected = normalise([whole]);
    for (const headRows of [1, 20, 150, 400]) {
      const run = streamed(whole, headRows);
      expect(run?.ended).toBe(true);
      expect(run?.result).toEqual(expected);
    }
  });

  it('reports the mappings made from the whole table, and gives no result before the end', () => {
    const rows = Array.from({ length: 40 }, (_, i) => signUp(i));
    const run = streamed(table(FORM, rows), 5);
    expect(run?.before).toBeUndefined();
    expect(run?.result?.mappings).toEqual(normalise([table(FORM, rows)]).mappings);
  });

  it('turns its rows down when the whole table reads dates another way than the head (month first after all)', () => {
    const rows = [...Array.from({ length: 10 }, (_, i) => signUp(i)), signUp(10, '05/23/2026 10:00:00')];
    const run = streamed(table(FORM, rows), 10);
    expect(run?.ended).toBe(false);
    expect(run?.result).toBeUndefined();
    expect(normalise([table(FORM, rows)]).people[0]?.submitted).toBe('2026-03-05T10:00:00');
    expect(streamed(table(FORM, rows), 10, { dateOrder: 'dmy' })?.ended).toBe(true);
  });

  it('turns its rows down when the whole table maps a column the head left unmapped', () => {
    const headers = [...FORM, 'Q6'];
    const rows = Array.from({ length: 30 }, (_, i) => [...signUp(i), i < 10 ? '' : REGIONS[i % 4] ?? '']);
    expect(normalise([table(headers, rows)]).mappings[0]?.fields.map((f) => f.field)).toContain('region');
    expect(streamed(table(headers, rows), 10)?.ended).toBe(false);
  });

  it('declines a head it cannot plan (the whole table may yet be planned)', () => {
    const headers = ['Timestamp', 'Q1', 'Full name', 'Are you signing up as a mentor or a mentee?'];
    const rows = Array.from({ length: 20 }, (_, i) => [signUp(i)[0] ?? '', i < 10 ? '' : `p${i}@school.example`, `Person ${i}`, 'Mentee']);
    expect(normalise([table(headers, rows)]).people).toHaveLength(10);
    expect(streamNormalise({ ...table(headers, rows), rows: table(headers, rows).rows.slice(0, 10) })).toBeUndefined();
  });

  it('lets its rows go when cancelled: it then neither ends nor gives a result', () => {
    const rows = Array.from({ length: 20 }, (_, i) => signUp(i));
    const whole = table(FORM, rows);
    const stream = streamNormalise({ ...whole, rows: whole.rows.slice(0, 5) });
    for (const row of whole.rows.slice(5)) stream?.add(row);
    stream?.cancel();
    expect(stream?.end({ ...whole, rows: [] })).toBe(false);
    expect(stream?.result()).toBeUndefined();
  });
});
