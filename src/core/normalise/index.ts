/** The pure import core: form exports (as tables) to the roster of people (PRODUCT.md §2). */
export { normalise } from './normalise.js';
export { streamNormalise, type NormaliseStream } from './normalise-stream.js';
export type {
  NormaliseOptions, ImportResult, DuplicateRecord, RejectedRecord, ImportWarning, WarningKind, TableMapping,
  FieldMapping, FileSummary, Confidence,
} from './types.js';
export { personToRecord, personToRow, recordToCells, rosterHeaders, type RosterValue } from './record.js';
export type { Mapping } from './mapping-schema.js';
export type { ExtraVocabulary } from './vocabulary-schema.js';
export { explainMapping, mappingToFile, sameQuestion } from './explain.js';
export { FIELDS, type Field } from './fields.js';
