import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report/build.js';
import { renderReportHtml } from '../../src/render/report-html.js';
import { matchRow, meetingRow, rosterRow } from '../core/report/builders.js';
import { FIXTURE_TODAY, fixtureInput } from '../core/report/fixture.js';

const html = renderReportHtml(buildReport(fixtureInput(), { today: FIXTURE_TODAY }));

describe('renderReportHtml', () => {
  it('escapes every text, so a name that is markup shows as text', () => {
    const evil = '<script>alert("x")</script>';
    const input = {
      roster: [rosterRow('m1', { role: 'mentor', name: evil, region: '<img src=x onerror=alert(1)>' }), rosterRow('e1')],
      matches: [matchRow('1', 'm1', 'e1', { mentor_name: evil })],
      unmatched: [{ id: 'e2', role: 'mentee', reason: `"quoted" & <b>bold</b>` }],
      rota: [{ ...meetingRow('1', '2027-01-11', 'held'), mentor_name: evil }],
    };
    const page = renderReportHtml(buildReport(input, { title: '<i>Board</i> report' }));
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<img/i);
    expect(page).not.toContain('<b>bold');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(page).toContain('<title>&lt;i&gt;Board&lt;/i&gt; report</title>');
    expect(page).toContain('&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;');
  });

  it('is self-contained: no scripts, links, fonts or images from anywhere', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=|href=/i);
    expect(html.replaceAll('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:/);
  });

  it('gives every table a caption and every chart a title and a label for screen readers', () => {
    const tables = html.match(/<table>/g) ?? [];
    expect(tables.length).toBeGreaterThan(10);
    expect(html.match(/<table>\n<caption>/g)).toHaveLength(tables.length);
    const charts = html.match(/<svg[^>]*>/g) ?? [];
    expect(charts).toHaveLength(9);
    for (const svg of charts) expect(svg).toMatch(/role="img" aria-label="[^"]+"/);
    expect(html.match(/<svg[^>]*>\n<title>/g)).toHaveLength(charts.length);
    expect(html).toContain('aria-label="Meetings per ISO week, by status. W02: 3 Held, 0 Scheduled, 1 Overdue, 0 Moved, 1 Cancelled;');
  });

  it('has semantic headings and big tiles for the key figures', () => {
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<h2 id="h-meetings">Meetings</h2>');
    expect(html).toContain('<li class="tile bad"><span class="tile-value">5</span><span class="tile-label">Overdue meetings</span>');
  });

  it('prints on A4 without cutting charts', () => {
    expect(html).toMatch(/@page \{ size: A4; margin: [^}]+\}/);
    expect(html).toMatch(/figure[^{]*\{[^}]*break-inside: avoid/);
    expect(html).toMatch(/svg\.chart \{[^}]*max-width: 100%/);
  });

  it('says which option brings a missing section', () => {
    const page = renderReportHtml(buildReport({ roster: fixtureInput().roster }));
    expect(page).toContain('<p class="missing">Not available: pass --rota.</p>');
    expect(page).not.toContain('id="chart-weeks"');
  });

  it('draws mentors and mentees side by side, not stacked: someone who is both counts on each side, so no total is drawn', () => {
    for (const id of ['chart-stage', 'chart-phase', 'chart-region']) {
      const figure = new RegExp(`<figure id="${id}"[\\s\\S]*?</figure>`).exec(html)?.[0] ?? '';
      expect(figure, id).toContain('height="10"');
      expect(figure, id).not.toContain('height="16"');
    }
  });
});

describe('renderReportHtml of empty sheets', () => {
  it('draws no empty chart and no empty table', () => {
    const page = renderReportHtml(buildReport({ roster: [], matches: [], rota: [] }, { today: '2027-01-01' }));
    expect(page).not.toMatch(/NaN|Infinity|undefined/);
    expect(page).not.toContain('<figure');
    expect(page.match(/<table>/g)).toHaveLength(1);
  });
});
