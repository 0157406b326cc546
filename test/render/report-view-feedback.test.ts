import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report/build.js';
import { renderReportHtml } from '../../src/render/report-html.js';
import { renderReportMarkdown } from '../../src/render/report-markdown.js';
import { renderReportSheets } from '../../src/render/report-sheets.js';
import { renderReportTerminal } from '../../src/render/report-terminal.js';
import { feedbackView, ratingText } from '../../src/render/report-view-feedback.js';
import { meetingRow } from '../core/report/builders.js';
import { RATED_ROTA, RATED_TODAY } from '../core/report/rated-rota.js';

const model = buildReport({ rota: RATED_ROTA }, { today: RATED_TODAY });
const view = feedbackView(model.feedback!, model.today);

describe('feedbackView', () => {
  it('says in words how the ratings and fit stand and how many pairs stalled', () => {
    expect(view.facts).toEqual([
      '4 ratings from mentors (mean 2.5) and 4 ratings from mentees (mean 3.3); 2.9 of 4 overall.',
      "Fit, by each pair's latest mark: 1 good, 0 unsure, 1 not a fit, 4 not given.",
      '3 pairs of 6 stalled: first meeting overdue, or no meeting held for 4 weeks.',
      '1 mentor with every pair stalled: worth a call.',
    ]);
    expect(view.lists).toEqual([
      { title: 'Mentors whose pairs have all stalled', items: ['Ivy: 1 pair'] },
      { title: 'Feedback cells left out (not a rating 1–4 or a fit)', items: ['meeting p2-m02: mentor_rating "five" is not a rating: expected 1, 2, 3 or 4'] },
    ]);
  });

  it('tabulates ratings per week, pairs not a fit, stalled pairs and ratings per pair', () => {
    const [weeks, notAFit, stalled, pairs] = view.tables;
    expect(weeks?.rows).toEqual([
      ['2027-W01', '4 Jan 2027', '2 (2)', '3 (2)'],
      ['2027-W03', '18 Jan 2027', '2 (1)', '3 (1)'],
      ['2027-W07', '15 Feb 2027', '4 (1)', '4 (1)'],
    ]);
    expect(notAFit?.rows).toEqual([['p2', 'Ana', 'Cat', '5 Jan 2027']]);
    expect(stalled?.rows).toEqual([
      ['p2', 'Ana', 'Cat', 'no meeting held since', '19 Jan 2027', 5],
      ['p3', 'Dan', 'Eve', 'first meeting overdue', '6 Jan 2027', 7],
      ['p6', 'Ivy', 'Jo', 'first meeting overdue', '11 Jan 2027', 7],
    ]);
    expect(pairs?.rows).toEqual([
      ['p1', 'Ana', 'Bob', '3 (3)', '3.7 (3)', 'good'],
      ['p2', 'Ana', 'Cat', '1 (1)', '2 (1)', 'not-a-fit'],
    ]);
    expect(ratingText({ count: 0, mean: null })).toBe('–');
  });

  it('says what to fill in when there are no ratings, and that nothing stalls without a date', () => {
    const empty = feedbackView(buildReport({ rota: [meetingRow('1', '2027-01-11', 'held')] }).feedback!, null);
    expect(empty.facts[0]).toBe('No ratings yet: fill in mentor_rating and mentee_rating (1–4) and fit (good, unsure, not-a-fit) in the rota.');
    expect(empty.facts[2]).toBe('No date was given for today, so no pair is counted as stalled.');
  });
});

describe('the feedback section in every format', () => {
  it('draws the ratings and fit as charts with a text alternative, and lists the stalled pairs, in HTML', () => {
    const html = renderReportHtml(model);
    expect(html).toContain('aria-label="Mean rating (of 4) per ISO week. 2027-W01: 2 Mentors, 3 Mentees; 2027-W03: 2 Mentors, 3 Mentees; 2027-W07: 4 Mentors, 4 Mentees"');
    expect(html).toContain('aria-label="Pairs by their latest fit. Good: 1; Unsure: 0; Not a fit: 1; Not given: 4"');
    expect(html).toContain('<caption>Stalled pairs (as of 1 Mar 2027)</caption>');
  });

  it('writes the same numbers in Markdown, on the terminal and in the sheets', () => {
    expect(renderReportMarkdown(model)).toContain('| p6 | Ivy | Jo | first meeting overdue | 11 Jan 2027 | 7 |');
    expect(renderReportTerminal(model)).toContain('── Feedback and fit ');
    const sheets = renderReportSheets(model);
    const rowsOf = (name: string) => sheets.find((s) => s.name === name)?.rows ?? [];
    expect(rowsOf('Feedback')).toContainEqual({ Part: 'Ratings', Item: 'Mentees', Count: 4, Mean: 3.3 });
    expect(rowsOf('Feedback')).toContainEqual({ Part: 'Week 2027-W01 (2027-01-04)', Item: 'Mentors', Count: 2, Mean: 2 });
    expect(rowsOf('Feedback per pair')[1]).toMatchObject({ Pair: 'p2', Fit: 'not-a-fit', 'Not a fit on': '2027-01-05', 'Last held': '2027-01-19', Stalled: 'yes' });
    expect(rowsOf('Stalled pairs').map((r) => [r.Pair, r.Why, r.Weeks])).toEqual([
      ['p2', 'no-meeting-held', 5],
      ['p3', 'first-meeting-overdue', 7],
      ['p6', 'first-meeting-overdue', 7],
    ]);
  });

  it('replaces the names of stalled pairs and their mentors by pseudonyms when redacted', () => {
    const redacted = buildReport({ rota: RATED_ROTA }, { today: RATED_TODAY, redact: true }).feedback!;
    expect(redacted.stalled.map((s) => [s.mentor.name, s.mentee.name, s.mentor.email])).toEqual([
      ['Mentor 1', 'Mentee 2', ''],
      ['Mentor 2', 'Mentee 3', ''],
      ['Mentor 4', 'Mentee 6', ''],
    ]);
    expect(redacted.mentorsAllStalled[0]?.mentor).toEqual({ name: 'Mentor 4', email: '' });
  });
});
