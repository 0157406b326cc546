import { isNumericColumn, type ViewTable } from './report-view-parts.js';

/** The width the terminal report fits in. */
export const TERMINAL_WIDTH = 80;
/** Narrowest a text column is squeezed to before the table gives up fitting. */
const MIN_TEXT_COLUMN = 6;
const GAP = '  ';
/** Fewest columns worth drawing bars in; text columns are squeezed to leave them. */
const MIN_BAR = 8;

/** Characters as a terminal counts them (code points; the report has no double-width text of its own). */
export function textWidth(text: string): number {
  return [...text].length;
}

/** The text on one line: line breaks, tabs and runs of spaces become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text cut to `width` with an ellipsis when it is longer. */
export function truncate(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

/** Words wrapped into lines of at most `width`: the first prefixed with `first`, the rest with `rest`; an overlong word is cut. */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const room = width - Math.max(textWidth(first), textWidth(rest));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next) <= room) line = next;
    else {
      if (line) lines.push(line);
      line = truncate(word, room);
    }
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? first : rest) + l);
}

/** A bar of full blocks for `value` out of `max`, at most `width` long; any non-zero value shows at least one block. */
export function bar(value: number, max: number, width: number): string {
  if (value <= 0 || max <= 0 || width <= 0) return '';
  return '█'.repeat(Math.max(1, Math.round((value / max) * width)));
}

/**
 * Table lines fitted to `width`: text columns squeezed and cut when needed (leaving room for bars when the table
 * names a bar column), numbers right-aligned, and a bar after each row.
 */
export function tableLines(table: ViewTable, width: number): { header: string; rows: string[] } {
  const cells = table.rows.map((row) => row.map((cell) => oneLine(String(cell))));
  const numeric = table.columns.map((_, i) => isNumericColumn(table, i));
  const widths = fitWidths(
    table.columns.map((title, i) => Math.max(textWidth(title), ...cells.map((row) => textWidth(row[i] ?? '')))),
    numeric,
    table.barColumn === undefined ? width : width - MIN_BAR - GAP.length,
  );
  const line = (row: readonly string[]) =>
    row
      .map((text, i) => {
        const w = widths[i] ?? 0;
        const cut = truncate(text, w);
        return numeric[i] ? cut.padStart(w) : cut.padEnd(w);
      })
      .join(GAP)
      .trimEnd();
  const used = widths.reduce((sum, w) => sum + w, 0) + GAP.length * (widths.length - 1);
  const barRoom = width - used - GAP.length;
  const barValues = table.barColumn === undefined ? [] : table.rows.map((row) => Number(row[table.barColumn as number]) || 0);
  const barMax = Math.max(0, ...barValues);
  const rows = cells.map((row, r) => {
    const text = line(row);
    const drawn = barRoom >= MIN_BAR ? bar(barValues[r] ?? 0, barMax, Math.min(barRoom, 30)) : '';
    return truncate(drawn ? `${text.padEnd(used)}${GAP}${drawn}` : text, width);
  });
  return { header: truncate(line(table.columns), width), rows };
}

/** Shrinks the widest text columns until the table fits, never below MIN_TEXT_COLUMN. */
function fitWidths(natural: number[], numeric: boolean[], width: number): number[] {
  const widths = [...natural];
  const total = () => widths.reduce((sum, w) => sum + w, 0) + GAP.length * (widths.length - 1);
  while (total() > width) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (!numeric[i] && w > MIN_TEXT_COLUMN && (widest < 0 || w > (widths[widest] ?? 0))) widest = i;
    });
    if (widest < 0) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  return widths;
}
