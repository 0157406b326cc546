import type { ColumnInfo } from './columns.js';
import { CLOSED_FIELDS, FIELDS, type Field } from './fields.js';
import { headerScore, phraseScore } from './header-score.js';
import { NAME_PARTS } from './header-synonyms.js';
import type { Confidence, FieldMapping } from './types.js';
import type { FitMeasure, ValueFit } from './value-fit.js';

/** Below this a column is not mapped to a field. */
const THRESHOLD = 0.3;
/** How sure a checkbox grid whose rows are days (or bands) is availability, whatever its question. */
const GRID_SCORE = 0.6;
/** Fields a column may be recognised by from its answers alone, whatever its header says. */
const BY_ANSWERS_ALONE: ReadonlySet<Field> = new Set<Field>([
  'email', 'role', 'stage', 'phases', 'subjects', 'region', 'mode', 'availability', 'submitted',
]);

/** The share of a column's answers a field must recognise to take the column on its answers alone. */
const ANSWERS_ALONE_SHARE = 0.9;

/** Fields answered by picking one of a few options: a column of many different answers is not one of them. */
const FEW_OPTIONS: ReadonlySet<Field> = new Set<Field>(['role', 'stage', 'phases', 'mode']);

/** What auto-detection works from. */
export interface AutoMapInput {
  columns: readonly ColumnInfo[];
  fit: FitMeasure;
  /** Columns a mapping file already placed or ignored. */
  taken: ReadonlySet<number>;
  /** Fields a mapping file already decided (mapped, or null: none). */
  decided: ReadonlySet<Field>;
}

interface Candidate {
  field: Field;
  unit: readonly ColumnInfo[];
  score: number;
  reason: string;
  /** The share of the answers checked that the field recognises, when they were checked. */
  ratio?: number;
}

/** Fields whose answers, once recognised, show a second column asks the same question (a question edited mid-collection). */
const SAME_QUESTION: ReadonlySet<Field> = new Set<Field>([
  'role', 'stage', 'phases', 'subjects', 'focus', 'region', 'mode', 'availability', 'capacity',
]);
/** How sure a second column must be to be pointed out as the same question. */
const SAME_QUESTION_SCORE = 0.6;

/**
 * Maps the remaining columns to the remaining fields: every (field, column) pair is scored from
 * the header's synonyms and how many answers the field recognises, and the best pairs are taken
 * first. A checkbox grid of days is one availability candidate; first and last name columns
 * make the name when no column does; the role column may also give the stage ("HLTA mentor").
 */
export function autoMap(input: AutoMapInput): FieldMapping[] {
  const free = input.columns.filter((column) => !input.taken.has(column.index));
  const candidates = FIELDS.filter((field) => !input.decided.has(field)).flatMap((field) =>
    units(field, free).flatMap((unit) => {
      const scored = scoreUnit(field, unit, input.fit);
      return scored.score >= THRESHOLD ? [{ field, unit, ...scored }] : [];
    }),
  );
  candidates.sort((a, b) => b.score - a.score || FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field) || first(a) - first(b));
  const chosen = new Map<Field, Candidate>();
  const used = new Set<number>();
  for (const candidate of candidates) {
    if (chosen.has(candidate.field) || candidate.unit.some((column) => used.has(column.index))) continue;
    chosen.set(candidate.field, candidate);
    for (const column of candidate.unit) used.add(column.index);
  }
  const mappings = [...chosen.values()].map((candidate) => toFieldMapping(candidate, alsoLike(candidate, candidates, used)));
  if (!chosen.has('name') && !input.decided.has('name')) {
    const parts = nameParts(free.filter((column) => !used.has(column.index)));
    if (parts) mappings.push(parts);
  }
  const role = chosen.get('role');
  if (role && !chosen.has('stage') && !input.decided.has('stage')) {
    const shared = stageFromRoleColumn(role, input.fit);
    if (shared) mappings.push(shared);
  }
  return mappings.sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field));
}

/** The column groups a field could come from: single columns, and for availability whole day/band grids. */
function units(field: Field, columns: readonly ColumnInfo[]): ColumnInfo[][] {
  const singles = columns.filter((column) => !column.grid).map((column) => [column]);
  if (field !== 'availability') return singles;
  const grids = new Map<string, ColumnInfo[]>();
  for (const column of columns) {
    if (column.grid) grids.set(column.grid.question, [...(grids.get(column.grid.question) ?? []), column]);
  }
  return [...singles, ...grids.values()];
}

