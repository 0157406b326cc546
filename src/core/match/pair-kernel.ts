import { blocksFor, buildBlocks, firstAtRank, type Block, type Blocks } from './blocks.js';
import type { PairSource } from './pair-source.js';
import { MODE_IN_PERSON, MODE_ONLINE, type Roster } from './roster.js';
import { firstFailingRule, pairKey, RULE_PASS, type RuleContext } from './rules.js';
import { scoreTenths, SLOTS_FOR_FULL_SCORE, stageScore, type ScoreContext } from './score.js';
import { popcount } from './sets.js';

/** What the pairs of a roster are enumerated from. */
export interface RosterPairsInput {
  rules: RuleContext;
  score: ScoreContext;
  /** By mentee side index: 1 when the mentee is to be matched now (consented, not kept). */
  menteeOpen: Uint8Array;
  /** By mentor side index: 1 for the mentors to pair with (default: all). */
  mentorSubset?: Uint8Array;
}

/**
 * The roster's pairs passing the hard rules, scored, computed afresh for each mentee. Blocks and a
 * stage cut settle phase, stage, consent and capacity for whole groups of mentors; the other
 * rules and the score are bit operations on typed arrays. The result is the same as
 * `firstFailingRule` and `scoreTenths` pair by pair (the tests hold it to that).
 */
export function rosterPairs(input: RosterPairsInput): PairSource {
  const blocks = buildBlocks(input.rules, input.mentorSubset);
  const { roster } = input.rules;
  const oneWord = [roster.phases, roster.subjects, roster.focus, roster.slots].every((c) => c.words === 1);
  return {
    menteeCount: roster.mentees.length,
    mentorCount: roster.mentors.length,
    maxRow: blocks.all.mentors.length,
    row: oneWord ? oneWordRow(input, blocks) : anyWordsRow(input, blocks),
    restrict: (mentors) => rosterPairs({ ...input, mentorSubset: input.mentorSubset ? mentors.map((x, j) => x & input.mentorSubset![j]!) : mentors }),
  };
}

type Row = PairSource['row'];

/** The general case (a vocabulary of more than 32 values): rule by rule, score by score. */
function anyWordsRow(input: RosterPairsInput, blocks: Blocks): Row {
  const { rules: ctx, score, menteeOpen } = input;
  const { mentors, mentees } = ctx.roster;
  const seen = new Int32Array(mentors.length).fill(-1);
  let stamp = 0;
  return (i, mentorOut, tenthsOut) => {
    if (!menteeOpen[i]) return 0;
    stamp += 1;
    const e = mentees[i]!;
    let count = 0;
    for (const block of blocksFor(ctx, blocks, e)) {
      for (let k = stageStart(ctx, block, e); k < block.mentors.length; k += 1) {
        const j = block.mentors[k]!;
        if (seen[j] === stamp) continue;
        seen[j] = stamp;
        const m = mentors[j]!;
        if (firstFailingRule(ctx, m, e) !== RULE_PASS) continue;
        mentorOut[count] = j;
        tenthsOut[count] = scoreTenths(score, m, e);
        count += 1;
      }
    }
    return count;
  };
}

function stageStart(ctx: RuleContext, block: Blocks['all'], e: number): number {
  const minRank = ctx.roster.rank[e]! + ctx.rules.minStageGap;
  return ctx.rules.minStageGap > 0 && !Number.isNaN(minRank) ? firstAtRank(block, minRank) : 0;
}

/**
 * Every set in one 32-bit word (the usual case): the rules and the score inline. Blocks already
 * hold only consenting mentors with places, and the stage cut leaves only mentors far enough above.
 * Each block's mentors are packed into one array, a mentor's fields side by side in block order, so
 * the loop reads memory in sequence; each mentee's score terms are looked up in small tables made
 * once per row.
 */
