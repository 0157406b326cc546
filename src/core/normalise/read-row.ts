import type { Person, TableRow } from '../types.js';
import type { AnswerMemo } from './answer-memo.js';
import { isPersonId, isValidEmail, normaliseEmail, personId } from './parse/email.js';
import type { TablePlan } from './plan.js';
import {
  readAvailability, readCapacity, readConsent, readMode, readNotes, readRegion, readRole, readSet, readStage,
  readSubmitted, readText,
} from './read-fields.js';
import { RowContext, type Replacements } from './row-context.js';
import type { ImportWarning, RejectedRecord } from './types.js';
import type { Vocabularies } from './vocabulary/build.js';

/** What became of one row: a person (with the warnings about it), or a reject. */
export type RowOutcome =
  | { kind: 'person'; person: Person; warnings: readonly ImportWarning[] }
  | { kind: 'rejected'; rejected: RejectedRecord };

/** Reads one row of a planned table into a person, or the reason it cannot be one (`memo`: shared by the table's rows). */
export function readRow(
  plan: TablePlan,
  row: TableRow,
  vocabularies: Vocabularies,
  replacements: Replacements,
  memo?: AnswerMemo,
): RowOutcome {
  const surplus = row.cells.length - plan.table.headers.length;
  if (surplus > 0) return { kind: 'rejected', rejected: tooManyFields(plan, row, surplus) };
  const context = new RowContext(plan, row, vocabularies, replacements, memo);
  const emailCell = context.first('email');
  const email = normaliseEmail(emailCell?.value ?? '');
  if (email === '') return rejectedRow(plan, row, 'email', '', 'no e-mail address: fill in the address or delete the row');
  if (!isValidEmail(email)) {
    const reason = 'not a valid e-mail address (expected name@domain, e.g. jo@school.org.uk): correct it';
    return rejectedRow(plan, row, 'email', emailCell?.value ?? '', reason);
  }
  const name = readText(context, 'name');
  if (name === '') return rejectedRow(plan, row, 'name', '', "no name: fill in the person's name");
  const role = readRole(context);
  if (!role) {
    const answer = context.first('role')?.value ?? '';
    const what = answer.trim() === '' ? 'no role' : 'not a role';
    return rejectedRow(plan, row, 'role', answer, `${what}: answer mentor, mentee or both (or pass --role for the file)`);
  }
  const givenId = context.first('id')?.value ?? '';
  const person: Person = {
    id: isPersonId(givenId) ? givenId : personId(email),
    email,
    name,
    role,
    stage: readStage(context),
    phases: readSet(context, 'phases'),
    subjects: readSet(context, 'subjects'),
    focus: readSet(context, 'focus'),
    region: readRegion(context),
    organisation: readText(context, 'organisation'),
    mode: readMode(context),
    availability: readAvailability(context),
    capacity: readCapacity(context, role),
    consent: readConsent(context),
    submitted: readSubmitted(context),
    notes: readNotes(context),
    extra: {},
  };
  for (const index of plan.extra) person.extra[plan.table.headers[index] ?? ''] = context.cell(index);
  Object.assign(person.extra, context.kept);
  return { kind: 'person', person, warnings: context.warnings };
}

/**
 * A row of a delimited file with cells past the header (the reader keeps them, see TableBuilder): an unquoted
 * delimiter inside an answer has shifted every answer after it, so no field of the row can be trusted. The
 * reject keeps the whole row, so nothing is lost.
 */
function tooManyFields(plan: TablePlan, row: TableRow, surplus: number): RejectedRecord {
  return {
    file: plan.table.file,
    row: row.line,
    column: '',
    value: row.cells.join(' | '),
    reason:
      `too many fields: ${surplus} more than the header has columns, so an unquoted comma (or semicolon) has ` +
      'probably split an answer and shifted the ones after it: put that answer in double quotes, or give the ' +
      'extra column a header, and import again',
  };
}

function rejectedRow(plan: TablePlan, row: TableRow, field: 'email' | 'name' | 'role', value: string, reason: string): RowOutcome {
  return { kind: 'rejected', rejected: { file: plan.table.file, row: row.line, column: columnOf(plan, field), value, reason } };
}

function columnOf(plan: TablePlan, field: 'email' | 'name' | 'role'): string {
  return plan.mapping.fields.find((f) => f.field === field)?.columns.join(' + ') ?? '';
}
