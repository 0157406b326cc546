import type {
  MatchingSection,
  MeetingsSection,
  QualitySection,
  ReportModel,
  SideTally,
  SignupsSection,
  StatusCounts,
} from '../core/report/model.js';
import { recordOf } from '../core/record-of.js';
import type { Sheet } from '../io/sheet.js';
import { DIMENSION_LABELS, SECTION_TITLES, missingText } from './report-format.js';
import { feedbackSheets } from './report-sheets-feedback.js';
import type { ReportSheet, SheetCell } from './report-sheets-types.js';


/**
 * The report as sheets for the xlsx (or CSV/JSON) writers, one per section (mentor load and meetings per pair get
 * their own), with the model's numbers.
 */
export function renderReportSheets(model: ReportModel): Sheet[] {
  const sheets: ReportSheet[] = [summarySheet(model)];
  if (model.signups) sheets.push(signupsSheet(model.signups));
  if (model.supply) {
    sheets.push({
      name: 'Supply and demand',
      columns: ['Dimension', 'Value', 'Key', 'Mentees wanting', 'Free places', 'Matched', 'Shortfall'],
      rows: model.supply.rows.map((r) => [DIMENSION_LABELS[r.dimension], r.label, r.key, r.wanting, r.places, r.matched ?? '', r.shortfall]),
    });
  }
  if (model.matching) sheets.push(...matchingSheets(model.matching));
  if (model.meetings) sheets.push(...meetingSheets(model.meetings));
  if (model.feedback) sheets.push(...feedbackSheets(model.feedback));
  if (model.quality) sheets.push(qualitySheet(model.quality));
  return sheets.map(toSheet);
}

function toSheet({ name, columns, rows }: ReportSheet): Sheet {
  return { name, columns, rows: rows.map((row) => recordOf(columns, (_, i) => row[i] ?? '')) };
}

function summarySheet(model: ReportModel): ReportSheet {
  const rows: SheetCell[][] = [['Title', model.title, '']];
  if (model.today) rows.push(['As of', model.today, '']);
  rows.push(['Names and e-mails', model.redacted ? 'pseudonyms' : 'as given', '']);
  for (const s of model.sources) rows.push([`Rows in ${s.input}`, s.rows, '']);
  for (const f of model.keyFigures) rows.push([f.label, f.value, f.detail]);
  for (const m of model.missing) rows.push([SECTION_TITLES[m.section], missingText(m), '']);
  return { name: 'Summary', columns: ['Item', 'Value', 'Detail'], rows };
}

function sideRows(breakdown: string, tallies: readonly SideTally[]): SheetCell[][] {
  return tallies.map((t) => [breakdown, t.label, t.mentors, t.mentees, t.total]);
}

function signupsSheet(s: SignupsSection): ReportSheet {
  return {
    name: 'Sign-ups',
    columns: ['Breakdown', 'Value', 'Mentors', 'Mentees', 'People'],
    rows: [
      ['All', 'People signed up', '', '', s.people],
      ...s.byRole.map((t) => ['Role', t.label, '', '', t.count]),
      ...sideRows('Stage', s.byStage),
      ...sideRows('Phase', s.byPhase),
      ...sideRows('Region', s.byRegion),
    ],
  };
}

function matchingSheets(m: MatchingSection): ReportSheet[] {
  const rows: SheetCell[][] = [
    ['Outcome', 'Mentees matched', m.matched, m.mentees ?? ''],
    ['Outcome', 'Mentees unmatched', m.unmatched ?? '', m.mentees ?? ''],
    ['Outcome', 'Pairs', m.pairs, ''],
    ['Outcome', 'Pairs kept from an earlier match', m.kept, m.pairs],
    ['Outcome', 'Mean score', m.meanScore ?? '', 100],
    ['Outcome', 'Median score', m.medianScore ?? '', 100],
    ['Outcome', 'Blocking pairs', m.blockingPairs ?? '', ''],
    ...m.unmatchedByReason.map((t) => ['Unmatched by reason', t.label, t.count, m.unmatched ?? '']),
    ...m.scoreBins.map((b) => ['Score', `${b.from}–${b.to}`, b.count, m.pairs]),
    ...m.criteria.map((c) => ['Criterion met', c.label, c.met, c.of]),
  ];
  const sheets: ReportSheet[] = [{ name: 'Matching', columns: ['Part', 'Item', 'Count', 'Of'], rows }];
  if (m.load) {
    sheets.push({
      name: 'Mentor load',
      columns: ['Mentor', 'E-mail', 'Capacity', 'Assigned', 'Free'],
      rows: m.load.rows.map((r) => [r.mentor.name, r.mentor.email, r.capacity, r.assigned, r.free]),
    });
  }
  return sheets;
}

function meetingSheets(m: MeetingsSection): ReportSheet[] {
  return [
    {
      name: 'Meetings',
      columns: ['Week', 'Monday', ...STATUS_COLUMNS, 'Meetings'],
      rows: [
        ...m.byWeek.map((w) => [w.week, w.monday, ...statuses(w), w.held + w.scheduled + w.moved + w.cancelled + w.other]),
        ...(m.undated > 0 ? [['Undated', '', '', '', '', '', '', '', m.undated]] : []),
        ['All', '', ...statuses(m), m.total],
      ],
    },
    {
      name: 'Meetings per pair',
      columns: ['Pair', 'Mentor', 'Mentor e-mail', 'Mentee', 'Mentee e-mail', 'Meetings', ...STATUS_COLUMNS, 'Next'],
      rows: m.byPair.map((p) => [p.pairId, p.mentor.name, p.mentor.email, p.mentee.name, p.mentee.email, p.total, ...statuses(p), p.next]),
    },
  ];
}

function qualitySheet(q: QualitySection): ReportSheet {
  const rows: SheetCell[][] = [];
  if (q.warnings !== null) rows.push(['Warnings', 'All kinds', q.warnings]);
  for (const t of q.warningsByKind ?? []) rows.push(['Warnings', t.label, t.count]);
  if (q.rowsRejected !== null) rows.push(['Rejected rows', 'All reasons (distinct rows)', q.rowsRejected]);
  for (const t of q.rejectedByReason ?? []) rows.push(['Rejected rows', t.label, t.count]);
  if (q.duplicatesMerged !== null) rows.push(['Duplicates', 'Sign-ups merged', q.duplicatesMerged]);
  return { name: 'Data quality', columns: ['Part', 'Item', 'Count'], rows };
}

const STATUS_COLUMNS = ['Held', 'Scheduled', 'Moved', 'Cancelled', 'Other', 'Overdue'];

/** Status counts in the order of STATUS_COLUMNS. */
function statuses(c: StatusCounts): number[] {
  return [c.held, c.scheduled, c.moved, c.cancelled, c.other, c.overdue];
}
