import { InputError } from '../../errors.js';
import { stageRanks, type Stage } from '../stages.js';
import { SLOTS, type Person } from '../types.js';
import { normaliseOrganisation } from './organisation.js';
import { buildSetColumn, type SetColumn } from './sets.js';

/** Meeting modes as small codes for the hot loops. */
export const MODE_EITHER = 0;
export const MODE_ONLINE = 1;
export const MODE_IN_PERSON = 2;

/** The roster compiled for matching: people sorted by id, every field the rules and scores read as typed arrays. */
export interface Roster {
  people: Person[];
  /** Person indices of everyone who can mentor (`mentor`, `both`), in id order. */
  mentors: Int32Array;
  /** Person indices of everyone who can be mentored (`mentee`, `both`), in id order. */
  mentees: Int32Array;
  /** Stage rank; NaN when the stage is unknown or not on the ladder. */
  rank: Float64Array;
  phases: SetColumn;
  /** Index of `all-through` in the phase vocabulary, -1 when nobody gave it. */
  allThrough: number;
  subjects: SetColumn;
  focus: SetColumn;
  slots: SetColumn;
  /** Region index into `regions`; -1 when unknown. */
  region: Int32Array;
  regions: string[];
  /** Normalised organisation index; -1 when none given. */
  organisation: Int32Array;
  mode: Uint8Array;
  /** Mentees a person can take as a mentor (a missing capacity counts as 1). */
  capacity: Int32Array;
  consent: Uint8Array;
  /** Person index by normalised e-mail. */
  byEmail: Map<string, number>;
}

/** Compiles the roster; two people with one id are an input error. */
export function compileRoster(input: readonly Person[], stages: readonly Stage[]): Roster {
  const people = [...input].sort((a, b) => compare(a.id, b.id));
  for (let i = 1; i < people.length; i += 1) {
    if (people[i]!.id === people[i - 1]!.id) {
      throw new InputError(
        `two people share the id "${people[i]!.id}" (${people[i - 1]!.email} and ${people[i]!.email}); ` +
          'expected one row per person: import the roster again so duplicates are merged',
      );
    }
  }
  const ranks = stageRanks(stages);
  const phases = buildSetColumn(people.map((p) => p.phases));
  const regions = codeColumn(people.map((p) => p.region));
  return {
    people,
    mentors: indicesWhere(people, (p) => p.role !== 'mentee'),
    mentees: indicesWhere(people, (p) => p.role !== 'mentor'),
    rank: Float64Array.from(people, (p) => ranks.get(p.stage) ?? NaN),
    phases,
    allThrough: phases.vocab.indexOf('all-through'),
    subjects: buildSetColumn(people.map((p) => p.subjects)),
    focus: buildSetColumn(people.map((p) => p.focus)),
    slots: buildSetColumn(
      people.map((p) => p.availability),
      SLOTS,
    ),
    region: regions.codes,
    regions: regions.vocab,
    organisation: codeColumn(people.map((p) => normaliseOrganisation(p.organisation))).codes,
    mode: Uint8Array.from(people, (p) => (p.mode === 'online' ? MODE_ONLINE : p.mode === 'in-person' ? MODE_IN_PERSON : MODE_EITHER)),
    capacity: Int32Array.from(people, (p) => (p.role === 'mentee' ? 0 : Math.max(0, Math.floor(p.capacity ?? 1)))),
    consent: Uint8Array.from(people, (p) => (p.consent ? 1 : 0)),
    byEmail: new Map(people.map((p, i) => [normaliseEmail(p.email), i])),
  };
}

/** E-mails as pairs lists and the roster compare them. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Code-unit order, the same on every machine. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function indicesWhere(people: Person[], test: (p: Person) => boolean): Int32Array {
  return Int32Array.from(people.flatMap((p, i) => (test(p) ? [i] : [])));
}

/** Each value's index in the sorted list of distinct non-empty values; -1 for ''. */
function codeColumn(values: string[]): { codes: Int32Array; vocab: string[] } {
  const vocab = [...new Set(values.filter(Boolean))].sort(compare);
  const index = new Map(vocab.map((v, i) => [v, i]));
  return { codes: Int32Array.from(values, (v) => index.get(v) ?? -1), vocab };
}
