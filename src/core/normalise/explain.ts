import type { Field } from './fields.js';
import type { Mapping } from './mapping-schema.js';
import type { TableMapping } from './types.js';

/**
 * The text of `import --explain-mapping`: per table, each field with the column(s) it comes from,
 * why and how sure; then the columns kept verbatim in `extra` and those the mapping file ignores.
 */
export function explainMapping(mappings: readonly TableMapping[]): string {
  const blocks = mappings.map((mapping) => {
    const title = mapping.sheet === undefined ? mapping.file : `${mapping.file}, sheet "${mapping.sheet}"`;
    const labels = [...mapping.fields.map((f) => f.field), 'extra', ...(mapping.ignored.length > 0 ? ['ignored'] : [])];
    const width = Math.max(...labels.map((label) => label.length));
    const lines = [title];
    for (const f of mapping.fields) {
      lines.push(`  ${f.field.padEnd(width)} <- ${quoted(f.columns)}`);
      lines.push(`  ${''.padEnd(width)}    ${f.reason} (${f.confidence})`);
      if (f.alsoLike) lines.push(`  ${''.padEnd(width)}    ${sameQuestion(f.field, f.alsoLike)}`);
    }
    lines.push(`  ${'extra'.padEnd(width)} <- ${mapping.extra.length > 0 ? quoted(mapping.extra) : '(none)'}`);
    if (mapping.ignored.length > 0) lines.push(`  ${'ignored'.padEnd(width)} <- ${quoted(mapping.ignored)}`);
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

/**
 * What to do about columns that look like a field already taken (see FieldMapping.alsoLike): `"Subjects - please list
 * all" looks like subjects too, but is kept in extra: …`.
 */
export function sameQuestion(field: Field, headers: readonly string[]): string {
  const them = headers.length === 1 ? 'is' : 'are';
  return (
    `${quoted(headers)} ${headers.length === 1 ? 'looks' : 'look'} like ${field} too, but ${them} kept in extra: if the question was ` +
    `edited while the form was open, name all its columns under ${field} in a mapping file (--write-mapping, edit, --mapping)`
  );
}

/**
 * A mapping file that reproduces these mappings (for `--write-mapping`): every field with its
 * column(s) across all tables; a previous file's `values`, `ignore` and fields mapped to `null`
 * carried over. Edit it and pass it back with `--mapping`.
 */
export function mappingToFile(mappings: readonly TableMapping[], previous: Mapping = {}): Mapping {
  const columns = new Map<Field, string[]>();
  for (const mapping of mappings) {
    for (const f of mapping.fields) {
      const known = columns.get(f.field) ?? [];
      columns.set(f.field, [...known, ...f.columns.filter((c) => !known.includes(c))]);
    }
  }
  const file: Mapping = {
    columns: Object.fromEntries([...columns].map(([field, headers]) => [field, headers.length === 1 ? headers[0] : headers])),
  };
  // A field the previous file mapped to no column stays so; left out, it would be auto-detected again.
  for (const [field, reference] of Object.entries(previous.columns ?? {})) {
    if (reference === null && !columns.has(field as Field)) file.columns = { ...file.columns, [field]: null };
  }
  if (previous.values !== undefined) file.values = previous.values;
  const ignore = [...new Set([...(previous.ignore ?? []), ...mappings.flatMap((m) => m.ignored)])];
  if (ignore.length > 0) file.ignore = ignore;
  return file;
}

function quoted(headers: readonly string[]): string {
  return headers.map((h) => `"${h.replace(/\n/g, ' ')}"`).join(', ');
}
