import type { ChalkInstance } from 'chalk';
import type { ImportResult } from '../core/normalise/index.js';

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
    lines.push(`${f.file}: ${f.rows} rows read → ${f.people} people, ${f.duplicates} duplicates, ${f.rejected} rejected, ${f.blank} blank`);
  }
  const total = `${s.people} people, ${s.duplicates} duplicates, ${s.rejected} rejected, ${s.blank} blank (of ${s.rows} rows)`;
  lines.push(colour.bold(total));
  for (const [reason, count] of Object.entries(s.rejectedReasons)) lines.push(`  rejected ${count}× ${reason}`);
  if (s.warnings.length > 0) {
    lines.push(colour.yellow(`${result.warnings.length} warnings:`));
    for (const w of s.warnings) lines.push(`  ${String(w.count).padStart(4)} ${w.kind}: ${w.example}`);
  }
  return `${lines.join('\n')}\n`;
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
