import type { KeyFigure, ReportModel } from '../core/report/model.js';
import { formatDate } from './report-format.js';
import { oneLine, tableLines, TERMINAL_WIDTH, textWidth, truncate, wrap } from './report-terminal-layout.js';
import { reportView, type SectionView } from './report-view.js';

/** How the terminal report is coloured: the command passes chalk's functions, or identity for plain text. */
export interface ReportStyler {
  heading(text: string): string;
  dim(text: string): string;
  good(text: string): string;
  bad(text: string): string;
}

/** No colour at all (NO_COLOR, a pipe, a file). */
export const plainStyler: ReportStyler = {
  heading: (text) => text,
  dim: (text) => text,
  good: (text) => text,
  bad: (text) => text,
};

const INDENT = '  ';
const INNER = TERMINAL_WIDTH - INDENT.length;

/** The report for a terminal: 80 columns, text bar charts, colour only through the styler. */
export function renderReportTerminal(model: ReportModel, styler: ReportStyler = plainStyler): string {
  const lines = [styler.heading(truncate(oneLine(model.title), TERMINAL_WIDTH))];
  const about = [model.today ? `As of ${formatDate(model.today)}.` : '', model.redacted ? 'Names and e-mails are pseudonyms.' : '']
    .filter(Boolean)
    .join(' ');
  if (about) lines.push(...wrap(about, TERMINAL_WIDTH).map(styler.dim));
  const from = `From ${model.sources.map((s) => `${s.input} (${s.rows})`).join(', ')}.`;
  lines.push(...wrap(from, TERMINAL_WIDTH).map(styler.dim));
  if (model.keyFigures.length > 0) lines.push('', styler.heading('Key figures'), ...keyFigureLines(model.keyFigures, styler));
  for (const section of reportView(model)) lines.push('', ...sectionLines(section, styler));
  return `${lines.join('\n')}\n`;
}

function keyFigureLines(figures: readonly KeyFigure[], styler: ReportStyler): string[] {
  const labelWidth = Math.max(...figures.map((f) => textWidth(f.label)));
  const valueWidth = Math.max(...figures.map((f) => textWidth(f.value)));
  return figures.map((f) => {
    const tone = f.tone === 'good' ? styler.good : f.tone === 'bad' ? styler.bad : (text: string) => text;
    const room = INNER - labelWidth - valueWidth - 4;
    const pad = ' '.repeat(valueWidth - textWidth(f.value));
    return `${INDENT}${f.label.padEnd(labelWidth)}  ${pad}${tone(f.value)}  ${styler.dim(truncate(f.detail, room))}`;
  });
}

function sectionLines(section: SectionView, styler: ReportStyler): string[] {
  const rule = '─'.repeat(Math.max(0, TERMINAL_WIDTH - textWidth(section.title) - 4));
  const lines = [styler.heading(`── ${section.title} ${rule}`)];
  if (section.missing) return [...lines, styler.dim(`${INDENT}${truncate(section.missing, INNER)}`)];
  for (const fact of section.facts) lines.push(...wrap(fact, TERMINAL_WIDTH, INDENT));
  for (const list of section.lists) {
    lines.push('', `${INDENT}${styler.heading(truncate(list.title, INNER))}`);
    for (const item of list.items) lines.push(...wrap(item, TERMINAL_WIDTH, `${INDENT}• `, `${INDENT}  `));
  }
  for (const table of section.tables) {
    const { header, rows } = tableLines(table, INNER);
    lines.push('', `${INDENT}${truncate(table.caption, INNER)}`, styler.dim(`${INDENT}${header}`), ...rows.map((r) => `${INDENT}${r}`));
    if (table.note) lines.push(...wrap(table.note, TERMINAL_WIDTH, INDENT).map(styler.dim));
  }
  return lines;
}
