import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RotaPlan } from '../../src/core/schedule/index.js';
import { groupMessages, renderScheduleSummary, scheduleSummaryJson, type ScheduleSummaryInput } from '../../src/render/schedule-summary.js';
import { rotaRow, settings } from '../core/schedule/builders.js';

const plain = new Chalk({ level: 0 });

function input(plan: Partial<RotaPlan>, more: Partial<ScheduleSummaryInput> = {}): ScheduleSummaryInput {
  return {
    plan: { rows: [], unscheduled: [], warnings: [], ...plan },
    pairs: 1,
    settings: settings({ start: '2027-01-04' }),
    holidays: [{ start: '2027-02-15', end: '2027-02-19', name: 'Spring half term' }],
    sheetWarnings: [],
    problems: [],
    previous: [],
    ...more,
  };
}

describe('groupMessages', () => {
  it('groups messages that differ in dates, ids, quoted or bracketed text and details, largest group first', () => {
    const groups = groupMessages(
      [
        'no time both are free: meetings use the mentor\'s times (tue-lunch); check with Bob',
        'no time both are free: meetings use the mentor\'s times (mon-evening, fri-lunch); check with Cat',
        'meeting p1-m02 on 2027-01-05 is still "scheduled" though its date has passed, so it is planned again; mark it held',
        'row 4, pair p9: common_slots "someday" left out; expected slots like tue-after-school',
      ].map((message) => ({ message, example: message })),
    );
    expect(groups.map((g) => [g.kind, g.count])).toEqual([
      ['no time both are free', 2],
      ['common_slots "…" left out', 1],
      ['meeting … on … is still "…" though its date has passed, so it is planned again', 1],
    ]);
    expect(groups[0]!.example).toContain('check with Bob');
  });

  it('accounts for every message exactly once, whatever the messages', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 30 }), (messages) => {
        const groups = groupMessages(messages.map((message) => ({ message, example: message })));
        expect(groups.reduce((n, g) => n + g.count, 0)).toBe(messages.length);
        expect(new Set(groups.map((g) => g.kind)).size).toBe(groups.length);
        for (const g of groups) expect(messages).toContain(g.example);
      }),
      { numRuns: 200 },
    );
  });
});

describe('scheduleSummaryJson', () => {
  it('counts meetings by status, moves for holidays (the note names the holiday of that date) and other moves', () => {
    const rows = [
      rotaRow({ meeting_no: 1, status: 'held' }),
      rotaRow({ meeting_no: 2, note: 'moved from 2027-02-16: Spring half term' }),
      rotaRow({ meeting_no: 3, note: 'moved from 2027-03-02: Ana already has 2 meetings that week' }),
      rotaRow({ meeting_no: 4, note: 'moved from 2027-05-03: Early May bank holiday' }),
      rotaRow({ meeting_no: 5, note: 'moved from 2027-03-16: Spring half term' }),
    ];
    const summary = scheduleSummaryJson(input({ rows }, { previous: [rows[0]!] }));
    expect(summary).toMatchObject({ meetings: 5, byStatus: { held: 1, scheduled: 4 }, carriedOver: 1, movedForHolidays: 2, movedOther: 2 });
    const noBankHolidays = scheduleSummaryJson(input({ rows }, { settings: settings({ bankHolidays: false }) }));
    expect(noBankHolidays).toMatchObject({ movedForHolidays: 1, movedOther: 3 });
  });

  it('counts the moves of a national rota, more than a function call takes arguments', () => {
    const moved = rotaRow({ note: 'moved from 2027-02-16: Spring half term' });
    const rows = Array.from({ length: 300_000 }, () => moved);
    expect(scheduleSummaryJson(input({ rows }))).toMatchObject({ meetings: 300_000, movedForHolidays: 300_000, movedOther: 0 });
  });
});

describe('renderScheduleSummary', () => {
  it('shows a group of like warnings by its count and one of them, as an example', () => {
    const warnings = ['Bob', 'Cy'].map((name, i) => ({ pair_id: `p${i + 1}`, message: `no time both are free: meetings use the mentor's times (tue-lunch); check with ${name}` }));
    const text = renderScheduleSummary(input({ rows: [rotaRow()], warnings }), plain);
    expect(text).toContain("\n     2 ×, e.g. p1: no time both are free: meetings use the mentor's times (tue-lunch); check with Bob\n");
  });

  it('says what was planned, what could not be, the warnings and the rows left out, in plain words', () => {
    const text = renderScheduleSummary(
      input(
        {
          rows: [rotaRow()],
          unscheduled: [{ pair_id: 'p1', meeting_no: 2, reason: 'its week (from 2027-01-18) is after the end date 2027-01-10' }],
          warnings: [{ pair_id: 'p1', message: 'no time both are free: meetings use the mentor\'s times (tue-lunch); check with Bob' }],
        },
        { problems: [{ file: 'matches.csv', row: 3, column: 'pair_id', message: 'expected a pair id; found an empty cell' }] },
      ),
      plain,
    );
    expect(text).toBe(
      [
        '1 pair, 1 meeting (every 2 weeks from 2027-01-04, 6 per pair)',
        '  1 scheduled',
        '  moved: 0 for holidays, 0 for other reasons (see the note column)',
        '1 meeting could not be scheduled:',
        '     1 × p1 meeting 2: its week (from 2027-01-18) is after the end date 2027-01-10',
        '1 warning:',
        '     1 × p1: no time both are free: meetings use the mentor\'s times (tue-lunch); check with Bob',
        '1 input row left out:',
        '  matches.csv, row 3, column "pair_id": expected a pair id; found an empty cell',
        '',
      ].join('\n'),
    );
  });
});
