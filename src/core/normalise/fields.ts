import { ROSTER_COLUMNS } from '../types.js';

/** A canonical roster field a column can map to. */
export type Field = (typeof ROSTER_COLUMNS)[number];

/** Every field, in roster order. */
export const FIELDS: readonly Field[] = ROSTER_COLUMNS;

/** Fields whose values are sets of slugs from a vocabulary (split from multi-select answers). */
export type SetField = 'phases' | 'subjects' | 'focus';

/**
 * Fields whose answers must be recognised to mean anything; auto-detection only maps a column to
 * one of them when most of its answers are recognised.
 */
export const CLOSED_FIELDS: ReadonlySet<Field> = new Set<Field>([
  'id',
  'email',
  'role',
  'mode',
  'availability',
  'capacity',
  'consent',
  'submitted',
]);
