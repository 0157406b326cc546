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

  it("reads the times again, month first, when the head's dates read either way and the whole table's show month first", () => {
    const rows = [
      ...Array.from({ length: 9 }, (_, i) => signUp(i)),
      signUp(9, 'yesterday'),
      signUp(10, '05/23/2026 10:00:00'),
      signUp(11, 'soon'),
      // Later than Person 1's first sign-up month first (2 April after 5 March), earlier day first (4 February).
      signUp(1, '04/02/2026 10:00:00'),
    ];
    const whole = normalise([table(FORM, rows)]);
    expect(whole.people[0]?.submitted).toBe('2026-03-05T10:00:00');
    expect(whole.people.find((p) => p.name === 'Person 1')?.submitted).toBe('2026-04-02T10:00:00');
    expect(whole.warnings.map((w) => [w.kind, w.value])).toEqual([['invalid-timestamp', 'yesterday'], ['invalid-timestamp', 'soon']]);
    for (const headRows of [1, 5, 10, 11]) {
      const run = streamed(table(FORM, rows), headRows);
      expect(run?.ended).toBe(true);
      expect(run?.result).toEqual(whole);
      // The same order of keys: a kept answer goes where reading the row whole puts it.
      expect(JSON.stringify(run?.result)).toBe(JSON.stringify(whole));
    }
  });

  it("turns its rows down, rather than read the times again, when another field reads the time's column too", () => {
    const rows = [...Array.from({ length: 4 }, (_, i) => signUp(i)), signUp(4, 'yesterday'), signUp(5, '05/23/2026 10:00:00')];
    const form = table([...FORM, 'Capacity'], rows.map((row, i) => [...row, i === 4 ? 'lots' : '2']));
    // The mode keeps the time's cell under the same key as the time would: reading the time again would lose it.
    const shared = { mapping: { columns: { submitted: 'Timestamp', mode: 'Timestamp', capacity: 'Capacity' } } };
    expect(normalise([form], shared).people.at(-1)?.extra).toEqual({ Timestamp: '05/23/2026 10:00:00' });
    const apart = { mapping: { columns: { submitted: 'Timestamp', capacity: 'Capacity' } } };
    for (const headRows of [1, 3, 5]) {
      expect(streamed(form, headRows, shared)?.ended).toBe(false);
      expect(JSON.stringify(streamed(form, headRows, apart)?.result)).toBe(JSON.stringify(normalise([form], apart)));
    }
  });

  it("keeps the head's order when its dates show it or --date-order gives it, whatever the rows after say", () => {
    const rows = [signUp(0, '13/05/2026 10:00:00'), ...Array.from({ length: 5 }, (_, i) => signUp(i + 1, '05/23/2026 10:00:00'))];
    // Dates day first and month first: read day first, as the head was.
    expect(streamed(table(FORM, rows), 1)?.result).toEqual(normalise([table(FORM, rows)]));
    const monthFirst = [signUp(0, '05/23/2026 10:00:00'), ...rows.slice(1)];
    expect(streamed(table(FORM, monthFirst), 1, { dateOrder: 'dmy' })?.result).toEqual(normalise([table(FORM, monthFirst)], { dateOrder: 'dmy' }));
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
