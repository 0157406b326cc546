import { cell, type ReportInput, type SheetRecord } from './input.js';

/** Stable stand-ins for the people named in a report's inputs. */
export interface Pseudonyms {
  /** The pseudonym of a person known by e-mail or, failing that, by name; `Person ?` for a stranger. */
  of(name: string, email: string): string;
  /** Text with every known name and e-mail replaced by its pseudonym and any other address by `[e-mail]`. */
  scrub(text: string): string;
}

interface Sighting {
  role: string;
  name: string;
  email: string;
}

const PREFIX: Record<string, string> = { mentor: 'Mentor', mentee: 'Mentee' };
const EMAIL = /[^\s@<>()[\]{},;:"']+@[^\s@<>()[\]{},;:"']+\.[^\s@<>()[\]{},;:"'.]+/g;

/**
 * Numbers people per role ("Mentor 1", "Mentee 1", "Person 1" for `both` or unknown) in the order they first
 * appear in the inputs (roster, mentors, matches, unmatched, rota, duplicates), so the same input always gives the
 * same pseudonyms and one person has one pseudonym in every section.
 */
export function pseudonymsFor(input: ReportInput): Pseudonyms {
  const byEmail = new Map<string, string>();
  const byName = new Map<string, string>();
  const counters = new Map<string, number>();
  for (const { role, name, email } of sightings(input)) {
    const known = (email && byEmail.get(email)) || (!email && name ? byName.get(name) : undefined);
    const pseudonym = known ?? nextPseudonym(counters, PREFIX[role] ?? 'Person');
    if (email) byEmail.set(email, pseudonym);
    if (name && !byName.has(name)) byName.set(name, pseudonym);
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const namePattern = names.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
  return {
    of: (name, email) => byEmail.get(email.trim().toLowerCase()) ?? byName.get(name.trim()) ?? 'Person ?',
    scrub: (text) => {
      const withoutEmails = text.replace(EMAIL, (found) => byEmail.get(found.toLowerCase()) ?? '[e-mail]');
      return namePattern ? withoutEmails.replace(namePattern, (found) => byName.get(found) ?? found) : withoutEmails;
    },
  };
}

function nextPseudonym(counters: Map<string, number>, prefix: string): string {
  const next = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, next);
  return `${prefix} ${next}`;
}

function* sightings(input: ReportInput): Generator<Sighting> {
  const rosterRole = new Map<string, string>();
  for (const r of input.roster ?? []) {
    const sighting = person(cell(r, 'role').toLowerCase(), r, 'name', 'email');
    rosterRole.set(sighting.email, sighting.role);
    yield sighting;
  }
  for (const r of input.mentors ?? []) yield person('mentor', r, 'name', 'email');
  for (const r of [...(input.matches ?? []), ...(input.rota ?? [])]) {
    yield person('mentor', r, 'mentor_name', 'mentor_email');
    yield person('mentee', r, 'mentee_name', 'mentee_email');
  }
  for (const r of input.unmatched ?? []) yield person(cell(r, 'role').toLowerCase(), r, 'name', 'email');
  for (const r of input.duplicates ?? []) {
    const email = cell(r, 'email').toLowerCase();
    yield person(rosterRole.get(email) ?? '', r, 'name', 'email');
  }
}

function person(role: string, record: SheetRecord, nameColumn: string, emailColumn: string): Sighting {
  return { role, name: cell(record, nameColumn), email: cell(record, emailColumn).toLowerCase() };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
