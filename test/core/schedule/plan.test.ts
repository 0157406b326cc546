import { afterEach, describe, expect, it } from 'vitest';
import { holidaysFromTable } from '../../../src/core/schedule/holidays.js';
import { planRota } from '../../../src/core/schedule/plan.js';
import type { RotaRow } from '../../../src/core/schedule/rota.js';
import { expectCountsUp, recordProgress } from '../../helpers/progress-calls.js';
import { csvTable, fixture, pair, rotaRow, settings } from './builders.js';

const termDates = holidaysFromTable(csvTable(fixture('term-dates-2026-27.csv'))).holidays;
const brief = (rows: RotaRow[]): string[] => rows.map((r) => `${r.meeting_id} ${r.date} ${r.start}${r.note ? ` | ${r.note}` : ''}`);

describe('planRota: the sample case', () => {
  it('plans fortnightly meetings from 2027-01-04 around February half term, with a note', () => {
    const plan = planRota({
      pairs: [pair('p1', 'ana', 'bob', ['tue-after-school'])],
      settings: settings({ start: '2027-01-04', every: '2w', count: 6 }),
      holidays: termDates,
    });
    expect(brief(plan.rows)).toEqual([
      'p1-m01 2027-01-05 16:00',
      'p1-m02 2027-01-19 16:00',
      'p1-m03 2027-02-02 16:00',
      'p1-m04 2027-02-23 16:00 | moved from 2027-02-16: Spring half term',
      'p1-m05 2027-03-02 16:00',
      'p1-m06 2027-03-16 16:00',
    ]);
    expect(plan.rows[0]).toMatchObject({ day: 'Tuesday', end: '16:45', meetings_total: 6, status: 'scheduled', mentor_email: 'ana@example.org' });
    expect(plan.unscheduled).toEqual([]);
  });

  it('moves a meeting out of the Easter holiday and the next one after it', () => {
    const plan = planRota({
      pairs: [pair('p1', 'ana', 'bob', ['tue-after-school'])],
      settings: settings({ start: '2027-01-04', count: 8 }),
      holidays: termDates,
    });
    expect(brief(plan.rows).slice(6)).toEqual([
      'p1-m07 2027-04-13 16:00 | moved from 2027-03-30: Easter holiday',
      'p1-m08 2027-04-20 16:00 | moved from 2027-04-13: meeting 7 is on 2027-04-13',
    ]);
  });

  it('skips bank holidays unless told not to', () => {
    const pairs = [pair('p1', 'ana', 'bob', ['mon-evening'])];
    const on = planRota({ pairs, settings: settings({ start: '2027-05-03', every: '4w', count: 1 }) });
    expect(brief(on.rows)).toEqual(['p1-m01 2027-05-10 19:00 | moved from 2027-05-03: Early May bank holiday']);
    const off = planRota({ pairs, settings: settings({ start: '2027-05-03', count: 1, bankHolidays: false }) });
    expect(brief(off.rows)).toEqual(['p1-m01 2027-05-03 19:00']);
  });
});

