import type { ReportModel } from '../core/report/model.js';
import { capitalise, formatDate } from './report-format.js';
import { reportView, type SectionView, type ViewTable } from './report-view.js';
import { isNumericColumn } from './report-view-parts.js';

/** The report as GitHub-flavoured Markdown: headings, paragraphs and tables. */
export function renderReportMarkdown(model: ReportModel): string {
  const blocks = [`# ${escapeMarkdown(model.title)}`, preamble(model)];
  if (model.keyFigures.length > 0) {
    blocks.push(
      '## Key figures',
      table({
        caption: '',
        columns: ['Figure', 'Value', 'Detail'],
        rows: model.keyFigures.map((f) => [f.label, f.value, f.detail]),
      }),
    );
  }
  for (const section of reportView(model)) blocks.push(...sectionBlocks(section));
  return `${blocks.join('\n\n')}\n`;
}

/** Text made safe for a Markdown paragraph or table cell: markup characters escaped, line breaks flattened. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, '\\$&').replace(/\s*[\r\n]+\s*/g, ' ');
}

function preamble(model: ReportModel): string {
  const lines: string[] = [];
  if (model.today) lines.push(`As of ${formatDate(model.today)}.`);
  if (model.redacted) lines.push('Names and e-mail addresses are replaced by pseudonyms.');
  lines.push(`Built from: ${model.sources.map((s) => `${s.input} (${s.rows} rows)`).join(', ')}.`);
  return lines.join(' ');
}

function sectionBlocks(section: SectionView): string[] {
  const blocks = [`## ${section.title}`];
  if (section.missing) return [...blocks, `_${escapeMarkdown(capitalise(section.missing))}._`];
  if (section.facts.length > 0) blocks.push(section.facts.map(escapeMarkdown).join(' '));
  for (const list of section.lists) {
    blocks.push(`**${escapeMarkdown(list.title)}**\n\n${list.items.map((item) => `- ${escapeMarkdown(item)}`).join('\n')}`);
  }
  for (const t of section.tables) {
    blocks.push(`### ${escapeMarkdown(t.caption)}`, table(t));
    if (t.note) blocks.push(`_${escapeMarkdown(t.note)}_`);
  }
  return blocks;
}

function table(t: ViewTable): string {
  const align = t.columns.map((_, i) => (t.rows.length > 0 && isNumericColumn(t, i) ? '---:' : '---'));
  const line = (cells: readonly (string | number)[]) => `| ${cells.map((c) => escapeMarkdown(String(c))).join(' | ')} |`;
  return [line(t.columns), `| ${align.join(' | ')} |`, ...t.rows.map(line)].join('\n');
}
