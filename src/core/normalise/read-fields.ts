import type { Mode, Role } from '../types.js';
import {
  availabilityReading, regionReading, setReading, slotsOf, stageReading, type SetAnswer,
} from './answer-readings.js';
import type { SetField } from './fields.js';
import { parseCapacity } from './parse/capacity.js';
import { parseConsent } from './parse/consent.js';
import { parseMode } from './parse/mode.js';
import { parseRole } from './parse/role.js';
import { parseTimestamp } from './parse/timestamp.js';
import type { Cell, RowContext } from './row-context.js';
import { tidy } from './text.js';
import type { WarningKind } from './types.js';

const SET_NOUNS: Readonly<Record<SetField, { noun: string; kind: WarningKind }>> = {
  phases: { noun: 'phase', kind: 'unknown-phase' },
  subjects: { noun: 'subject', kind: 'unknown-subject' },
  focus: { noun: 'focus area', kind: 'unknown-focus' },
};

/**
 * The side of a row. A table's `--role` decides, except that a role column saying `both` makes
 * the person both; without `--role` the column decides. undefined when nothing says.
 */
export function readRole(context: RowContext): Role | undefined {
  const cell = context.first('role');
  const said = cell ? context.memo.get('role', cell.index, cell.value, parseRole, context.vocabularies.role) : '';
  const given = context.plan.role;
  if (cell && said === undefined) {
    const fallback = given ? `; read as ${given} (--role)` : '';
    context.warnAndKeep('unknown-role', cell, `"${cell.value}" does not say mentor, mentee or both${fallback}`);
  }
  if (!given) return said || undefined;
  if (said === 'both') return 'both';
  if (cell && said && said !== given) {
    context.warn('role-conflict', cell, `the answer says ${said} but the file was given --role ${given}; read as ${given}`);
  }
  return given;
}

/** The stage slug, or '' when unanswered; an answer outside the ladder is kept as a slug with a warning. */
export function readStage(context: RowContext): string {
  const cell = context.first('stage');
  if (!cell) return '';
  const { known, slug } = context.memo.get('stage', cell.index, cell.value, stageReading, context.vocabularies.stage);
  if (known) return slug;
  const message = `"${cell.value}" is not a stage of the scheme's ladder; kept as "${slug}" (add it as a stage synonym in the config)`;
  context.warn('unknown-stage', cell, message);
  return slug;
}

/** A set field from every column mapped to it: known answers as slugs, others (and "Other: …") as slugs with a warning. */
export function readSet(context: RowContext, field: SetField): readonly string[] {
  const vocabulary = context.vocabularies[field];
  const indexes = context.columns(field);
  if (indexes.length === 1) {
    // One column (the usual form): a cell whose answers are all known is read from its memo alone.
    const only = indexes[0] ?? 0;
    const reading = context.memo.get(field, only, context.answer(field, only), setReading, vocabulary);
    // Shared by every person with this answer: a Person's sets are read-only.
    if (reading.allKnown) return reading.slugs;
  }
  const cells = context.cells(field);
  const readings = cells.map((cell) => context.memo.get(field, cell.index, cell.value, setReading, vocabulary));
  const slugs = new Set<string>();
  readings.forEach((reading, i) => {
    for (const answer of reading.answers) {
      if (answer.known && answer.slug === '') continue;
      if (!answer.known) warnUnknownAnswer(context, field, cells[i], answer);
      slugs.add(answer.slug);
    }
  });
  return [...slugs].sort();
}

function warnUnknownAnswer(context: RowContext, field: SetField, cell: Cell | undefined, { answer, slug }: SetAnswer): void {
  if (!cell) return;
  const { noun, kind } = SET_NOUNS[field];
  const advice = `add it to the scheme's vocabulary for ${field} if it means one`;
  context.warn(kind, { ...cell, value: answer }, `"${answer}" is not a known ${noun}; kept as "${slug}" (${advice})`);
}