describe('planRota: people and slots', () => {
  it('never books a mentor twice at once, nor beyond the weekly cap', () => {
    const slots = ['tue-after-school', 'thu-lunch', 'fri-lunch'];
    const plan = planRota({
      pairs: [pair('p1', 'ana', 'bob', slots), pair('p2', 'ana', 'cat', slots), pair('p3', 'ana', 'dan', slots)],
      settings: settings({ start: '2027-01-04', every: '1w', count: 2, maxPerWeek: 2 }),
    });
    expect(brief(plan.rows)).toEqual([
      'p1-m01 2027-01-05 16:00',
      'p2-m01 2027-01-07 12:30',
      'p1-m02 2027-01-12 16:00',
      'p2-m02 2027-01-14 12:30',
      'p3-m01 2027-01-19 16:00 | moved from 2027-01-05: Ana already has 2 meetings that week',
      'p3-m02 2027-01-26 16:00 | moved from 2027-01-12: meeting 1 is on 2027-01-19',
    ]);
  });

  it('keeps someone who is both mentor and mentee in one place at a time', () => {
    const plan = planRota({
      pairs: [pair('p1', 'ana', 'bob', ['tue-after-school', 'wed-after-school']), pair('p2', 'bob', 'cat', ['tue-after-school'])],
      settings: settings({ start: '2027-01-04', every: '1w', count: 3 }),
    });
    const bobs = plan.rows.filter((r) => r.mentor_email === 'bob@example.org' || r.mentee_email === 'bob@example.org');
    const times = bobs.map((r) => `${r.date} ${r.start}`);
    expect(new Set(times).size).toBe(6);
    expect(plan.rows.filter((r) => r.pair_id === 'p2').every((r) => r.day === 'Tuesday')).toBe(true);
  });

  it('falls back to the mentor’s slots, then the default slot, with warnings', () => {
    const plan = planRota({
      pairs: [pair('p1', 'ana', 'bob', [], ['fri-lunch']), pair('p2', 'cat', 'dan', [])],
      settings: settings({ start: '2027-01-04', count: 1 }),
    });
    expect(brief(plan.rows)).toEqual(['p2-m01 2027-01-06 16:00', 'p1-m01 2027-01-08 12:30']);
    expect(plan.warnings).toEqual([
      { pair_id: 'p1', message: 'no time both are free: meetings use the mentor’s times (fri-lunch); check with Bob'.replace('’', "'") },
      { pair_id: 'p2', message: 'no time both are free and none known for the mentor: meetings use wed-after-school; check with both' },
    ]);
  });

  it('warns when a pair waits 4 weeks or more because people are busy at its times, not for holidays', () => {
    const mentees = ['bob', 'cat', 'dan', 'eve', 'fay', 'gus'];
    const busy = planRota({
      pairs: mentees.map((mentee, i) => pair(`p${i + 1}`, 'ana', mentee, ['mon-evening'])),
      settings: settings({ start: '2027-01-04', every: '1w', count: 1 }),
    });
    expect(brief(busy.rows).at(-1)).toBe('p6-m01 2027-02-08 19:00 | moved from 2027-01-04: Ana has another meeting then');
    expect(busy.warnings).toEqual([
      { pair_id: 'p5', message: "meetings run late: 4 weeks passed over because someone was busy at the pair's times (mon-evening), so meeting 1 is on 2027-02-01 (see the notes): ask them for more free times" },
      { pair_id: 'p6', message: "meetings run late: 5 weeks passed over because someone was busy at the pair's times (mon-evening), so meeting 1 is on 2027-02-08 (see the notes): ask them for more free times" },
    ]);
    const summer = planRota({
      pairs: [pair('p1', 'ana', 'bob', ['mon-evening'])],
      settings: settings({ start: '2027-07-19', every: '1w', count: 3 }),
      holidays: termDates,
    });
    expect(brief(summer.rows).at(-1)).toBe('p1-m03 2027-09-13 19:00 | moved from 2027-08-02: meeting 2 is on 2027-09-06');
    expect(summer.warnings).toEqual([]);
  });

  it('starts mid-week without calling the first meeting moved', () => {
    const plan = planRota({ pairs: [pair('p1', 'ana', 'bob', ['mon-evening'])], settings: settings({ start: '2027-01-06', every: '1w', count: 2 }) });
    expect(brief(plan.rows)).toEqual(['p1-m01 2027-01-11 19:00', 'p1-m02 2027-01-18 19:00']);
  });
});

describe('planRota: end dates', () => {
  it('lists what cannot be placed before --until, with the reason', () => {
    const plan = planRota({
      pairs: [pair('p1', 'ana', 'bob', ['tue-after-school'])],
      settings: settings({ today: '2027-06-01', start: '2027-07-05', every: '1w', count: 6, until: '2027-07-31' }),
      holidays: termDates,
    });
    expect(brief(plan.rows)).toEqual(['p1-m01 2027-07-06 16:00', 'p1-m02 2027-07-13 16:00', 'p1-m03 2027-07-20 16:00']);
    expect(plan.unscheduled).toEqual([
      { pair_id: 'p1', meeting_no: 4, reason: 'no free slot from 2027-07-27 to the end date 2027-07-31 (Summer holiday)' },
      { pair_id: 'p1', meeting_no: 5, reason: 'its week (from 2027-08-02) is after the end date 2027-07-31' },
      { pair_id: 'p1', meeting_no: 6, reason: 'its week (from 2027-08-09) is after the end date 2027-07-31' },
    ]);
  });
});

describe('planRota: the last week', () => {
  it('uses an earlier slot of the last week when the usual one falls after --until', () => {
    const plan = planRota({
      pairs: [pair('p1', 'ana', 'bob', ['tue-after-school', 'thu-after-school'])],
      settings: settings({ start: '2027-01-04', every: '1w', until: '2027-01-19' }),
      holidays: [
        { start: '2027-01-05', end: '2027-01-05', name: 'Closure' },
        { start: '2027-01-12', end: '2027-01-12', name: 'Closure' },
      ],
    });
    expect(brief(plan.rows)).toEqual([
      'p1-m01 2027-01-07 16:00',
      'p1-m02 2027-01-14 16:00',
      'p1-m03 2027-01-19 16:00 | moved from 2027-01-21: after the end date 2027-01-19',
    ]);
  });
});

