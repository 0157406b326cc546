import type { ChalkInstance } from 'chalk';
import type { MatchResult, Optimality } from '../core/match/types.js';

/** The match summary as a machine-readable object (`--json`). */
export function matchSummaryJson(result: MatchResult) {
  return { ...result.summary, changes: countChanges(result) };
}

/** The match summary for stderr: matched of total, mentors used, mean score, blocking pairs, unmatched by reason. */
export function renderMatchSummary(result: MatchResult, colour: ChalkInstance): string {
  const s = result.summary;
  const lines = [
    colour.bold(`${s.matched} of ${s.mentees} mentees matched`) + ` (${methodText(s)}; ${s.candidatePairs} candidate pairs)`,
    `mentors used: ${s.mentorsUsed} of ${s.mentors}; places free: ${s.placesFree} of ${s.places}`,
    `mean score: ${s.meanScore ?? '–'}; total score: ${s.totalScore}; blocking pairs: ${s.blockingPairs}`,
  ];
  if (s.optimality && !s.optimality.proven) lines.push(colour.yellow(unprovenText(s.optimality)));
  const changes = countChanges(result);
  if (changes) lines.push(`since the kept sheet: ${changes.kept} kept, ${changes.released} released, ${changes.new} new`);
  if (s.unmatchedByReason.length > 0) {
    lines.push(colour.yellow('not matched:'));
    for (const r of s.unmatchedByReason) lines.push(`  ${String(r.count).padStart(4)} ${r.label}`);
  }
  return `${lines.join('\n')}\n`;
}

/** How the pairs were chosen, and whether the result is proven the best. */
export function methodText(s: MatchResult['summary']): string {
  if (s.algorithm === 'stable' || !s.optimality) return 'stable matching';
  return s.optimality.proven ? `exact, ${s.objective}, proven optimal` : `${s.objective}, not proven optimal`;
}

function unprovenText(o: Optimality): string {
  const pairs = o.morePairsAtMost === null ? '' : `at most ${o.morePairsAtMost} more pairs and `;
  return `not proven optimal after ${o.rounds} rounds: a better matching could have ${pairs}at most ${o.morePointsAtMost} more score points`;
}

/** The pairs as a readable table for a terminal `width` columns wide. */
export function renderMatchTable(result: MatchResult, width: number, colour: ChalkInstance): string {
  const rows = result.pairs.map((p) => [p.mentee_name, p.mentor_name, p.score.toFixed(1), p.reasons]);
  const head = ['Mentee', 'Mentor', 'Score', 'Why'];
  const widths = [0, 1, 2].map((i) => Math.min(24, Math.max(head[i]!.length, ...rows.map((r) => r[i]!.length))));
  const reasonWidth = Math.max(20, width - widths.reduce((a, b) => a + b, 0) - 6);
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 3 ? fit(c, widths[i]!).padEnd(widths[i]!) : fit(c, reasonWidth))).join('  ').trimEnd();
  return [colour.bold(line(head)), ...rows.map(line)].join('\n') + '\n';
}

function fit(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

function countChanges(result: MatchResult): { kept: number; released: number; new: number } | undefined {
  if (result.changes.length === 0) return undefined;
  const count = (change: string) => result.changes.filter((c) => c.change === change).length;
  return { kept: count('kept'), released: count('released'), new: count('new') };
}
