import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report/build.js';
import type { ReportInput } from '../../../src/core/report/input.js';
import { escapeHtml } from '../../../src/render/report-html-parts.js';
import { renderReportHtml } from '../../../src/render/report-html.js';
import { renderReportJson } from '../../../src/render/report-json.js';
import { escapeMarkdown, renderReportMarkdown } from '../../../src/render/report-markdown.js';
import { renderReportSheets } from '../../../src/render/report-sheets.js';
import { renderReportTerminal } from '../../../src/render/report-terminal.js';
import { FIXTURE_TODAY, fixtureInput } from './fixture.js';

/** Every name and e-mail in the inputs, with each name's longer parts (surnames alone must not leak either). */
function personalData(input: ReportInput): string[] {
  const columns = ['name', 'email', 'mentor_name', 'mentor_email', 'mentee_name', 'mentee_email'];
  const sheets = [input.roster, input.matches, input.unmatched, input.mentors, input.rota, input.duplicates];
  const values = sheets.flatMap((rows) => (rows ?? []).flatMap((row) => columns.map((c) => row[c] ?? ''))).filter(Boolean);
  const parts = values.filter((v) => !v.includes('@')).flatMap((name) => name.split(/\s+/).filter((part) => part.length >= 4));
  return [...new Set([...values, ...parts])];
}

function outputs(input: ReportInput, redact: boolean): Record<string, string> {
  const model = buildReport(input, { today: FIXTURE_TODAY, redact });
  return {
    markdown: renderReportMarkdown(model),
    html: renderReportHtml(model),
    json: renderReportJson(model),
    sheets: JSON.stringify(renderReportSheets(model)),
    terminal: renderReportTerminal(model),
  };
}

function leaks(text: string, secrets: readonly string[]): string[] {
  const haystack = text.toLowerCase();
  return secrets.filter((s) => [s, escapeHtml(s), escapeMarkdown(s), JSON.stringify(s).slice(1, -1)].some((form) => haystack.includes(form.toLowerCase())));
}

describe('redaction', () => {
  const input = fixtureInput();
  const secrets = personalData(input);

  it('leaves no input name or e-mail in any format', () => {
    expect(secrets.length).toBeGreaterThan(30);
    for (const [format, text] of Object.entries(outputs(input, true))) {
      expect({ format, leaks: leaks(text, secrets) }).toEqual({ format, leaks: [] });
    }
  });

  it('would have caught them: without redaction the same search finds names and e-mails in every format', () => {
    for (const text of Object.values(outputs(input, false))) expect(leaks(text, secrets).length).toBeGreaterThan(0);
  });

  it('shows the same person under the same pseudonym in every section', () => {
    const model = buildReport(input, { today: FIXTURE_TODAY, redact: true });
    expect(model.redacted).toBe(true);
    const aisha = model.matching?.load?.rows[0]?.mentor;
    expect(aisha).toEqual({ name: 'Mentor 1', email: '' });
    expect(model.meetings?.byPair[0]?.mentor).toEqual(aisha);
    expect(model.meetings?.byPair[0]?.mentee.name).toBe('Mentee 1');
  });

  it('scrubs names that appear inside free text such as unmatched reasons', () => {
    const withName: ReportInput = {
      ...input,
      unmatched: [{ id: 'p10', name: 'Jodie Marsh', email: 'jodie.marsh@example.com', role: 'mentee', reason: 'Aisha Khan is needed for Fatima Begum' }],
    };
    const model = buildReport(withName, { redact: true });
    expect(model.matching?.unmatchedByReason[0]?.label).toBe('Mentor 1 is needed for Mentee 1');
  });
});
