import { MODE_IN_PERSON, type Roster } from './roster.js';
import { firstFailingRule, RULE_PASS, type RuleContext } from './rules.js';
import { scoreTenths, type ScoreContext } from './score.js';
import { hasValue } from './sets.js';
import type { CandidateTable } from './types.js';

/** Mentors in one block, sorted by stage rank (unknown last) so a stage cut is a binary search. */
interface Block {
  mentors: Int32Array;
  rankKey: Float64Array;
}

/** What candidate generation needs. */
export interface CandidateInput {
  rules: RuleContext;
  score: ScoreContext;
  /** By mentee side index: 1 when the mentee is to be matched now (consented, not kept). */
  menteeOpen: Uint8Array;
  minTenths: number;
  onProgress?: (phase: string, done: number, total: number) => void;
}

/**
 * Every pair passing the hard rules, scored. Mentors are blocked by phase (or by region for
 * in-person mentees) and sorted by stage rank inside a block, so no mentee looks at every mentor.
 */
export function buildCandidates(input: CandidateInput): CandidateTable {
  const { roster } = input.rules;
  const blocks = buildBlocks(input.rules);
  const nMentees = roster.mentees.length;
  const rowStart = new Int32Array(nMentees + 1);
  let mentor = new Int32Array(1024);
  let tenths = new Uint16Array(1024);
  let size = 0;
  const seen = new Int32Array(roster.mentors.length).fill(-1);
  const buffer = new Int32Array(roster.mentors.length);
  for (let i = 0; i < nMentees; i += 1) {
    const row = input.menteeOpen[i] ? buffer.subarray(0, collectRow(input.rules, blocks, i, seen, buffer)).sort() : buffer.subarray(0, 0);
    if (size + row.length > mentor.length) {
      const grown = Math.max(mentor.length * 2, size + row.length);
      mentor = grow(mentor, new Int32Array(grown));
      tenths = grow(tenths, new Uint16Array(grown));
    }
    const e = roster.mentees[i]!;
    for (const j of row) {
      mentor[size] = j;
      tenths[size] = scoreTenths(input.score, roster.mentors[j]!, e);
      size += 1;
    }
    rowStart[i + 1] = size;
    if (input.onProgress && ((i + 1) % 1024 === 0 || i + 1 === nMentees)) input.onProgress('candidates', i + 1, nMentees);
  }
  return {
    menteeIds: Array.from(roster.mentees, (p) => roster.people[p]!.id),
    mentorIds: Array.from(roster.mentors, (p) => roster.people[p]!.id),
    rowStart,
    mentor: mentor.slice(0, size),
    tenths: tenths.slice(0, size),
    minTenths: input.minTenths,
  };
}

interface Blocks {
  all: Block;
  /** Mentors with no phase or with `all-through`: they share a phase with anyone. */
  anyPhase: Block;
  byPhase: Block[];
  noRegion: Block;
  byRegion: Block[];
}

function buildBlocks(ctx: RuleContext): Blocks {
  const { roster } = ctx;
  const open: number[] = [];
  roster.mentors.forEach((p, j) => {
    if (ctx.remaining[p]! > 0 && (!ctx.rules.consent || roster.consent[p] === 1)) open.push(j);
  });
  const block = (test: (p: number) => boolean) => makeBlock(roster, open.filter((j) => test(roster.mentors[j]!)));
  const { phases, allThrough } = roster;
  const anyPhase = (p: number) => phases.count[p] === 0 || hasValue(phases, p, allThrough);
  return {
    all: makeBlock(roster, open),
    anyPhase: block(anyPhase),
    byPhase: phases.vocab.map((_, v) => block((p) => !anyPhase(p) && hasValue(phases, p, v))),
    noRegion: block((p) => roster.region[p]! < 0),
    byRegion: roster.regions.map((_, r) => block((p) => roster.region[p] === r)),
  };
}

function makeBlock(roster: Roster, sideIndices: number[]): Block {
  const key = (j: number) => {
    const rank = roster.rank[roster.mentors[j]!]!;
    return Number.isNaN(rank) ? Infinity : rank;
  };
  const sorted = [...sideIndices].sort((a, b) => key(a) - key(b) || a - b);
  return { mentors: Int32Array.from(sorted), rankKey: Float64Array.from(sorted, key) };
}

/** The blocks that hold every possible mentor of mentee side index `i`. */
function blocksFor(ctx: RuleContext, blocks: Blocks, e: number): Block[] {
  const { roster, rules } = ctx;
  const region = roster.region[e]!;
  if (rules.inPersonSameRegion && roster.mode[e] === MODE_IN_PERSON && region >= 0) {
    return [blocks.byRegion[region]!, blocks.noRegion];
  }
  const { phases } = roster;
  if (rules.phase === 'shared' && phases.count[e]! > 0 && !hasValue(phases, e, roster.allThrough)) {
    const out = [blocks.anyPhase];
    blocks.byPhase.forEach((b, v) => {
      if (hasValue(phases, e, v)) out.push(b);
    });
    return out;
  }
  return [blocks.all];
}

/** Writes mentee side index `i`'s candidate mentors into `row`; returns how many. */
function collectRow(ctx: RuleContext, blocks: Blocks, i: number, seen: Int32Array, row: Int32Array): number {
  const { roster } = ctx;
  const e = roster.mentees[i]!;
  const minRank = roster.rank[e]! + ctx.rules.minStageGap;
  const cut = ctx.rules.minStageGap > 0 && !Number.isNaN(minRank);
  let count = 0;
  for (const block of blocksFor(ctx, blocks, e)) {
    for (let k = cut ? lowerBound(block.rankKey, minRank) : 0; k < block.mentors.length; k += 1) {
      const j = block.mentors[k]!;
      if (seen[j] === i) continue;
      seen[j] = i;
      if (firstFailingRule(ctx, roster.mentors[j]!, e) === RULE_PASS) row[count++] = j;
    }
  }
  return count;
}

function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function grow<T extends Int32Array | Uint16Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
