import type { Mode, Role } from '../types.js';
import { SLOTS } from '../types.js';
import type { SetField } from './fields.js';
import { parseAvailability } from './parse/availability.js';
import { parseCapacity } from './parse/capacity.js';
import { parseConsent } from './parse/consent.js';
import { parseMode } from './parse/mode.js';
import { parseRole } from './parse/role.js';
import { otherText, splitAnswers } from './parse/split.js';
import { parseStage } from './parse/stage.js';
import { parseTimestamp } from './parse/timestamp.js';
import type { RowContext } from './row-context.js';
import { slugify, tidy } from './text.js';
import type { WarningKind } from './types.js';
import { lookUp } from './vocabulary/vocabulary.js';

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
  const said = cell ? parseRole(cell.value, context.vocabularies.role) : '';
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
  const stage = parseStage(cell.value, context.vocabularies.stage);
  if (stage !== undefined) return stage;
  const slug = slugify(cell.value);
  const message = `"${cell.value}" is not a stage of the scheme's ladder; kept as "${slug}" (add it as a stage synonym in the config)`;
  context.warn('unknown-stage', cell, message);
  return slug;
}

/** A set field from every column mapped to it: known answers as slugs, others (and "Other: …") as slugs with a warning. */
export function readSet(context: RowContext, field: SetField): string[] {
  const vocabulary = context.vocabularies[field];
  const slugs = new Set<string>();
  for (const cell of context.cells(field)) {
    for (const answer of splitAnswers(cell.value, vocabulary)) {
      const text = otherText(answer) ?? answer;
      const known = lookUp(vocabulary, text);
      if (known !== undefined) {
        if (known !== '') slugs.add(known);
        continue;
      }
      const slug = slugify(text);
      const { noun, kind } = SET_NOUNS[field];
      const advice = `add it to the scheme's vocabulary for ${field} if it means one`;
      context.warn(kind, { ...cell, value: answer }, `"${answer}" is not a known ${noun}; kept as "${slug}" (${advice})`);
      slugs.add(slug);
    }
  }
  return [...slugs].sort();
}

/** The region slug: a region, nation or local authority; other answers kept as slugs with a warning. */
export function readRegion(context: RowContext): string {
  const cell = context.first('region');
  if (!cell) return '';
  const known = lookUp(context.vocabularies.region, cell.value);
  if (known !== undefined) return known;
  const slug = slugify(cell.value);
  context.warn('unknown-region', cell, `"${cell.value}" is not a known region or local authority; kept as "${slug}"`);
  return slug;
}

/** The organisation or any other free text: trimmed, single-spaced, several columns joined by a space. */
export function readText(context: RowContext, field: 'name' | 'organisation'): string {
  return tidy(context.cells(field).map((cell) => cell.value).join(' '));
}

/** Notes verbatim; several note columns joined by a line break. */
export function readNotes(context: RowContext): string {
  return context.cells('notes').map((cell) => cell.value).filter((value) => value.trim() !== '').join('\n');
}

/** How the person would meet; `either` when unanswered or not understood (with a warning). */
export function readMode(context: RowContext): Mode {
  const cell = context.first('mode');
  if (!cell) return 'either';
  const mode = parseMode(cell.value, context.vocabularies.mode);
  if (mode === undefined) {
    context.warnAndKeep('unknown-mode', cell, `"${cell.value}" is not online, in person or either; read as either`);
  }
  return mode || 'either';
}

/** Weekly slots from every availability column (a grid column's row gives its day or band). */
export function readAvailability(context: RowContext): string[] {
  const slots = new Set<string>();
  for (const cell of context.cells('availability')) {
    if (cell.value.trim() === '') continue;
    const read = parseAvailability(cell.value, context.plan.positions.get(cell.index));
    read.slots.forEach((slot) => slots.add(slot));
    if (read.unknown.length > 0) {
      const what = read.unknown.map((u) => `"${u}"`).join(', ');
      context.warnAndKeep('unknown-availability', cell, `${what} names no day or time of day; the answer is kept in extra`);
    }
  }
  return SLOTS.filter((slot) => slots.has(slot));
}

/** Mentees a mentor can take: the answer, else 1; null for a mentee. */
export function readCapacity(context: RowContext, role: Role): number | null {
  if (role === 'mentee') return null;
  const cell = context.first('capacity');
  if (!cell) return 1;
  const capacity = parseCapacity(cell.value);
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
  const consent = parseConsent(cell.value);
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
