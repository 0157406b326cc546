import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report/build.js';
import { renderReportSheets } from '../../src/render/report-sheets.js';
import { FIXTURE_TODAY, fixtureInput } from '../core/report/fixture.js';

const model = buildReport(fixtureInput(), { today: FIXTURE_TODAY });
const sheets = renderReportSheets(model);
/** A sheet's rows as arrays in column order. */
const sheet = (name: string) => {
  const found = sheets.find((s) => s.name === name);
  return found && { ...found, rows: found.rows.map((row) => found.columns.map((c) => row[c])) };
};

describe('renderReportSheets', () => {
  it('writes one sheet per section plus mentor load and meetings per pair, under names Excel accepts', () => {
    expect(sheets.map((s) => s.name)).toEqual(['Summary', 'Sign-ups', 'Supply and demand', 'Matching', 'Mentor load', 'Meetings', 'Meetings per pair', 'Feedback', 'Feedback per pair', 'Stalled pairs', 'Data quality']);
    for (const s of sheets) {
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(s.name).not.toMatch(/[[\]:*?/\\]/);
      expect(new Set(s.columns).size).toBe(s.columns.length);
      for (const row of s.rows) expect(Object.keys(row)).toEqual(s.columns);
    }
  });

  it('carries the same numbers as the model', () => {
    expect(sheet('Supply and demand')?.rows).toHaveLength(model.supply?.rows.length ?? -1);
    expect(sheet('Matching')?.rows[0]).toEqual(['Outcome', 'Mentees matched', 5, 9]);
    expect(sheet('Meetings')?.rows.at(-1)).toEqual(['All', '', 6, 8, 1, 2, 0, 5, 17]);
    expect(sheet('Meetings')?.rows[0]).toEqual(['2027-W02', '2027-01-11', 3, 1, 0, 1, 0, 1, 5]);
    expect(sheet('Mentor load')?.rows[0]).toEqual(['Aisha Khan', 'aisha.khan@example.org', 2, 2, 0]);
    expect(sheet('Data quality')?.rows).toContainEqual(['Rejected rows', 'All reasons (distinct rows)', 2]);
  });

  it('writes only the sheets it has input for, and notes what is missing in the summary', () => {
    const partial = renderReportSheets(buildReport({ rota: fixtureInput().rota }));
    expect(partial.map((s) => s.name)).toEqual(['Summary', 'Meetings', 'Meetings per pair', 'Feedback', 'Feedback per pair', 'Stalled pairs']);
    expect(partial[0]?.rows).toContainEqual({ Item: 'Sign-ups', Value: 'not available: pass --roster', Detail: '' });
  });
});
