import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report/build.js';
import { escapeMarkdown, renderReportMarkdown } from '../../src/render/report-markdown.js';
import { rosterRow } from '../core/report/builders.js';
import { FIXTURE_TODAY, fixtureInput } from '../core/report/fixture.js';

describe('renderReportMarkdown', () => {
  const md = renderReportMarkdown(buildReport(fixtureInput(), { today: FIXTURE_TODAY }));

  it('writes GitHub tables with numbers right-aligned', () => {
    expect(md).toContain('| Role | People |\n| --- | ---: |\n| Mentee | 9 |\n| Mentor | 5 |');
    expect(md).toContain('| Mentees matched | 5 of 9 | 56%; 4 waiting |');
  });

  it('has a heading per section and the recruiting list', () => {
    expect(md.match(/^## /gm)).toHaveLength(7);
    expect(md).toContain('- Secondary (phase): 1 more mentor place needed; 2 mentees without a mentor, 1 free place');
  });

  it('escapes markup in names and flattens line breaks so tables hold', () => {
    expect(escapeMarkdown('a|b *c* <script>\nd')).toBe('a\\|b \\*c\\* \\<script\\> d');
    const report = renderReportMarkdown(buildReport({ roster: [rosterRow('m1', { role: 'mentor', region: 'west|<b>' })] }));
    expect(report).toContain('| West\\|\\<b\\> |');
  });

  it('says what is missing instead of zeros', () => {
    const partial = renderReportMarkdown(buildReport({ rejected: fixtureInput().rejected }));
    expect(partial).toContain('## Meetings\n\n_Not available: pass --rota._');
    expect(partial).not.toContain('Key figures');
  });
});
