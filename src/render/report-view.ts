import {
  SECTION_KEYS,
  type QualitySection,
  type ReportModel,
  type SectionKey,
  type SideTally,
  type SignupsSection,
  type SupplySection,
} from '../core/report/model.js';
import { DIMENSION_LABELS, missingText, SECTION_TITLES } from './report-format.js';
import { feedbackView } from './report-view-feedback.js';
import { matchingView } from './report-view-matching.js';
import { limited, type SectionBody, type SectionView, type ViewTable } from './report-view-parts.js';
import { meetingsView } from './report-view-meetings.js';

export type { SectionView, ViewCell, ViewList, ViewTable } from './report-view-parts.js';

/** Every section in order, built or missing, for the markdown, terminal and HTML renderers. */
export function reportView(model: ReportModel): SectionView[] {
  return SECTION_KEYS.map((key) => {
    const missing = model.missing.find((m) => m.section === key);
    const body = (!missing && sectionBody(model, key)) || { facts: [], lists: [], tables: [] };
    // A table of an empty sheet has no rows to show; its zero is already in the facts.
    const tables = body.tables.filter((table) => table.rows.length > 0);
    return { key, title: SECTION_TITLES[key], missing: missing ? missingText(missing) : null, ...body, tables };
  });
}

function sectionBody(model: ReportModel, key: SectionKey): SectionBody | null {
  if (key === 'signups') return model.signups && signupsView(model.signups);
  if (key === 'supply') return model.supply && supplyView(model.supply);
  if (key === 'matching') return model.matching && matchingView(model.matching);
  if (key === 'meetings') return model.meetings && meetingsView(model.meetings, model.today);
  if (key === 'feedback') return model.feedback && feedbackView(model.feedback, model.today);
  return model.quality && qualityView(model.quality);
}

function sideTable(caption: string, first: string, tallies: readonly SideTally[]): ViewTable {
  return {
    caption,
    columns: [first, 'Mentors', 'Mentees', 'Total'],
    rows: tallies.map((t) => [t.label, t.mentors, t.mentees, t.total]),
    barColumn: 3,
  };
}

function signupsView(s: SignupsSection): SectionBody {
  const facts = [`${s.people} people signed up.`];
  if (s.duplicatesMerged !== null) facts.push(`${s.duplicatesMerged} repeated sign-ups merged into earlier ones.`);
  if (s.rowsRejected !== null) facts.push(`${s.rowsRejected} form rows rejected (see Data quality).`);
  return {
    facts,
    lists: [],
    tables: [
      { caption: 'People by role', columns: ['Role', 'People'], rows: s.byRole.map((t) => [t.label, t.count]), barColumn: 1 },
      sideTable('People by career stage', 'Stage', s.byStage),
      sideTable('People by phase (a person may work in several)', 'Phase', s.byPhase),
      sideTable('People by region', 'Region', s.byRegion),
    ],
  };
}

const PLACES_FROM: Record<SupplySection['placesFrom'], string> = {
  mentors: 'free places from the mentors sheet',
  'roster-less-matches': 'free places are roster capacity less the pairs in the match sheet',
  roster: 'places are roster capacity (no match sheet, so none counted as used)',
};

function supplyView(s: SupplySection): SectionBody {
  const rows = s.rows.map((r) => [DIMENSION_LABELS[r.dimension], r.label, r.wanting, r.places, r.matched ?? '–', r.shortfall]);
  return {
    facts: [
      `Mentees wanting each value against the free places of mentors offering it; ${PLACES_FROM[s.placesFrom]}. ` +
        'Shortfall is mentees without a mentor that no free place could take.',
    ],
    lists: s.recruit.length > 0 ? [{ title: 'Where to recruit', items: s.recruit }] : [],
    tables: [
      {
        caption: 'Supply and demand, largest shortfall first',
        columns: ['Dimension', 'Value', 'Wanting', 'Places', 'Matched', 'Shortfall'],
        ...limited(rows, 'values'),
      },
    ],
  };
}

function qualityView(q: QualitySection): SectionBody {
  const facts: string[] = [];
  if (q.warnings !== null) facts.push(`${q.warnings} import warnings.`);
  if (q.rowsRejected !== null) facts.push(`${q.rowsRejected} form rows rejected.`);
  if (q.duplicatesMerged !== null) facts.push(`${q.duplicatesMerged} repeated sign-ups merged.`);
  const tables: ViewTable[] = [];
  if (q.warningsByKind) {
    tables.push({ caption: 'Warnings by kind', columns: ['Kind', 'Warnings'], rows: q.warningsByKind.map((t) => [t.label, t.count]), barColumn: 1 });
  }
  if (q.rejectedByReason) {
    tables.push({
      caption: 'Rejected rows by reason (a row may have several)',
      columns: ['Reason', 'Rows'],
      rows: q.rejectedByReason.map((t) => [t.label, t.count]),
      barColumn: 1,
    });
  }
  return { facts, lists: [], tables };
}
