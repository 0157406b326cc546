import { createHash } from 'node:crypto';
import type { Stage } from '../stages.js';
import { CRITERIA } from './config.js';
import { describePair, pairFacts, sentence } from './explain.js';
import { compare } from './roster.js';
import * as R from './rules.js';
import { criterionScores, weightedTenths, type ScoreContext } from './score.js';
import { KEPT_NOTE } from './kept-note.js';
import type { MatchPair } from './types.js';

/** A pair to put on the Matches sheet, as person indices. */
export interface MadePair {
  mentor: number;
  mentee: number;
  kept: boolean;
}

/** What the Matches rows are built from. */
export interface PairRowsInput {
  rules: R.RuleContext;
  score: ScoreContext;
  stageOf: (person: number) => Stage | undefined;
}

const RULE_WORDS: Record<number, string> = {
  [R.RULE_CONSENT]: 'both consented',
  [R.RULE_PHASE]: 'a shared phase',
  [R.RULE_STAGE]: 'mentor at a higher stage',
  [R.RULE_IN_PERSON]: 'in-person meetings in one region',
  [R.RULE_ORGANISATION]: 'different organisations',
  [R.RULE_AVAILABILITY]: 'a common free time',
  [R.RULE_EXCLUDED]: 'not excluded',
};

/** A stable id for a pair: the same two people always get the same id. */
export function pairId(mentorId: string, menteeId: string): string {
  return `p-${createHash('sha256').update(`${mentorId}\n${menteeId}`).digest('hex').slice(0, 12)}`;
}

/** The Matches rows, sorted by mentor name then mentee name (ids break ties). */
export function pairRows(input: PairRowsInput, made: readonly MadePair[]): MatchPair[] {
  return made.map((pair) => pairRow(input, pair)).sort((a, b) => byNames(a, b));
}

function pairRow(input: PairRowsInput, { mentor: m, mentee: e, kept }: MadePair): MatchPair {
  const { roster } = input.rules;
  const parts = criterionScores(input.score, m, e);
  const facts = pairFacts(roster, m, e);
  const mentor = roster.people[m]!;
  const mentee = roster.people[e]!;
  // One organisation is a reason for the pair only when the scheme prefers it.
  const shown = { ...facts, sameOrganisation: facts.sameOrganisation && input.score.sameOrganisationIsLocal };
  let reasons = describePair(shown, input.stageOf(m), input.stageOf(e));
  if (kept) {
    const rule = R.firstFailingRule(input.rules, m, e);
    const broken = RULE_WORDS[rule];
    reasons = sentence([`${KEPT_NOTE}${broken ? ` (the rule "${broken}" does not hold)` : ''}`, reasons]);
  }
  const criterion = (name: (typeof CRITERIA)[number]) => Math.round(parts[CRITERIA.indexOf(name)]! * 100) / 100;
  const { region: _region, sameOrganisation: _same, viaAllThrough: _via, ...shared } = facts;
  return {
    pair_id: pairId(mentor.id, mentee.id),
    mentor_id: mentor.id,
    mentor_name: mentor.name,
    mentor_email: mentor.email,
    mentee_id: mentee.id,
    mentee_name: mentee.name,
    mentee_email: mentee.email,
    score: weightedTenths(input.score, parts) / 10,
    reasons,
    score_phase: criterion('phase'),
    score_subjects: criterion('subjects'),
    score_focus: criterion('focus'),
    score_availability: criterion('availability'),
    score_region: criterion('region'),
    score_stage: criterion('stage'),
    ...shared,
    kept,
  };
}

function byNames(a: MatchPair, b: MatchPair): number {
  return (
    compare(a.mentor_name.toLowerCase(), b.mentor_name.toLowerCase()) ||
    compare(a.mentor_id, b.mentor_id) ||
    compare(a.mentee_name.toLowerCase(), b.mentee_name.toLowerCase()) ||
    compare(a.mentee_id, b.mentee_id)
  );
}
