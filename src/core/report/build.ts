import { UsageError } from '../../errors.js';
import { DEFAULT_STAGES } from '../stages.js';
import { INPUT_KEYS, type ReportInput, type ReportOptions } from './input.js';
import { isoDate } from './iso-week.js';
import { buildFeedback } from './feedback.js';
import { keyFigures } from './key-figures.js';
import { buildMatching } from './matching.js';
import { buildMeetings } from './meetings.js';
import type { MissingSection, ReportModel } from './model.js';
import { mentorPlaces, unavailableMentors } from './places.js';
import { pseudonymsFor } from './pseudonyms.js';
import { buildQuality, rejectedRows } from './quality.js';
import { redactModel } from './redact.js';
import { readRoster, ROSTER_PHASE } from './roster.js';
import { buildSignups } from './signups.js';
import { DEFAULT_STALLED_WEEKS } from './stalled.js';
import { buildSupply } from './supply.js';

/** The title used when the options give none. */
export const DEFAULT_TITLE = 'Mentoring scheme report';

/** Builds the report from whichever sheets were given; a section whose inputs are absent is null and listed in `missing`. */
export function buildReport(input: ReportInput, options: ReportOptions = {}): ReportModel {
  const { onProgress } = options;
  const today = options.today === undefined ? null : checkedToday(options.today);
  const roster = input.roster ? readRoster(input.roster, onProgress) : null;
  const places = mentorPlaces(roster, input.matches, input.mentors, unavailableMentors(input.unmatched));
  const signups = roster
    ? buildSignups(roster, options.stages ?? DEFAULT_STAGES, {
        duplicatesMerged: input.duplicates ? input.duplicates.length : null,
        rowsRejected: input.rejected ? rejectedRows(input.rejected) : null,
      })
    : null;
  const supply = roster && places ? buildSupply(roster, input.matches, places) : null;
  if (roster) onProgress?.(ROSTER_PHASE, roster.length, roster.length);
  const hasQuality = Boolean(input.warnings ?? input.rejected ?? input.duplicates);
  const sections = {
    signups,
    supply,
    matching: input.matches
      ? buildMatching({ matches: input.matches, unmatched: input.unmatched, roster, places, summary: input.matchSummary })
      : null,
    meetings: input.rota ? buildMeetings(input.rota, today, onProgress) : null,
    feedback: input.rota ? buildFeedback(input.rota, today, options.stalledWeeks ?? DEFAULT_STALLED_WEEKS, onProgress) : null,
    quality: hasQuality
      ? buildQuality({ warnings: input.warnings, rejected: input.rejected, duplicates: input.duplicates })
      : null,
  };
  const model: ReportModel = {
    title: options.title?.trim() || DEFAULT_TITLE,
    today,
    redacted: false,
    sources: INPUT_KEYS.flatMap((key) => (input[key] ? [{ input: key, rows: input[key].length }] : [])),
    missing: missingSections(sections),
    keyFigures: keyFigures({ ...sections, today }),
    ...sections,
  };
  return options.redact ? redactModel(model, pseudonymsFor(input)) : model;
}

const NEEDS: readonly MissingSection[] = [
  { section: 'signups', needs: ['roster'] },
  { section: 'supply', needs: ['roster'] },
  { section: 'matching', needs: ['matches'] },
  { section: 'meetings', needs: ['rota'] },
  { section: 'feedback', needs: ['rota'] },
  { section: 'quality', needs: ['warnings', 'rejected', 'duplicates'] },
];

function missingSections(sections: Pick<ReportModel, MissingSection['section']>): MissingSection[] {
  return NEEDS.filter(({ section }) => sections[section] === null);
}

function checkedToday(text: string): string {
  const date = isoDate(text);
  if (date === null || date !== text.trim()) {
    throw new UsageError(`Expected today's date as YYYY-MM-DD (e.g. 2027-02-15) but found "${text}"; pass a real ISO date.`);
  }
  return date;
}
