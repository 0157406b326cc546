import type { LoadSummary, MatchingSection } from '../core/report/model.js';
import { plural } from '../core/report/tally.js';
import { percent, personName } from './report-format.js';
import { limited, type SectionBody, type ViewTable } from './report-view-parts.js';

/** The matching section as facts and tables. */
export function matchingView(m: MatchingSection): SectionBody {
  const facts = [outcomeFact(m), `${plural(m.pairs, 'pair')}; ${m.kept} kept from an earlier match sheet.`];
  if (m.meanScore !== null) facts.push(`Mean score ${m.meanScore} out of 100, median ${m.medianScore}.`);
  if (m.blockingPairs !== null) {
    facts.push(`${plural(m.blockingPairs, 'blocking pair')} (a mentor and a mentee who would both rather have each other).`);
  }
  if (m.load) facts.push(loadFact(m.load));
  const tables: ViewTable[] = [];
  if (m.unmatchedByReason.length > 0) {
    tables.push({
      caption: 'Unmatched mentees by reason',
      columns: ['Reason', 'Mentees'],
      rows: m.unmatchedByReason.map((t) => [t.label, t.count]),
      barColumn: 1,
    });
  }
  if (m.scoreBins.length > 0) {
    tables.push({
      caption: 'Match scores (0–100)',
      columns: ['Score', 'Pairs'],
      rows: m.scoreBins.map((b) => [`${b.from}–${b.to}`, b.count]),
      barColumn: 1,
    });
  }
  if (m.criteria.length > 0) {
    tables.push({
      caption: 'How often each criterion was met',
      columns: ['Criterion', 'Pairs', 'Of', 'Share'],
      rows: m.criteria.map((c) => [c.label, c.met, c.of, percent(c.met, c.of)]),
      barColumn: 1,
    });
  }
  if (m.load) {
    const rows = m.load.rows.map((r) => [personName(r.mentor), r.capacity, r.assigned, r.free]);
    tables.push({ caption: 'Mentor load, most loaded first', columns: ['Mentor', 'Capacity', 'Assigned', 'Free'], ...limited(rows, 'mentors') });
  }
  return { facts, lists: [], tables };
}

function outcomeFact(m: MatchingSection): string {
  if (m.mentees === null || m.unmatched === null) {
    return `${plural(m.matched, 'mentee')} matched; who is left unmatched is not known (pass --unmatched or --roster).`;
  }
  const source = m.unmatchedFrom === 'roster' ? ' (roster mentees missing from the match sheet)' : '';
  return `${m.matched} of ${m.mentees} mentees matched (${percent(m.matched, m.mentees)}); ${m.unmatched} unmatched${source}.`;
}

function loadFact(load: LoadSummary): string {
  return (
    `Mentor places: ${load.assigned} of ${load.capacity} used (${percent(load.assigned, load.capacity)}) ` +
    `across ${plural(load.mentors, 'mentor')}: ${load.full} full, ${load.partly} with room, ` +
    `${load.unused} with no mentee yet, ${load.paused} not available (capacity 0 or no consent).`
  );
}