describe('planRota: re-running with a previous rota', () => {
  const pairs = [pair('p1', 'ana', 'bob', ['tue-after-school'])];
  const first = planRota({ pairs, settings: settings({ start: '2027-01-04', count: 4 }) }).rows;

  it('keeps held and cancelled meetings and future ones, and plans new pairs around them', () => {
    const edits: Record<number, Partial<RotaRow>> = {
      1: { status: 'held', extra: { rating: '5' } },
      2: { status: 'cancelled' },
      3: { status: 'moved', date: '2027-02-09' },
    };
    const previous = first.map((r) => ({ ...r, ...edits[r.meeting_no] }));
    const gone = rotaRow({ pair_id: 'p9', mentor_email: 'old@example.org', date: '2027-01-12', status: 'held' });
    const plan = planRota({
      pairs: [...pairs, pair('p2', 'ana', 'cat', ['tue-after-school'])],
      settings: settings({ today: '2027-01-25', start: '2027-01-04', count: 4 }),
      previous: [...previous, gone],
    });
    const p1 = plan.rows.filter((r) => r.pair_id === 'p1');
    expect(p1).toEqual(previous);
    expect(plan.rows).toContainEqual(gone);
    expect(brief(plan.rows.filter((r) => r.pair_id === 'p2'))).toEqual([
      'p2-m01 2027-01-26 16:00',
      'p2-m02 2027-02-23 16:00 | moved from 2027-02-09: Ana has another meeting then',
      'p2-m03 2027-03-02 16:00 | moved from 2027-02-23: meeting 2 is on 2027-02-23',
      'p2-m04 2027-03-09 16:00',
    ]);
  });

  it('plans missing and overdue meetings again from today, keeping their ids', () => {
    const previous = first.filter((r) => r.meeting_no !== 4);
    const plan = planRota({ pairs, settings: settings({ today: '2027-01-25', start: '2027-01-04', count: 4 }), previous });
    // Meetings 1 and 2 were never marked held; meeting 4 was deleted from the sheet.
    expect(brief(plan.rows)).toEqual([
      'p1-m01 2027-01-26 16:00 | moved from 2027-01-05: that date has passed',
      'p1-m03 2027-02-02 16:00',
      'p1-m02 2027-02-09 16:00 | moved from 2027-01-19: that date has passed',
      'p1-m04 2027-02-16 16:00',
    ]);
    expect(plan.warnings.map((w) => w.message)).toEqual([
      'meeting p1-m01 on 2027-01-05 is still "scheduled" though its date has passed, so it is planned again; mark it held if it took place',
      'meeting p1-m02 on 2027-01-19 is still "scheduled" though its date has passed, so it is planned again; mark it held if it took place',
    ]);
  });
});

describe('planRota: determinism', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('gives the same rota whatever the pair order and the machine time zone', () => {
    const pairs = [
      pair('p2', 'ana', 'cat', ['tue-after-school', 'thu-evening']),
      pair('p1', 'ana', 'bob', ['tue-after-school']),
      pair('p3', 'bob', 'dan', ['tue-after-school', 'sun-morning']),
    ];
    const input = { settings: settings({ start: '2027-03-01', every: '1w', count: 6 }), holidays: termDates };
    process.env.TZ = 'UTC';
    const base = planRota({ ...input, pairs });
    for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
      process.env.TZ = tz;
      expect(planRota({ ...input, pairs: [...pairs].reverse() })).toEqual(base);
    }
  });
});

describe('planRota: progress', () => {
  const many = Array.from({ length: 2500 }, (_, i) => pair(`p${i}`, `m${i}`, `e${i}`, ['tue-after-school']));
  const manySettings = settings({ start: '2027-01-04', count: 2 });

  it('tells onProgress how many pairs are planned every 1024 pairs, and all of them once the rota is in order', () => {
    const { onProgress, calls } = recordProgress();
    const plan = planRota({ pairs: many, settings: manySettings, onProgress });
    expect(calls).toEqual([
      { phase: 'planning meetings', done: 1024, total: 2500 },
      { phase: 'planning meetings', done: 2048, total: 2500 },
      { phase: 'planning meetings', done: 2500, total: 2500 },
    ]);
    expectCountsUp(calls, 'planning meetings');
    expect(plan).toEqual(planRota({ pairs: many, settings: manySettings }));
  });

  it('says a rota with no pairs is done at once', () => {
    const { onProgress, calls } = recordProgress();
    planRota({ pairs: [], settings: manySettings, onProgress });
    expect(calls).toEqual([{ phase: 'planning meetings', done: 0, total: 0 }]);
  });
});
