import type { PersonRef, ReportModel } from './model.js';
import type { Pseudonyms } from './pseudonyms.js';

/**
 * The model with every person replaced by their pseudonym (e-mail emptied) and every text scrubbed of names and
 * addresses, so that each renderer, JSON included, shows no personal data.
 */
export function redactModel(model: ReportModel, pseudonyms: Pseudonyms): ReportModel {
  // The walk is structural so that a field added to the model later is redacted without anyone remembering to.
  return { ...(redactValue(model, pseudonyms) as ReportModel), redacted: true };
}

function redactValue(value: unknown, pseudonyms: Pseudonyms): unknown {
  if (typeof value === 'string') return pseudonyms.scrub(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, pseudonyms));
  if (value === null || typeof value !== 'object') return value;
  if (isPersonRef(value)) return { name: pseudonyms.of(value.name, value.email), email: '' } satisfies PersonRef;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValue(item, pseudonyms)]));
}

function isPersonRef(value: object): value is PersonRef {
  const keys = Object.keys(value);
  return keys.length === 2 && 'name' in value && 'email' in value && typeof value.name === 'string';
}
