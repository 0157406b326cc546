import type { ChalkInstance } from 'chalk';
import { sameQuestion, type ImportResult } from '../core/normalise/index.js';

/** The import summary as a machine-readable object (`--json`). */
export function importSummaryJson(result: ImportResult) {
  const totals = result.files.reduce(
    (t, f) => ({ rows: t.rows + f.rows, blank: t.blank + f.blank }),
    { rows: 0, blank: 0 },
  );
  return {
    rows: totals.rows,
    people: result.people.length,
    duplicates: result.duplicates.length,
    rejected: result.rejected.length,
    blank: totals.blank,
    files: result.files,
    warnings: groupWarnings(result),
    rejectedReasons: countBy(result.rejected.map((r) => r.reason)),
  };
}

/** The import summary for stderr: rows per file, totals, warnings grouped with counts. */
export function renderImportSummary(result: ImportResult, colour: ChalkInstance): string {
  const s = importSummaryJson(result);
  const lines: string[] = [];
  for (const f of result.files) {
    const source = f.sheet === undefined ? f.file : `${f.file}, sheet "${f.sheet}"`;
    lines.push(`${source}: ${counted(f.rows, 'row', 'rows')} read → ${outcomes(f)}`);
  }
  const total = `${outcomes(s)} (of ${counted(s.rows, 'row', 'rows')})`;
  lines.push(colour.bold(total));
  for (const [reason, count] of Object.entries(s.rejectedReasons)) lines.push(`  rejected ${count}× ${reason}`);
  for (const mapping of result.mappings) {
    for (const f of mapping.fields) if (f.alsoLike) lines.push(colour.yellow(`${mapping.file}: ${sameQuestion(f.field, f.alsoLike)}`));
    if (mapping.datesUndecided) lines.push(colour.yellow(`${mapping.file}: ${DATES_UNDECIDED}`));
  }
  if (s.warnings.length > 0) {
    lines.push(colour.yellow(`${counted(result.warnings.length, 'warning', 'warnings')}:`));
    for (const w of s.warnings) lines.push(`  ${String(w.count).padStart(4)} ${w.kind}: ${w.example}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * One line on what the import inside another command found (`417 rows read → 404 people, …; 18 warnings (18
 * unknown-focus)`), so that rejected rows and values outside the vocabularies do not pass unseen.
 */
export function importLine(result: ImportResult): string {
  const s = importSummaryJson(result);
  const kinds = s.warnings.map((w) => `${w.count} ${w.kind}`).join(', ');
  const warnings = s.warnings.length === 0 ? '' : `; ${counted(result.warnings.length, 'warning', 'warnings')} (${kinds})`;
  const details = s.rejected + s.duplicates + result.warnings.length > 0 ? ': `edumentor import` with the same inputs lists them' : '';
  return `${counted(s.rows, 'row', 'rows')} read → ${outcomes(s)}${warnings}${details}`;
}

const DATES_UNDECIDED =
  'no submission time shows whether the day or the month comes first (none over 12), so they are read day first, ' +
  'as a UK form writes them: if the form is American (month first), import again with --date-order mdy';

/** `404 people, 10 duplicates, 2 rejected, 1 blank`. */
function outcomes(c: { people: number; duplicates: number; rejected: number; blank: number }): string {
  return `${counted(c.people, 'person', 'people')}, ${counted(c.duplicates, 'duplicate', 'duplicates')}, ${c.rejected} rejected, ${c.blank} blank`;
}

function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function groupWarnings(result: ImportResult): { kind: string; count: number; example: string }[] {
  const groups = new Map<string, { kind: string; count: number; example: string }>();
  for (const w of result.warnings) {
    const group = groups.get(w.kind) ?? { kind: w.kind, count: 0, example: w.message };
    group.count += 1;
    groups.set(w.kind, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}
