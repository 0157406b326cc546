import type { Stage } from '../stages.js';
import { list, titleCase } from './explain.js';
import { MODE_IN_PERSON, type Roster } from './roster.js';
import * as R from './rules.js';
import { hasValue } from './sets.js';
import type { UnmatchedCode, UnmatchedRow } from './types.js';

/** What the reasons are decided from. */
export interface UnmatchedInput {
  rules: R.RuleContext;
  /** By mentee side index: pairs passing the hard rules, and those at or above the minimum score. */
  candidates: Int32Array;
  eligible: Int32Array;
  /** By mentee side index: the mentor side index, or a negative number. */
  mentorOf: Int32Array;
  /** Person indices of mentees in kept pairs. */
  keptMentees: ReadonlySet<number>;
  /** By mentee side index: 1 when the mentee lost to better-scoring pairs, not to the count (see reachesFreePlace). */
  lostOnScore: Uint8Array;
  stageOf: (person: number) => Stage | undefined;
  config: { minScore: number };
}

/** A row for every mentee left without a mentor, then every mentor who cannot take anyone. */
export function unmatchedRows(input: UnmatchedInput): UnmatchedRow[] {
  const { roster, rules } = input.rules;
  const rows: UnmatchedRow[] = [];
  roster.mentees.forEach((e, i) => {
    if (input.mentorOf[i]! >= 0 || input.keptMentees.has(e)) return;
    const { code, reason, candidates } = menteeReason(input, i, e);
    rows.push({ ...identity(roster, e), role: 'mentee', reason, code, candidates });
  });
  for (const m of roster.mentors) {
    if (rules.consent && roster.consent[m] === 0) {
      rows.push({ ...identity(roster, m), role: 'mentor', code: 'no-consent', reason: NO_CONSENT, candidates: 0 });
    } else if (roster.capacity[m] === 0) {
      rows.push({ ...identity(roster, m), role: 'mentor', code: 'paused', reason: 'capacity 0 (paused)', candidates: 0 });
    }
  }
  return rows;
}

const NO_CONSENT = 'did not consent to sharing details';

interface Reason {
  code: UnmatchedCode;
  reason: string;
  candidates: number;
}

function menteeReason(input: UnmatchedInput, i: number, e: number): Reason {
  const { roster, rules } = input.rules;
  if (rules.consent && roster.consent[e] === 0) return { code: 'no-consent', reason: NO_CONSENT, candidates: 0 };
  const candidates = input.candidates[i]!;
  if (candidates === 0) return { ...emptyRowReason(input, e), candidates };
  const eligible = input.eligible[i]!;
  const mentors = eligible === 1 ? '1 possible mentor' : `${eligible} possible mentors`;
  if (eligible === 0) {
    const all = candidates === 1 ? '1 possible mentor, scoring' : `${candidates} possible mentors, all scoring`;
    return { code: 'below-min-score', reason: `${all} below the minimum score ${input.config.minScore}`, candidates };
  }
  if (input.lostOnScore[i]) {
    const taken = eligible === 1 ? 'taken by a better-scoring pair' : 'all taken by better-scoring pairs';
    return { code: 'taken-by-better', reason: `${mentors}, ${taken}`, candidates };
  }
  // No way to make room: every place of these mentors, and of the other mentors their mentees could have, is taken.
  const full = eligible === 1 ? 'full' : 'all full';
  return { code: 'needed-by-others', reason: `${mentors}, ${full}: more mentees can have them than they have places`, candidates };
}

/**
 * With no candidate: the rule that the mentors who come closest break (every mentor breaks some
 * rule; rules are tried in order, so the latest "first broken rule" names the last obstacle).
 */
function emptyRowReason(input: UnmatchedInput, e: number): Omit<Reason, 'candidates'> {
  const { roster, rules, remaining } = input.rules;
  let furthest = -1;
  let paused = 0;
  let full = 0;
  for (const m of roster.mentors) {
    if (m === e) continue;
    const rule = R.firstFailingRule(input.rules, m, e);
    furthest = Math.max(furthest, rule);
    if (rule === R.RULE_CAPACITY) {
      if (roster.capacity[m] === 0) paused += 1;
      else if (remaining[m]! <= 0) full += 1;
    }
  }
  const phases = roster.phases.count[e]! > 0 && !hasValue(roster.phases, e, roster.allThrough) ? phaseNames(roster, e) : [];
  const inPhase = rules.phase === 'shared' && phases.length > 0 ? ` in ${list(phases, 'or')}` : '';
  switch (furthest) {
    case -1:
    case R.RULE_SELF:
      return { code: 'no-mentors', reason: 'no mentors signed up' };
    case R.RULE_CONSENT:
      return { code: 'no-mentors', reason: 'no mentor consented to sharing details' };
    case R.RULE_PHASE:
      return { code: 'phase', reason: `no mentor shares phase ${list(phases, 'or')}` };
    case R.RULE_STAGE:
      return { code: 'stage', reason: `no mentor${inPhase} has ${stageWanted(input, e)}` };
    case R.RULE_IN_PERSON:
      return { code: 'in-person', reason: inPersonReason(roster, e, inPhase) };
    case R.RULE_ORGANISATION:
      return {
        code: 'organisation',
        reason: `every mentor who fits is at the same organisation (${roster.people[e]!.organisation.trim()})`,
      };
    case R.RULE_AVAILABILITY:
      return { code: 'availability', reason: 'no mentor who fits shares a free time' };
    case R.RULE_EXCLUDED:
      return { code: 'excluded', reason: 'every mentor who fits is on the exclusion list' };
    case R.RULE_CAPACITY:
      return {
        code: 'no-capacity',
        reason: `no mentor${inPhase} with free capacity (${paused + full} fit: ${paused} paused, ${full} full with kept pairs)`,
      };
    default:
      throw new Error(`internal: ${roster.people[e]!.id} has a mentor passing every rule but no candidate`);
  }
}

function stageWanted(input: UnmatchedInput, e: number): string {
  const gap = input.rules.rules.minStageGap;
  const label = input.stageOf(e)?.label ?? input.rules.roster.people[e]!.stage;
  return gap === 1 ? `a higher stage than ${label}` : `a stage at least ${gap} above ${label}`;
}

function inPersonReason(roster: Roster, e: number, inPhase: string): string {
  if (roster.mode[e] !== MODE_IN_PERSON) return `every mentor${inPhase} who fits meets only in person, in another region`;
  const region = roster.region[e]!;
  if (region < 0) return `no mentor${inPhase} can meet in person`;
  return `no mentor${inPhase} in the same region (${titleCase(roster.regions[region]!)}) for in-person meetings`;
}

function phaseNames(roster: Roster, e: number): string[] {
  return roster.phases.vocab.filter((_, v) => hasValue(roster.phases, e, v));
}

function identity(roster: Roster, p: number): { id: string; name: string; email: string } {
  const { id, name, email } = roster.people[p]!;
  return { id, name, email };
}
