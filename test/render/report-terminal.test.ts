import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report/build.js';
import { renderReportTerminal, type ReportStyler } from '../../src/render/report-terminal.js';
import { matchRow, meetingRow, rosterRow } from '../core/report/builders.js';
import { FIXTURE_TODAY, fixtureInput } from '../core/report/fixture.js';

const widest = (text: string) => Math.max(...text.split(/\r?\n|\r/).map((line) => [...line].length));

describe('renderReportTerminal', () => {
  const text = renderReportTerminal(buildReport(fixtureInput(), { today: FIXTURE_TODAY }));

  it('fits 80 columns', () => {
    expect(widest(text)).toBeLessThanOrEqual(80);
  });

  it('draws bars in proportion and shows every section', () => {
    expect(text).toMatch(/Mentee {7}9 {2}█{30}\n/);
    expect(text).toMatch(/Mentor {7}5 {2}█{17}\n/);
    for (const title of ['Sign-ups', 'Supply and demand', 'Matching', 'Meetings', 'Data quality']) expect(text).toContain(`── ${title} `);
  });

  it('colours only through the styler', () => {
    const tagged: ReportStyler = { heading: (s) => `<h>${s}</h>`, dim: (s) => `<d>${s}</d>`, good: (s) => `<g>${s}</g>`, bad: (s) => `<b>${s}</b>` };
    const styled = renderReportTerminal(buildReport(fixtureInput(), { today: FIXTURE_TODAY }), tagged);
    expect(styled).toContain('<h>Mentoring scheme report</h>');
    expect(styled).toContain('<b>5</b>');
    expect(text).not.toContain('\u001b[');
  });

  it('says which option brings a missing section', () => {
    const partial = renderReportTerminal(buildReport({ roster: fixtureInput().roster }));
    expect(partial).toContain('not available: pass --rota');
    expect(partial).toContain('not available: pass --warnings, --rejects or --duplicates');
  });

  it('fits 80 columns whatever the names, reasons and titles', () => {
    const text = fc.oneof(fc.string({ minLength: 1, maxLength: 120 }), fc.constant('two\nlines\tand\r\nmore'));
    fc.assert(
      fc.property(text, text, text, text, (name, reason, title, region) => {
        const input = {
          roster: [rosterRow('m1', { role: 'mentor', name, region }), rosterRow('e1', { region, subjects: reason })],
          matches: [matchRow('1', 'm1', 'e1', { mentor_name: name, mentee_name: name })],
          unmatched: [{ id: 'e2', role: 'mentee', reason }],
          rota: [{ ...meetingRow('1', '2027-01-11', 'held'), mentor_name: name, mentee_name: name }],
          warnings: [{ kind: reason }],
        };
        expect(widest(renderReportTerminal(buildReport(input, { title, today: '2027-02-01' })))).toBeLessThanOrEqual(80);
      }),
      { numRuns: 60 },
    );
  });
});
