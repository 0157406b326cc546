import type { ColumnInfo } from './columns.js';
import type { Field } from './fields.js';
import { parseAvailability } from './parse/availability.js';
import { parseCapacity } from './parse/capacity.js';
import { parseConsent } from './parse/consent.js';
import { isPersonId, isValidEmail, normaliseEmail } from './parse/email.js';
import { parseMode } from './parse/mode.js';
import { parseRole } from './parse/role.js';
import { otherText, splitAnswers } from './parse/split.js';
import { parseStage } from './parse/stage.js';
import { parseTimestamp } from './parse/timestamp.js';
import type { Vocabularies } from './vocabulary/build.js';
import { lookUp, type Vocabulary } from './vocabulary/vocabulary.js';

/** How many of a column's distinct answers mean something for a field. */
export interface ValueFit {
  recognised: number;
  of: number;
  /** What a recognised answer is, for the explanation (`e-mail addresses`). */
  noun: string;
}

type Test = { noun: string; accepts: (answer: string, column: ColumnInfo) => boolean };

/**
 * An answer longer than this is recognised by no field's test without being tried: a form's longest answers that a
 * test can recognise (a list of subjects, a week's free times) run to a few hundred characters, and trying a long
 * note with every field's parser took seconds a megabyte (45 s for a 36 MB note).
 */
const MAX_TESTED_CHARS = 2000;

/** The answer test of each field that has one (names, organisations and notes are free text). */
function answerTests(vocabularies: Vocabularies): Partial<Record<Field, Test>> {
  const inSet = (vocabulary: Vocabulary) => (answer: string) => {
    const answers = splitAnswers(answer, vocabulary);
    const known = answers.filter((a) => otherText(a) !== undefined || lookUp(vocabulary, a) !== undefined);
    return known.length * 2 >= answers.length;
  };
  return {
    id: { noun: 'edumentor ids', accepts: isPersonId },
    email: { noun: 'e-mail addresses', accepts: (a) => isValidEmail(normaliseEmail(a)) },
    role: { noun: 'mentor/mentee answers', accepts: (a) => parseRole(a, vocabularies.role) !== undefined },
    stage: { noun: 'stages of the ladder', accepts: (a) => parseStage(a, vocabularies.stage) !== undefined },
    phases: { noun: 'school phases', accepts: inSet(vocabularies.phases) },
    subjects: { noun: 'subjects', accepts: inSet(vocabularies.subjects) },
    focus: { noun: 'focus areas', accepts: inSet(vocabularies.focus) },
    region: { noun: 'regions or local authorities', accepts: (a) => lookUp(vocabularies.region, a) !== undefined },
    mode: { noun: 'ways of meeting', accepts: (a) => parseMode(a, vocabularies.mode) !== undefined },
    availability: {
      noun: 'days or times',
      accepts: (a, column) => {
        const read = parseAvailability(a, column.grid?.position);
        return read.slots.length > 0 && read.unknown.length === 0;
      },
    },
    capacity: { noun: 'numbers of mentees', accepts: (a) => parseCapacity(a) !== undefined },
    consent: { noun: 'yes/no answers', accepts: (a) => parseConsent(a) !== undefined },
    submitted: {
      noun: 'timestamps',
      accepts: (a) => parseTimestamp(a, 'dmy') !== undefined || parseTimestamp(a, 'mdy') !== undefined,
    },
  };
}

/**
 * How many of a column's distinct answers a field recognises; undefined when the field has no answer test or the
 * column no answers. With `atLeast` (a share), also undefined as soon as the answers left cannot reach that share.
 */
export type FitMeasure = (field: Field, column: ColumnInfo, atLeast?: number) => ValueFit | undefined;

/** Measures columns against the answer tests of one import's vocabularies (each field and column counted once). */
export function valueFitter(vocabularies: Vocabularies): FitMeasure {
  const tests = answerTests(vocabularies);
  const counted = new Map<string, ValueFit>();
  /** The least share each field and column was found to fall short of (it falls short of every greater one). */
  const shortOf = new Map<string, number>();
  return (field, column, atLeast = 0) => {
    const test = tests[field];
    if (!test || column.sample.length === 0) return undefined;
    const key = `${field}\u0000${column.index}`;
    const known = counted.get(key);
    if (known) return known.recognised >= atLeast * known.of ? known : undefined;
    if (atLeast >= (shortOf.get(key) ?? Infinity)) return undefined;
    const { sample } = column;
    const needed = atLeast * sample.length;
    let recognised = 0;
    for (let i = 0; i < sample.length; i++) {
      const answer = sample[i] ?? '';
      if (answer.length <= MAX_TESTED_CHARS && test.accepts(answer, column)) recognised++;
      else if (recognised + (sample.length - i - 1) < needed) {
        shortOf.set(key, Math.min(atLeast, shortOf.get(key) ?? Infinity));
        return undefined;
      }
    }
    const fit = { recognised, of: sample.length, noun: test.noun };
    counted.set(key, fit);
    return fit;
  };
}
