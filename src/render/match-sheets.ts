import { EXCLUSION_COLUMNS, type ExclusionRow } from '../core/feedback/index.js';
import type { MatchConfig } from '../core/match/config.js';
import { methodText } from './match-summary.js';
import { rowBuffers, sortedRow } from '../core/match/pair-source.js';
import { progressCounter } from '../core/progress.js';
import { plural } from '../core/report/tally.js';
import type { MatchResult, ScoreTable } from '../core/match/types.js';
import type { Stage } from '../core/stages.js';
import type { OnProgress } from '../core/types.js';
import type { Sheet } from '../io/sheet.js';

/** The Matches sheet's columns: a contract `schedule`, `report` and other tools read. */
export const MATCH_COLUMNS = [
  'pair_id', 'mentor_id', 'mentor_name', 'mentor_email', 'mentee_id', 'mentee_name', 'mentee_email', 'score', 'reasons',
  'score_phase', 'score_subjects', 'score_focus', 'score_availability', 'score_region', 'score_stage',
  'shared_phases', 'shared_subjects', 'shared_focus', 'common_slots', 'mode', 'kept', 'group_id',
] as const;

/** What the Settings sheet records about a run, so a workbook explains itself later. */
export interface MatchSettings {
  config: MatchConfig;
  stages: readonly Stage[];
  configFile?: string;
  inputs: { file: string; rows: number; people: number }[];
  version: string;
  keep?: string;
  exclude?: string;
  excluded: number;
  /** The rota whose not-a-fit pairs were released. */
  rota?: string;
  /** Why some mentors meet their mentees together (`--groups`, the config, the roster), when any do. */
  groups?: string;
}

/** What a match run adds to the matcher's own sheets. */
export interface MatchSheetExtras {
  /** Pair id → group id, for pairs whose mentor meets their mentees together. */
  groupOf?: ReadonlyMap<string, string>;
  introductions?: Sheet;
  /** Pairs never to make, with the reason; a sheet `--exclude` reads back. */
  exclusions?: readonly ExclusionRow[];
}

/**
 * Every sheet of a match run, in workbook order: Matches, Unmatched, Mentors, Alternatives, Changes (when pairs
 * were kept), Introductions, Exclusions (when there are any), Settings.
 */
export function matchSheets(result: MatchResult, settings: MatchSettings, extras: MatchSheetExtras = {}): Sheet[] {
  const groupOf = extras.groupOf ?? new Map<string, string>();
  const sheets: Sheet[] = [
    { name: 'Matches', columns: [...MATCH_COLUMNS], rows: result.pairs.map((p) => ({ ...p, group_id: groupOf.get(p.pair_id) ?? '' })) },
    {
      name: 'Unmatched',
      columns: ['id', 'name', 'email', 'role', 'reason', 'candidates'],
      rows: result.unmatched.map(({ code: _code, ...row }) => row),
    },
    { name: 'Mentors', columns: ['mentor_id', 'name', 'email', 'capacity', 'assigned', 'free'], rows: result.mentors.map((m) => ({ ...m })) },
    {
      name: 'Alternatives',
      columns: ['mentee_id', 'mentee_name', 'rank', 'mentor_id', 'mentor_name', 'mentor_email', 'score', 'why_not'],
      rows: result.alternatives.map((a) => ({ ...a })),
    },
  ];
  if (result.changes.length > 0) {
    sheets.push({
      name: 'Changes',
      columns: ['change', 'mentor_email', 'mentor_name', 'mentee_email', 'mentee_name', 'reason'],
      rows: result.changes.map((c) => ({ ...c })),
    });
  }
  if (extras.introductions) sheets.push(extras.introductions);
  if (extras.exclusions && extras.exclusions.length > 0) {
    sheets.push({ name: 'Exclusions', columns: [...EXCLUSION_COLUMNS], rows: extras.exclusions.map((e) => ({ ...e })) });
  }
  sheets.push(settingsSheet(result, settings));
  return sheets;
}

/** The `--scores` sheet: every pair passing the hard rules, for checking optimality with another solver. */
export function scoresSheet(result: MatchResult): Sheet {
  return { ...SCORES_SHEET, rows: [...scoreRows(result.scores)] };
}

/** The Scores sheet's name and columns. */
export const SCORES_SHEET = { name: 'Scores', columns: ['mentor_id', 'mentee_id', 'score'] };

/**
 * Every candidate pair as a Scores row, mentee by mentee and each mentee's in mentor order, made as they are read.
 * `onProgress` is told how many mentees' rows have gone (phase `phase`), and that all have at the end.
 */
export function* scoreRows(scores: ScoreTable, onProgress?: OnProgress, phase = 'writing the scores'): Generator<Record<string, string | number>> {
  const { source } = scores;
  const buffer = rowBuffers(source);
  const progress = progressCounter(phase, source.menteeCount, onProgress);
  for (let i = 0; i < source.menteeCount; i += 1) {
    const count = sortedRow(source, i, buffer);
    for (let x = 0; x < count; x += 1) {
      yield { mentor_id: scores.mentorIds[buffer.mentor[x]!]!, mentee_id: scores.menteeIds[i]!, score: buffer.tenths[x]! / 10 };
    }
    progress.tick();
  }
  progress.finish();
}

function settingsSheet(result: MatchResult, s: MatchSettings): Sheet {
  const rows: { setting: string; value: string }[] = [];
  const add = (setting: string, value: unknown) => rows.push({ setting, value: typeof value === 'string' ? value : JSON.stringify(value) });
  add('edumentor version', s.version);
  add('algorithm', s.config.algorithm);
  add('objective', s.config.objective);
  add('minimum score', s.config.minScore);
  for (const [criterion, weight] of Object.entries(s.config.weights)) add(`weight: ${criterion}`, weight);
  for (const [rule, value] of Object.entries(s.config.rules)) add(`rule: ${rule}`, value);
  add('ideal stage gap', `${s.config.idealStageGap.min}–${s.config.idealStageGap.max}`);
  add('stage ladder', s.stages.map((st) => `${st.slug} ${st.rank}`).join(', '));
  add('config file', s.configFile ?? '(none: defaults)');
  for (const input of s.inputs) add(`input: ${input.file}`, `${input.rows} rows, ${input.people} people`);
  if (s.keep) add('kept pairs from', s.keep);
  if (s.exclude) add('exclusions from', s.exclude);
  if (s.excluded > 0) add('exclusions', `${plural(s.excluded, 'pair')} never to be made (see the Exclusions sheet)`);
  if (s.rota) add('not-a-fit pairs released from', s.rota);
  if (s.groups) add('group meetings', s.groups);
  add('candidate pairs', result.candidatePairs);
  add('blocking pairs', result.blockingPairs);
  add('method', methodText(result.summary));
  return { name: 'Settings', columns: ['setting', 'value'], rows };
}
