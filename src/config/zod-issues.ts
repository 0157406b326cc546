import type { z } from 'zod';
import { closestHeaders } from '../core/normalise/closest.js';

/**
 * zod issues as `path: message` lines an organiser can act on; given the `schema`, a key it does not know is
 * followed by the closest key it does (`did you mean "weights"?`) or the keys it knows there.
 */
export function formatZodIssues(error: Pick<z.ZodError, 'issues'>, prefix = '', schema?: z.ZodType): string[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const hint = issue.code === 'unrecognized_keys' && schema ? keyHint(issue.keys, objectKeysAt(schema, issue.path)) : '';
    return `${path || '(top level)'}: ${issue.message}${hint}${found(issue)}`;
  });
}

/** `; found "30"`: the value a check refused, when zod reported it (`reportInput`) and the message does not say. */
function found(issue: z.core.$ZodIssue): string {
  if (!('input' in issue) || issue.code === 'unrecognized_keys' || /received/.test(issue.message)) return '';
  const { input } = issue;
  if (input === undefined || (typeof input === 'object' && input !== null)) return '';
  const text = JSON.stringify(input);
  return `; found ${text.length > 60 ? `${text.slice(0, 57)}…` : text}`;
}

function keyHint(unknown: readonly string[], known: readonly string[] | undefined): string {
  if (!known || known.length === 0) return '';
  const closest = unknown.length === 1 ? closestHeaders(known, unknown, 1)[0] : undefined;
  return closest ? ` (did you mean "${closest}"?)` : ` (known keys here: ${known.join(', ')})`;
}

/** Minimal view of a zod 4 schema's definition: enough to walk objects, records, arrays and their wrappers. */
interface SchemaDef {
  type?: string;
  shape?: Record<string, { _zod?: { def?: SchemaDef } }>;
  innerType?: { _zod?: { def?: SchemaDef } };
  valueType?: { _zod?: { def?: SchemaDef } };
  element?: { _zod?: { def?: SchemaDef } };
}

/** The keys the object schema at `path` knows; undefined when `path` leads to no object. */
function objectKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  const defOf = (s: { _zod?: { def?: SchemaDef } } | undefined): SchemaDef | undefined => {
    let def = s?._zod?.def;
    while (def?.innerType) def = def.innerType._zod?.def; // optional, default, nullable…
    return def;
  };
  let def = defOf(schema as unknown as { _zod?: { def?: SchemaDef } });
  for (const key of path) {
    if (def?.type === 'object') def = defOf(def.shape?.[String(key)]);
    else if (def?.type === 'record') def = defOf(def.valueType);
    else if (def?.type === 'array') def = defOf(def.element);
    else return undefined;
  }
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
}
