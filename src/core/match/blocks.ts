import { MODE_IN_PERSON, type Roster } from './roster.js';
import type { RuleContext } from './rules.js';
import { hasValue } from './sets.js';

/** Mentors in one block, sorted by stage rank (unknown last) so a stage cut is a binary search. */
export interface Block {
  mentors: Int32Array;
  rankKey: Float64Array;
}

/** Open mentors (consented, places left) grouped so no mentee looks at every mentor. */
export interface Blocks {
  all: Block;
  /** Mentors with no phase or with `all-through`: they share a phase with anyone. */
  anyPhase: Block;
  byPhase: Block[];
  noRegion: Block;
  byRegion: Block[];
}

/**
 * Blocks of the mentors that can take someone (and, given `only`, are marked in it by side
 * index): by phase, and by region for in-person mentees.
 */
export function buildBlocks(ctx: RuleContext, only?: Uint8Array): Blocks {
  const { roster } = ctx;
  const open: number[] = [];
  roster.mentors.forEach((p, j) => {
    if (ctx.remaining[p]! > 0 && (!ctx.rules.consent || roster.consent[p] === 1) && (!only || only[j])) open.push(j);
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

/** The blocks that hold every possible mentor of mentee person `e` (a mentor may sit in several). */
export function blocksFor(ctx: RuleContext, blocks: Blocks, e: number): Block[] {
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

/** Where a block's mentors start to be at least `rank` (mentors of unknown stage come last, always in). */
export function firstAtRank(block: Block, rank: number): number {
  const sorted = block.rankKey;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < rank) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
