import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report/build.js';
import { reportView } from '../../src/render/report-view.js';
import { LIST_LIMIT, limited } from '../../src/render/report-view-parts.js';
import { meetingRow } from '../core/report/builders.js';

describe('reportView', () => {
  it('lists every section in order, the missing ones with the option that brings them', () => {
    const view = reportView(buildReport({ rota: [meetingRow('1', '2027-01-11', 'held')] }));
    expect(view.map((s) => [s.key, s.missing])).toEqual([
      ['signups', 'not available: pass --roster'],
      ['supply', 'not available: pass --roster'],
      ['matching', 'not available: pass --matches'],
      ['meetings', null],
      ['feedback', null],
      ['quality', 'not available: pass --warnings, --rejects or --duplicates'],
    ]);
    expect(view[3]?.facts[0]).toBe('1 meeting: 1 held, 0 scheduled, 0 cancelled, 0 moved.');
  });

  it('shows an "other" status column only when some meeting has one', () => {
    const view = reportView(buildReport({ rota: [meetingRow('1', '2027-01-11', 'postponed')] }));
    expect(view[3]?.tables[1]?.columns).toContain('Other');
  });
});

describe('the meetings section', () => {
  it('names the meetings without a valid date, ten at most, so that they can be found and given one', () => {
    const one = reportView(buildReport({ rota: [meetingRow('1', '2027-01-11', 'held'), meetingRow('2', '31/02/2027', 'scheduled')] }));
    expect(one[3]?.facts).toContain(
      '1 meeting without a valid date (2-31/02/2027) left out of the weekly counts: give it a date as YYYY-MM-DD in the rota.',
    );
    const rota = Array.from({ length: 12 }, (_, i) => meetingRow(String(i + 1), 'soon', 'scheduled'));
    const many = reportView(buildReport({ rota }));
    expect(many[3]?.facts).toContain(
      '12 meetings without a valid date (1-soon, 2-soon, 3-soon, 4-soon, 5-soon, 6-soon, 7-soon, 8-soon, 9-soon, 10-soon and 2 more) ' +
        'left out of the weekly counts: give them dates as YYYY-MM-DD in the rota.',
    );
  });
});

describe('limited', () => {
  it('keeps short lists whole and says how many rows a long one leaves out', () => {
    expect(limited([[1]], 'pairs')).toEqual({ rows: [[1]] });
    const long = limited(Array.from({ length: LIST_LIMIT + 3 }, (_, i) => [i]), 'pairs');
    expect(long.rows).toHaveLength(LIST_LIMIT);
    expect(long.note).toBe('… and 3 more pairs (all of them in the .xlsx or .json report)');
  });
});

describe('reportView of empty sheets', () => {
  it('keeps the zero facts but leaves out tables with no rows', () => {
    const view = reportView(buildReport({ roster: [], rota: [] }, { today: '2027-01-01' }));
    expect(view[0]?.facts[0]).toBe('0 people signed up.');
    expect(view[0]?.tables).toEqual([]);
    expect(view[3]?.tables.map((t) => t.caption)).toEqual(['Meetings by status']);
  });
});
