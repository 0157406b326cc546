import type { OnProgress, Person, Role } from '../types.js';
import type { Stage } from '../stages.js';
import type { Field } from './fields.js';
import type { Mapping } from './mapping-schema.js';
import type { ExtraVocabulary } from './vocabulary-schema.js';

/** How an import is told what auto-detection cannot know. */
export interface NormaliseOptions {
  /** `--role` for every table that has no `role` of its own (a role column saying `both` still counts). */
  role?: Role;
  /** Forces the order of slash dates; otherwise decided per file from its values. */
  dateOrder?: 'dmy' | 'mdy';
  /** An edited mapping file; overrides auto-detection for the fields it names. */
  mapping?: Mapping;
  /** How messages name the mapping: `the mapping file map.yaml` (default `the mapping file`). */
  mappingName?: string;
  /** The scheme's career ladder (default DEFAULT_STAGES); its labels and synonyms are the stage vocabulary. */
  stages?: readonly Stage[];
  /** The scheme's own synonyms per field, e.g. `{ subjects: { "Maths GCSE": "mathematics" } }`. */
  vocabulary?: ExtraVocabulary;
  /** Told every ITEMS_PER_PROGRESS rows how many of all the tables' rows have been read (phase `normalising`). */
  onProgress?: OnProgress;
}

/** A row that is not in the roster because it is a resubmission of someone kept. */
export interface DuplicateRecord {
  file: string;
  row: number;
  email: string;
  name: string;
  submitted: string;
  kept_file: string;
  kept_row: number;
}

/** A row that could not become a person, with a reason an organiser can act on. */
export interface RejectedRecord {
  file: string;
  row: number;
  column: string;
  value: string;
  reason: string;
}

/** What a warning is about. */
export type WarningKind =
  | 'unknown-role'
  | 'unknown-stage'
  | 'unknown-phase'
  | 'unknown-subject'
  | 'unknown-focus'
  | 'unknown-region'
  | 'unknown-mode'
  | 'unknown-availability'
  | 'unknown-capacity'
  | 'unknown-consent'
  | 'invalid-timestamp'
  | 'role-conflict'
  | 'both-sides'
  | 'copied-id';

/** A value edumentor kept but could not fully understand. */
export interface ImportWarning {
  kind: WarningKind;
  message: string;
  file: string;
  row: number;
  column: string;
  value: string;
}

/** How sure auto-detection is of a column: `certain` for a mapping file or an edumentor roster. */
export type Confidence = 'certain' | 'high' | 'medium' | 'low';

/** Which column(s) one field comes from, and why. */
export interface FieldMapping {
  field: Field;
  /** Headers, in column order. */
  columns: string[];
  /** Column positions in the table, parallel to `columns`. */
  indexes: number[];
  reason: string;
  confidence: Confidence;
  /** Headers of columns left in extra whose header and answers say this field too (a question edited mid-collection). */
  alsoLike?: string[];
}

/** How one table's columns map to roster fields. */
export interface TableMapping {
  file: string;
  sheet?: string;
  fields: FieldMapping[];
  /** Headers of the columns kept verbatim in `extra`. */
  extra: string[];
  /** Headers the mapping file said to leave out. */
  ignored: string[];
  /** Its submission times are slash dates that read either way (no part over 12): read day first, the default. */
  datesUndecided?: boolean;
}

/** Row counts per table; `rows` = people + duplicates + rejected + blank. */
export interface FileSummary {
  file: string;
  sheet?: string;
  rows: number;
  people: number;
  duplicates: number;
  rejected: number;
  blank: number;
}

/** Everything an import produces: the roster and the account of every other row. */
export interface ImportResult {
  /** In order of first appearance. */
  people: Person[];
  duplicates: DuplicateRecord[];
  rejected: RejectedRecord[];
  warnings: ImportWarning[];
  mappings: TableMapping[];
  files: FileSummary[];
}