function oneWordRow(input: RosterPairsInput, blocks: Blocks): Row {
  const { rules: ctx, score, menteeOpen } = input;
  const { roster, rules } = ctx;
  const codes = rankCodes(roster);
  const packed = new Map<Block, Int32Array>();
  for (const block of allBlocks(blocks)) packed.set(block, packBlock(roster, block, codes.code));
  const terms = new MenteeTerms(score, codes.ranks);
  const allBit = roster.allThrough >= 0 ? 1 << roster.allThrough : 0;
  const checkPhase = rules.phase === 'shared';
  const forbidOrganisation = rules.sameOrganisation === 'forbid';
  const needSlot = rules.availability === 'required';
  const inPersonRule = rules.inPersonSameRegion;
  const { excluded } = ctx;
  const anyExcluded = excluded.size > 0;
  const people = roster.people.length;
  const { weightSum, sameOrganisationIsLocal } = score;
  const [w0, , , , w4] = Array.from(score.weights);
  const seen = new Int32Array(roster.mentors.length).fill(-1);
  let stamp = 0;
  return (i, mentorOut, tenthsOut) => {
    const e = roster.mentees[i]!;
    if (!menteeOpen[i] || (rules.consent && roster.consent[e] === 0)) return 0;
    stamp += 1;
    terms.load(e);
    const { subjectTerm, focusTerm, slotTerm, stageTerm } = terms;
    const pe = roster.phases.bits[e]!;
    const se = roster.subjects.bits[e]!;
    const fe = roster.focus.bits[e]!;
    const le = roster.slots.bits[e]!;
    const re = roster.region[e]!;
    const oe = roster.organisation[e]!;
    const me = roster.mode[e]!;
    const phaseBoth = w0! * 1;
    const phaseHalf = w0! * 0.5;
    const eitherInPerson = me === MODE_IN_PERSON;
    const meOnline = me === MODE_ONLINE;
    const list = blocksFor(ctx, blocks, e);
    // Blocks overlap only when a mentee names two phases a mentor shares; then a mentor may come twice.
    const dedupe = list.length > 2;
    let count = 0;
    for (const block of list) {
      const fields = packed.get(block)!;
      for (let at = stageStart(ctx, block, e) * STRIDE; at < fields.length; at += STRIDE) {
        const j = fields[at + SIDE]!;
        if (dedupe) {
          if (seen[j] === stamp) continue;
          seen[j] = stamp;
        }
        const m = fields[at + PERSON]!;
        if (m === e) continue;
        const pm = fields[at + PHASES]!;
        if (checkPhase && pm !== 0 && pe !== 0 && ((pm | pe) & allBit) === 0 && (pm & pe) === 0) continue;
        const rm = fields[at + REGION]!;
        if (inPersonRule) {
          const mm = fields[at + MODE]!;
          if ((mm === MODE_IN_PERSON || eitherInPerson) && (mm === MODE_ONLINE || meOnline || (rm >= 0 && re >= 0 && rm !== re))) continue;
        }
        const om = fields[at + ORGANISATION]!;
        if (forbidOrganisation && om >= 0 && om === oe) continue;
        const lm = fields[at + SLOTS]!;
        const shared = lm & le;
        if (needSlot && shared === 0 && lm !== 0 && le !== 0) continue;
        if (anyExcluded && excluded.has(pairKey(m, e, people))) continue;
        // The same products added in the same order as weightedTenths, so the same rounding.
        let sum = (pm & pe) !== 0 ? phaseBoth : pm === 0 || pe === 0 ? 0 : ((pm | pe) & allBit) !== 0 ? phaseHalf : 0;
        sum += subjectTerm[popcount(fields[at + SUBJECTS]! & se)]!;
        sum += focusTerm[popcount(fields[at + FOCUS]! & fe)]!;
        sum += slotTerm[popcount(shared)]!;
        sum += (rm >= 0 && rm === re) || (sameOrganisationIsLocal && om >= 0 && om === oe) ? w4! : 0;
        sum += stageTerm[fields[at + RANK_CODE]!]!;
        mentorOut[count] = j;
        tenthsOut[count] = Math.round((1000 * sum) / weightSum);
        count += 1;
      }
    }
    return count;
  };
}

/** Where each field of a mentor sits among its STRIDE numbers in a packed block. */
const SIDE = 0;
const PERSON = 1;
const PHASES = 2;
const SUBJECTS = 3;
const FOCUS = 4;
const SLOTS = 5;
const REGION = 6;
const ORGANISATION = 7;
const MODE = 8;
const RANK_CODE = 9;
const STRIDE = 10;

function allBlocks(blocks: Blocks): Block[] {
  return [blocks.all, blocks.anyPhase, ...blocks.byPhase, blocks.noRegion, ...blocks.byRegion];
}

/**
 * A block's mentors, in block order, as STRIDE numbers each: side index, person, the set words (read as
 * int32, which leaves their bits as they are), region, organisation, mode and rank code.
 */
function packBlock(roster: Roster, block: Block, rankCode: (p: number) => number): Int32Array {
  const fields = new Int32Array(block.mentors.length * STRIDE);
  block.mentors.forEach((j, k) => {
    const m = roster.mentors[j]!;
    const at = k * STRIDE;
    fields[at + SIDE] = j;
    fields[at + PERSON] = m;
    fields[at + PHASES] = roster.phases.bits[m]!;
    fields[at + SUBJECTS] = roster.subjects.bits[m]!;
    fields[at + FOCUS] = roster.focus.bits[m]!;
    fields[at + SLOTS] = roster.slots.bits[m]!;
    fields[at + REGION] = roster.region[m]!;
    fields[at + ORGANISATION] = roster.organisation[m]!;
    fields[at + MODE] = roster.mode[m]!;
    fields[at + RANK_CODE] = rankCode(m);
  });
  return fields;
}

/** Each distinct stage rank as a small number (unknown ranks share one), so stage scores come from a table. */
function rankCodes(roster: Roster): { ranks: number[]; code: (p: number) => number } {
  const ranks = [NaN, ...new Set(Array.from(roster.rank).filter((r) => !Number.isNaN(r)))];
  const index = new Map(ranks.map((r, c) => [r, c]));
  return { ranks, code: (p) => (Number.isNaN(roster.rank[p]) ? 0 : index.get(roster.rank[p]!)!) };
}

/** One mentee's weighted score terms by shared count (subjects, focus, free times) and by the mentor's rank code. */
class MenteeTerms {
  readonly subjectTerm = new Float64Array(33);
  readonly focusTerm = new Float64Array(33);
  readonly slotTerm = new Float64Array(33);
  readonly stageTerm: Float64Array;
  constructor(
    private readonly score: ScoreContext,
    private readonly ranks: number[],
  ) {
    this.stageTerm = new Float64Array(this.ranks.length);
    for (let c = 0; c <= 32; c += 1) this.slotTerm[c] = score.weights[3]! * (Math.min(c, SLOTS_FOR_FULL_SCORE) / SLOTS_FOR_FULL_SCORE);
  }

  /** Fills the tables for mentee person `e`: the same products criterionScores and weightedTenths make. */
  load(e: number): void {
    const { roster, weights, idealGap } = this.score;
    const wantS = roster.subjects.count[e]!;
    const wantF = roster.focus.count[e]!;
    for (let c = 0; c <= 32; c += 1) {
      this.subjectTerm[c] = weights[1]! * (wantS === 0 ? 0 : c / wantS);
      this.focusTerm[c] = weights[2]! * (wantF === 0 ? 0 : c / wantF);
    }
    this.ranks.forEach((rank, c) => (this.stageTerm[c] = weights[5]! * stageScore(rank - roster.rank[e]!, idealGap)));
  }
}
