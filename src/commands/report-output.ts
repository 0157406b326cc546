import { extname } from 'node:path';
import type { ReportModel } from '../core/report/index.js';
import { UsageError } from '../errors.js';
import type { TableProgress } from '../io/sheet.js';
import { writeFileAtomic, writeTables } from '../io/write-table.js';
import { renderReportHtml } from '../render/report-html.js';
import { renderReportJson } from '../render/report-json.js';
import { renderReportMarkdown } from '../render/report-markdown.js';
import { renderReportSheets } from '../render/report-sheets.js';
import { reportStylerFor } from '../render/report-styler.js';
import { renderReportTerminal } from '../render/report-terminal.js';
import type { CommandIO } from '../render/ui.js';

/** How a report is written: the terminal summary on stdout, or a file in the format its extension names. */
export type ReportFormat = 'terminal' | 'html' | 'markdown' | 'xlsx' | 'json';

const BY_EXTENSION: Readonly<Record<string, ReportFormat>> = {
  '.html': 'html',
  '.md': 'markdown',
  '.xlsx': 'xlsx',
  '.json': 'json',
};

/** The format for `-o`: no output or `-` is the terminal summary; otherwise by extension, UsageError for any other. */
export function reportFormatOf(output: string | undefined): ReportFormat {
  if (output === undefined || output === '-') return 'terminal';
  const format = BY_EXTENSION[extname(output).toLowerCase()];
  if (format) return format;
  throw new UsageError(
    'cannot tell which format to write the report in from this name: expected a name ending in .html (a page with charts), ' +
      '.md (Markdown), .xlsx (a workbook) or .json (the report model), or no -o for the summary on the terminal',
    { file: output },
  );
}

/**
 * Writes the report: a file atomically, or the terminal summary (coloured only on a TTY without NO_COLOR) on stdout.
 * `onProgress` is told how many rows of a workbook's sheets are written (a national scheme's run to many thousands).
 */
export async function writeReport(model: ReportModel, output: string | undefined, io: CommandIO, onProgress?: TableProgress): Promise<void> {
  const format = reportFormatOf(output);
  if (format === 'terminal' || output === undefined) {
    io.stdout.write(renderReportTerminal(model, reportStylerFor(io.stdout, io.env)));
  } else if (format === 'xlsx') {
    await writeTables(output, renderReportSheets(model), { onProgress });
  } else {
    await writeFileAtomic(output, RENDER_TEXT[format](model));
  }
}

const RENDER_TEXT: Readonly<Record<'html' | 'markdown' | 'json', (model: ReportModel) => string>> = {
  html: renderReportHtml,
  markdown: renderReportMarkdown,
  json: renderReportJson,
};
