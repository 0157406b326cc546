import { ROSTER_COLUMNS, type Person } from '../types.js';

const ROSTER_HEADERS: ReadonlySet<string> = new Set(ROSTER_COLUMNS);

/** A roster cell before it is written: text, a set or the availability as a list, the capacity, the consent. */
export type RosterValue = string | readonly string[] | number | boolean | null;

/**
 * A person as one roster row, header → value, in the roster's column order: the contract columns (sets and
 * availability as lists, capacity a number or null, consent a boolean), then every extra column. An extra
 * column whose header is a roster column's gets ` (extra)` added, so neither is lost.
 */
export function personToRow(person: Person): Record<string, RosterValue> {
  const row: Record<string, RosterValue> = {
    id: person.id,
    email: person.email,
    name: person.name,
    role: person.role,
    stage: person.stage,
    phases: person.phases,
    subjects: person.subjects,
    focus: person.focus,
    region: person.region,
    organisation: person.organisation,
    mode: person.mode,
    availability: person.availability,
    capacity: person.capacity,
    consent: person.consent,
    submitted: person.submitted,
    notes: person.notes,
  };
  for (const [header, value] of Object.entries(person.extra)) row[extraHeader(header)] = value;
  return row;
}

/**
 * A person as one roster row, header → text: `personToRow` with sets as sorted slugs joined by `; `, capacity a
 * whole number or empty, consent `true`/`false`.
 */
export function personToRecord(person: Person): Record<string, string> {
  return {
    ...(personToRow(person) as Record<string, string>),
    phases: joinSet(person.phases),
    subjects: joinSet(person.subjects),
    focus: joinSet(person.focus),
    availability: person.availability.join('; '),
    capacity: person.capacity === null ? '' : String(person.capacity),
    consent: String(person.consent),
  };
}

/** The roster's headers for these people: the contract columns, then each extra column in order of first appearance. */
export function rosterHeaders(people: readonly Person[]): string[] {
  // Every person of a file has the same extra columns: one look-up each, nothing built per person.
  const extra = new Set<string>();
  for (const person of people) for (const header in person.extra) extra.add(header);
  return [...ROSTER_COLUMNS, ...new Set([...extra].map(extraHeader))];
}

/** A record's cells in the order of `headers` (missing ones empty). */
export function recordToCells(record: Readonly<Record<string, string>>, headers: readonly string[]): string[] {
  return headers.map((header) => record[header] ?? '');
}

/**
 * An extra column's roster header: its own, unless a roster column has that name in any case (MS Forms' own `Email`
 * and `Name` beside the roster's `email` and `name`), which a reader would take for a repeat of it.
 */
function extraHeader(header: string): string {
  let named = EXTRA_HEADERS.get(header);
  if (named === undefined) {
    named = ROSTER_HEADERS.has(header.toLowerCase()) ? `${header} (extra)` : header;
    EXTRA_HEADERS.set(header, named);
  }
  return named;
}

/** extraHeader's answers: a roster has a few extra columns, asked about once per person. */
const EXTRA_HEADERS = new Map<string, string>();

function joinSet(values: readonly string[]): string {
  // Sets are read sorted: copy and sort only one that is not.
  const sorted = values.every((value, i) => i === 0 || (values[i - 1] ?? '') <= value);
  return (sorted ? values : [...values].sort()).join('; ');
}