/** The region slug: a region, nation or local authority; other answers kept as slugs with a warning. */
export function readRegion(context: RowContext): string {
  const cell = context.first('region');
  if (!cell) return '';
  const { known, slug } = context.memo.get('region', cell.index, cell.value, regionReading, context.vocabularies.region);
  if (known) return slug;
  context.warn('unknown-region', cell, `"${cell.value}" is not a known region or local authority; kept as "${slug}"`);
  return slug;
}

/** The organisation or any other free text: trimmed, single-spaced, several columns joined by a space. */
export function readText(context: RowContext, field: 'name' | 'organisation'): string {
  const indexes = context.columns(field);
  if (indexes.length === 1) return tidy(context.answer(field, indexes[0] ?? 0));
  return tidy(context.cells(field).map((cell) => cell.value).join(' '));
}

/** Notes verbatim; several note columns joined by a line break. */
export function readNotes(context: RowContext): string {
  const indexes = context.columns('notes');
  if (indexes.length === 1) {
    const value = context.answer('notes', indexes[0] ?? 0);
    return value.trim() === '' ? '' : value;
  }
  return context.cells('notes').map((cell) => cell.value).filter((value) => value.trim() !== '').join('\n');
}

/** How the person would meet; `either` when unanswered or not understood (with a warning). */
export function readMode(context: RowContext): Mode {
  const cell = context.first('mode');
  if (!cell) return 'either';
  const mode = context.memo.get('mode', cell.index, cell.value, parseMode, context.vocabularies.mode);
  if (mode === undefined) {
    context.warnAndKeep('unknown-mode', cell, `"${cell.value}" is not online, in person or either; read as either`);
  }
  return mode || 'either';
}

/** Weekly slots from every availability column (a grid column's row gives its day or band). */
export function readAvailability(context: RowContext): readonly string[] {
  let mask = 0;
  const indexes = context.columns('availability');
  for (let i = 0; i < indexes.length; i++) {
    const index = indexes[i] ?? 0;
    const value = context.answer('availability', index);
    if (value.trim() === '') continue;
    const position = context.plan.positions.get(index);
    const read = context.memo.get('availability', index, value, availabilityReading, position);
    mask |= read.mask;
    if (read.unknown.length > 0) {
      const what = read.unknown.map((u) => `"${u}"`).join(', ');
      const message = `${what} names no day or time of day; the answer is kept in extra`;
      context.warnAndKeep('unknown-availability', context.cellOf(index, value), message);
    }
  }
  return slotsOf(mask);
}

/** Mentees a mentor can take: the answer, else 1; null for a mentee. */
export function readCapacity(context: RowContext, role: Role): number | null {
  if (role === 'mentee') return null;
  const cell = context.first('capacity');
  if (!cell) return 1;
  const capacity = context.memo.get('capacity', cell.index, cell.value, parseCapacity, undefined);
  if (capacity !== undefined) return capacity;
  context.warnAndKeep('unknown-capacity', cell, `"${cell.value}" is not a number of mentees; read as 1`);
  return 1;
}

/**
 * Consent: a form without a consent question is taken as consent (the organiser collected it
 * elsewhere); with one, only an answer that gives it counts, so a blank answer is false.
 */
export function readConsent(context: RowContext): boolean {
  if (context.plan.columns.consent === undefined) return true;
  const cell = context.first('consent');
  if (!cell) return false;
  const consent = context.memo.get('consent', cell.index, cell.value, parseConsent, undefined);
  if (consent !== undefined) return consent;
  context.warnAndKeep('unknown-consent', cell, `"${cell.value}" neither gives nor refuses consent; read as no consent`);
  return false;
}

/** The submission time as ISO 8601, or '' (with a warning when the text was not a time). */
export function readSubmitted(context: RowContext): string {
  const cell = context.first('submitted');
  if (!cell) return '';
  const iso = parseTimestamp(cell.value, context.plan.dateOrder);
  if (iso !== undefined) return iso;
  const order = context.plan.dateOrder === 'dmy' ? 'day-first' : 'month-first';
  const message = `"${cell.value}" is not a date and time (this file's dates are read ${order}); left empty`;
  context.warnAndKeep('invalid-timestamp', cell, message);
  return '';
}