function scoreUnit(
  field: Field,
  unit: readonly ColumnInfo[],
  fit: AutoMapInput['fit'],
): { score: number; reason: string; ratio?: number } {
  const header = headerScore(field, unit[0]?.words ?? '');
  const grid = unit[0]?.grid !== undefined && header.score < GRID_SCORE;
  const head = grid ? { score: GRID_SCORE, reason: 'a checkbox grid with a row per day or time of day' } : header;
  // A header that does not name the field leaves only its answers, and only when nearly all fit: counting stops
  // early otherwise (the test of every answer against every field is most of the time an import plans for).
  if (head.score === 0 && !BY_ANSWERS_ALONE.has(field)) return head;
  const atLeast = head.score === 0 ? ANSWERS_ALONE_SHARE : 0;
  const fits = unit.map((column) => fit(field, column, atLeast)).filter((f): f is ValueFit => f !== undefined);
  if (unit.every((column) => column.sample.length === 0)) {
    return { score: head.score * 0.5, reason: `${head.reason}, but the column is empty` };
  }
  if (fits.length === 0) return looksLikeAddresses(field, unit, fit) ? { score: 0, reason: `${head.reason}, but its answers are e-mail addresses` } : head;
  const recognised = fits.reduce((sum, f) => sum + f.recognised, 0);
  const of = fits.reduce((sum, f) => sum + f.of, 0);
  const ratio = recognised / of;
  const answers = `${recognised} of ${of} different answers checked are ${fits[0]?.noun ?? ''}`;
  const scored = scoreFromFits(field, head, ratio, recognised, of, answers);
  return { ...scored, ratio };
}

function scoreFromFits(
  field: Field,
  head: { score: number; reason: string },
  ratio: number,
  recognised: number,
  of: number,
  answers: string,
): { score: number; reason: string } {
  // A column headed exactly "Email" or "Consent" is that field even when its answers are bad: each row then
  // gets its reject or warning. Not so an MS Forms "ID" column (response numbers), which belongs in extra.
  const named = head.score === 1 && field !== 'id';
  if (CLOSED_FIELDS.has(field) && ratio < 0.5 && !named) return { score: 0, reason: answers };
  if (head.score > 0) {
    return { score: Math.min(1, head.score * (0.5 + 0.5 * ratio) + 0.3 * ratio), reason: `${head.reason}; ${answers}` };
  }
  const enough = recognised >= (field === 'email' ? 1 : 2) && (!FEW_OPTIONS.has(field) || of <= 50);
  if (BY_ANSWERS_ALONE.has(field) && ratio >= ANSWERS_ALONE_SHARE && enough) {
    return { score: (field === 'email' ? 0.6 : 0.45) * ratio, reason: answers };
  }
  return { score: 0, reason: answers };
}

/**
 * Whether a column a free-text field's header names (`School email (if different)` says "school") holds e-mail
 * addresses instead: it is a second address, not a name or an organisation.
 */
function looksLikeAddresses(field: Field, unit: readonly ColumnInfo[], fit: AutoMapInput['fit']): boolean {
  if (field === 'email' || unit.length !== 1 || !unit[0]) return false;
  const addresses = fit('email', unit[0], 0);
  return addresses !== undefined && addresses.of > 0 && addresses.recognised * 2 > addresses.of;
}

function nameParts(columns: readonly ColumnInfo[]): FieldMapping | undefined {
  const best = (phrases: readonly string[]) =>
    columns
      .map((column) => ({ column, ...phraseScore(phrases, column.words) }))
      .filter((c) => c.score > 0 && c.column.sample.length > 0)
      .sort((a, b) => b.score - a.score)[0];
  const firstName = best(NAME_PARTS.first);
  const lastName = best(NAME_PARTS.last);
  if (!firstName || !lastName) return undefined;
  return {
    field: 'name',
    columns: [firstName.column.header, lastName.column.header],
    indexes: [firstName.column.index, lastName.column.index],
    reason: `first and last name columns (${firstName.reason}, ${lastName.reason}), joined with a space`,
    confidence: 'high',
  };
}

function stageFromRoleColumn(role: Candidate, fit: AutoMapInput['fit']): FieldMapping | undefined {
  const [column] = role.unit;
  const stageFit = column ? fit('stage', column) : undefined;
  if (!column || !stageFit || stageFit.recognised < stageFit.of * 0.8) return undefined;
  return {
    field: 'stage',
    columns: [column.header],
    indexes: [column.index],
    reason: `no stage column, and ${stageFit.recognised} of ${stageFit.of} different answers of the role column name a stage`,
    confidence: 'medium',
  };
}

function toFieldMapping(candidate: Candidate, also: string[] = []): FieldMapping {
  return {
    field: candidate.field,
    columns: candidate.unit.map((column) => column.header),
    indexes: candidate.unit.map((column) => column.index),
    reason: candidate.reason,
    confidence: confidenceOf(candidate.score),
    ...(also.length > 0 && { alsoLike: also }),
  };
}

/** Columns no field took whose header names `chosen`'s field and whose answers it reads: the same question asked twice. */
function alsoLike(chosen: Candidate, candidates: readonly Candidate[], used: ReadonlySet<number>): string[] {
  if (!SAME_QUESTION.has(chosen.field)) return [];
  return candidates
    .filter((c) => c.field === chosen.field && c !== chosen && c.score >= SAME_QUESTION_SCORE && (c.ratio ?? 0) >= 0.5)
    .filter((c) => c.unit.every((column) => !used.has(column.index)))
    .flatMap((c) => c.unit.map((column) => column.header));
}

function confidenceOf(score: number): Confidence {
  if (score >= 0.8) return 'high';
  if (score >= 0.5) return 'medium';
  return 'low';
}

function first(candidate: Candidate): number {
  return candidate.unit[0]?.index ?? 0;
}
