import type {
  FeedbackSection,
  MatchingSection,
  MeetingsSection,
  ReportModel,
  SectionKey,
  SideTally,
  SignupsSection,
  SupplySection,
} from '../core/report/model.js';
import { barChart, columnChart, type ChartSeries, type ChartSpec } from './report-html-charts.js';
import { escapeHtml } from './report-html-parts.js';
import { PALETTE } from './report-html-style.js';

/** How many bars a chart draws at most (the table under it has every row). */
const CHART_ROWS = 12;
/** The width of a chart that spans the page. */
const WIDE = 800;

/** The charts of one section, each an SVG in a captioned figure; none for a section without input or data. */
export function sectionFigures(model: ReportModel, key: SectionKey): string[] {
  return chartsOf(model, key).filter(Boolean);
}

function chartsOf(model: ReportModel, key: SectionKey): string[] {
  if (key === 'signups' && model.signups) return signupFigures(model.signups);
  if (key === 'supply' && model.supply) return supplyFigures(model.supply);
  if (key === 'matching' && model.matching) return matchingFigures(model.matching);
  if (key === 'meetings' && model.meetings) return meetingFigures(model.meetings);
  if (key === 'feedback' && model.feedback) return feedbackFigures(model.feedback);
  return [];
}

/** A captioned chart; '' for a chart with nothing to draw. */
function figure(spec: ChartSpec, chart: (spec: ChartSpec) => string): string {
  if (spec.rows.length === 0) return '';
  const wide = spec.width === WIDE ? ' class="wide"' : '';
  return `<figure id="${spec.id}"${wide}><figcaption>${escapeHtml(spec.title)}</figcaption>\n${chart(spec)}</figure>`;
}

function single(name: string, colour: string): ChartSeries {
  return { name, colour };
}

const SIDES = [
  { name: 'Mentors', colour: PALETTE.mentors },
  { name: 'Mentees', colour: PALETTE.mentees },
];

function sideChart(id: string, title: string, tallies: readonly SideTally[]): string {
  const rows = tallies.slice(0, CHART_ROWS).map((t) => ({ label: t.label, values: [t.mentors, t.mentees] }));
  // Side by side, not stacked: someone who both mentors and is mentored counts on each side, so a stack's total
  // would not be the people the table counts.
  return figure({ id, title, series: SIDES, rows, grouped: true }, barChart);
}

function signupFigures(s: SignupsSection): string[] {
  const roles = s.byRole.map((t) => ({ label: t.label, values: [t.count] }));
  return [
    figure({ id: 'chart-role', title: 'Sign-ups by role', series: [single('People', PALETTE.accent)], rows: roles }, barChart),
    sideChart('chart-stage', 'Sign-ups by career stage', s.byStage),
    sideChart('chart-phase', 'Sign-ups by phase', s.byPhase),
    sideChart('chart-region', `Sign-ups by region${s.byRegion.length > CHART_ROWS ? ` (top ${CHART_ROWS})` : ''}`, s.byRegion),
  ];
}

function supplyFigures(s: SupplySection): string[] {
  const rows = s.rows
    .map((r) => ({ label: `${r.label} (${r.dimension})`, values: [r.wanting - (r.matched ?? 0), r.places] }))
    .filter((r) => r.values.some((v) => v > 0))
    .slice(0, CHART_ROWS);
  const series = [
    { name: 'Mentees without a mentor', colour: PALETTE.waiting },
    { name: 'Free mentor places', colour: PALETTE.places },
  ];
  const title = 'Supply against demand, largest shortfall first';
  return [figure({ id: 'chart-supply', title, series, rows, grouped: true, width: WIDE }, barChart)];
}

function matchingFigures(m: MatchingSection): string[] {
  const figures: string[] = [];
  if (m.scoreBins.length > 0) {
    const rows = m.scoreBins.map((b) => ({ label: `${b.from}–${b.to}`, values: [b.count] }));
    const title = 'Match scores (pairs per 10 points)';
    figures.push(figure({ id: 'chart-scores', title, series: [single('Pairs', PALETTE.score)], rows }, columnChart));
  }
  if (m.criteria.length > 0) {
    const rows = m.criteria.map((c) => ({ label: c.label, values: [c.met] }));
    const title = `Criteria met (of ${m.pairs} pairs)`;
    figures.push(figure({ id: 'chart-criteria', title, series: [single('Pairs', PALETTE.mentors)], rows }, barChart));
  }
  return figures;
}

function meetingFigures(m: MeetingsSection): string[] {
  const withOther = m.other > 0;
  const series = [
    { name: 'Held', colour: PALETTE.held },
    { name: 'Scheduled', colour: PALETTE.scheduled },
    { name: 'Overdue', colour: PALETTE.overdue },
    { name: 'Moved', colour: PALETTE.moved },
    { name: 'Cancelled', colour: PALETTE.cancelled },
    ...(withOther ? [{ name: 'Other', colour: PALETTE.other }] : []),
  ];
  const oneYear = new Set(m.byWeek.map((w) => w.week.slice(0, 4))).size === 1;
  const rows = m.byWeek.map((w) => ({
    label: oneYear ? w.week.slice(5) : w.week,
    values: [w.held, w.scheduled - w.overdue, w.overdue, w.moved, w.cancelled, ...(withOther ? [w.other] : [])],
  }));
  if (rows.length === 0) return [];
  return [figure({ id: 'chart-weeks', title: 'Meetings per ISO week, by status', series, rows, width: WIDE }, columnChart)];
}

function feedbackFigures(f: FeedbackSection): string[] {
  const figures: string[] = [];
  if (f.byWeek.length > 0) {
    const rows = f.byWeek.slice(-CHART_ROWS).map((w) => ({ label: w.week, values: [w.mentor.mean ?? 0, w.mentee.mean ?? 0] }));
    const series = [
      { name: 'Mentors', colour: PALETTE.mentors },
      { name: 'Mentees', colour: PALETTE.mentees },
    ];
    const title = `Mean rating (of 4) per ISO week${f.byWeek.length > CHART_ROWS ? ` (last ${CHART_ROWS})` : ''}`;
    figures.push(figure({ id: 'chart-ratings', title, series, rows, grouped: true }, barChart));
  }
  if (f.byPair.length > 0) {
    const rows = f.fit.map((t) => ({ label: t.label, values: [t.count] }));
    figures.push(figure({ id: 'chart-fit', title: 'Pairs by their latest fit', series: [single('Pairs', PALETTE.accent)], rows }, barChart));
  }
  return figures;
}
