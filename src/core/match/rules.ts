import type { MatchConfig } from './config.js';
import { MODE_IN_PERSON, MODE_ONLINE, type Roster } from './roster.js';
import { hasValue, sharedCount } from './sets.js';

/** The hard rules in the order unmatched reasons test them; a pair passing all gets RULE_PASS. */
export const RULE_SELF = 0;
export const RULE_CONSENT = 1;
export const RULE_PHASE = 2;
export const RULE_STAGE = 3;
export const RULE_IN_PERSON = 4;
export const RULE_ORGANISATION = 5;
export const RULE_AVAILABILITY = 6;
export const RULE_EXCLUDED = 7;
export const RULE_CAPACITY = 8;
export const RULE_PASS = 9;

/** What the pair rules read besides the roster. */
export interface RuleContext {
  roster: Roster;
  rules: MatchConfig['rules'];
  /** Exclusion keys, see `pairKey`. */
  excluded: ReadonlySet<number>;
  /** Places a mentor has left after kept pairs, by person index. */
  remaining: Int32Array;
}

/** A number naming the pair (mentor person `m`, mentee person `e`) among `n` people. */
export function pairKey(m: number, e: number, n: number): number {
  return m * n + e;
}

/**
 * The first hard rule mentor person `m` and mentee person `e` break, or RULE_PASS. A rule that
 * needs a value someone did not give (stage, phases, region, free times) does not block the pair.
 */
export function firstFailingRule(ctx: RuleContext, m: number, e: number): number {
  const { roster, rules } = ctx;
  if (m === e) return RULE_SELF;
  if (rules.consent && (roster.consent[m] === 0 || roster.consent[e] === 0)) return RULE_CONSENT;
  if (rules.phase === 'shared' && !phasesMeet(roster, m, e)) return RULE_PHASE;
  if (!stageAllows(roster, rules.minStageGap, m, e)) return RULE_STAGE;
  if (rules.inPersonSameRegion && !canMeet(roster, m, e)) return RULE_IN_PERSON;
  if (rules.sameOrganisation === 'forbid' && sameOrganisation(roster, m, e)) return RULE_ORGANISATION;
  if (rules.availability === 'required' && !slotsMeet(roster, m, e)) return RULE_AVAILABILITY;
  if (ctx.excluded.size > 0 && ctx.excluded.has(pairKey(m, e, roster.people.length))) return RULE_EXCLUDED;
  if (ctx.remaining[m]! <= 0) return RULE_CAPACITY;
  return RULE_PASS;
}

/** A shared phase; `all-through` shares with every phase. */
function phasesMeet(roster: Roster, a: number, b: number): boolean {
  const { phases, allThrough } = roster;
  if (phases.count[a] === 0 || phases.count[b] === 0) return true;
  if (hasValue(phases, a, allThrough) || hasValue(phases, b, allThrough)) return true;
  return sharedCount(phases, a, b) > 0;
}

/** The mentor's rank exceeds the mentee's by at least `minGap` (0 = off). */
function stageAllows(roster: Roster, minGap: number, m: number, e: number): boolean {
  if (minGap <= 0) return true;
  const gap = roster.rank[m]! - roster.rank[e]!;
  return Number.isNaN(gap) || gap >= minGap;
}

/** When either meets only in person: the other can meet in person, in the same region. */
function canMeet(roster: Roster, m: number, e: number): boolean {
  const modeM = roster.mode[m];
  const modeE = roster.mode[e];
  if (modeM !== MODE_IN_PERSON && modeE !== MODE_IN_PERSON) return true;
  if (modeM === MODE_ONLINE || modeE === MODE_ONLINE) return false;
  const regionM = roster.region[m]!;
  const regionE = roster.region[e]!;
  return regionM < 0 || regionE < 0 || regionM === regionE;
}

/** Both named the same organisation (normalised). */
function sameOrganisation(roster: Roster, m: number, e: number): boolean {
  const org = roster.organisation[m]!;
  return org >= 0 && org === roster.organisation[e];
}

/** A common free slot (true when either gave none). */
function slotsMeet(roster: Roster, m: number, e: number): boolean {
  const { slots } = roster;
  if (slots.count[m] === 0 || slots.count[e] === 0) return true;
  return sharedCount(slots, m, e) > 0;
}
