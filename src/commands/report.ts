import { loadConfig, type LoadedConfig } from '../config/load-config.js';
import { stagesOf } from '../config/stages-of.js';
import { FIELDS, personToRecord } from '../core/normalise/index.js';
import {
  buildReport,
  INPUT_KEYS,
  parseStalledWeeks,
  type InputKey,
  type ReportInput,
  type ReportOptions,
  type SheetRecord,
} from '../core/report/index.js';
import { localDateIn } from '../core/schedule/index.js';
import type { OnProgress, Table } from '../core/types.js';
import { UsageError } from '../errors.js';
import { assertNotAnInput } from '../io/write-table.js';
import { missingText, SECTION_TITLES } from '../render/report-format.js';
import { createProgress, progressPhase } from '../render/progress.js';
import { renderReportJson } from '../render/report-json.js';
import { createUi, type CommandIO } from '../render/ui.js';
import { loadPeople, normaliseTables, type LoadedPeople, type PeopleInputOptions } from './load-people.js';
import type { CommandOutcome } from './outcome.js';
import { chooseSheets, recordsOfTables, sheetRecords, type ChosenSheet, type ReportFiles } from './report-inputs.js';
import { reportFormatOf, writeReport } from './report-output.js';

/** Options of `edumentor report`: one option per sheet (`rejects` is the rejected rows), plain workbooks, and how to report. */
export interface ReportCommandOptions extends Omit<PeopleInputOptions, 'inputs'>, Partial<Record<Exclude<InputKey, 'rejected'>, string>> {
  /** Sheets or workbooks edumentor wrote, recognised by their sheet names or columns. */
  inputs?: string[];
  rejects?: string;
  /** ISO date that decides which meetings are overdue; today in Europe/London when absent. */
  today?: string;
  redact?: boolean;
  title?: string;
  /** Weeks without a held meeting after which a pair counts as stalled: `4w` (the default) or a number. */
  stalled?: string;
  output?: string;
  quiet?: boolean;
  json?: boolean;
}

/** Where the scheme runs, for "today" when --today is not given (PRODUCT.md §6). */
const TIME_ZONE = 'Europe/London';

/** `edumentor report`: sign-ups, supply and demand, matching, meetings and data quality from whichever sheets are given. */
export async function runReport(options: ReportCommandOptions, io: CommandIO, now: Date = new Date()): Promise<CommandOutcome> {
  const ui = createUi(io, { quiet: options.quiet || options.json });
  const named = namedFiles(options);
  const plain = options.inputs ?? [];
  const files = [...Object.values(named), ...plain];
  if (files.length === 0) {
    throw new UsageError(
      'nothing to report on: give at least one of --roster, --matches, --unmatched, --mentors, --rota, --rejects, ' +
        '--duplicates or --warnings, or a workbook edumentor wrote (edumentor report matches.xlsx)',
    );
  }
  if (files.filter((file) => file === '-').length > 1) {
    throw new UsageError('standard input (-) can be read only once: give it for one input only');
  }
  const format = reportFormatOf(options.output);
  const stalledWeeks = options.stalled === undefined ? undefined : parseStalledWeeks(options.stalled);
  assertNotAnInput(options.output, [...files, ...(options.mapping ? [options.mapping] : [])]);
  if (options.json && options.output === '-') {
    throw new UsageError('--json writes the report model to stdout, so the summary cannot go there too: give a file with -o FILE');
  }

  const progress = createProgress(io, { quiet: options.quiet || options.json });
  let built: Awaited<ReturnType<typeof readAndBuild>>;
  try {
    built = await readAndBuild({ named, plain, stdin: io.stdin, onProgress: progress }, options, io, {
      today: options.today ?? localDateIn(now, TIME_ZONE),
      redact: options.redact,
      title: options.title,
      stalledWeeks,
      onProgress: progress,
    });
  } finally {
    progress?.clear();
  }
  const { sheets, model, loaded, rowProblems } = built;
  ui.info(`report from ${describeSources(sheets)}${loaded.file ? ` (config: ${loaded.file})` : ''}`);

  if (!(options.json && format === 'terminal')) {
    const onProgress = progressPhase(progress, `writing ${options.output}`);
    await writeReport(model, options.output, io, onProgress).finally(() => progress?.clear());
  }
  if (options.json) io.stdout.write(renderReportJson(model));
  for (const missing of model.missing) ui.info(`${SECTION_TITLES[missing.section]}: ${missingText(missing)}`);
  if (options.output && options.output !== '-') ui.info(`wrote ${options.output}${model.redacted ? ' (names and e-mails replaced)' : ''}`);
  return { rowProblems };
}

/** Reads the sheets and builds the report from them (`build` gives every option but the stages, which the config gives). */
async function readAndBuild(files: ReportFiles, options: ReportCommandOptions, io: CommandIO, build: ReportOptions) {
  const sheets = await chooseSheets(files);
  const { input, loaded, rowProblems } = await reportInput(sheets, options, io, build.onProgress);
  const model = buildReport(input, { ...build, stages: stagesOf(loaded.config) });
  return { sheets, model, loaded, rowProblems };
}

/** The file named by each sheet option, in report order. */
function namedFiles(options: ReportCommandOptions): Partial<Record<InputKey, string>> {
  const named: Partial<Record<InputKey, string>> = {};
  for (const key of INPUT_KEYS) {
    const file = key === 'rejected' ? options.rejects : options[key];
    if (file !== undefined) named[key] = file;
  }
  return named;
}

/**
 * The sheets as the report core takes them. The roster goes through import (so a raw form export works too); its
 * warnings (values outside the vocabularies) always count, and its rejects and duplicates when it was a raw export.
 * A sheet named by its own option wins over both.
 */
async function reportInput(
  sheets: readonly ChosenSheet[],
  options: ReportCommandOptions,
  io: CommandIO,
  onProgress: OnProgress | undefined,
): Promise<{ input: ReportInput; loaded: LoadedConfig; rowProblems: number }> {
  const input: ReportInput = {};
  const read = sheets.filter(isReadAsRecords);
  const records = recordsOfTables(read.map((sheet) => sheet.table), onProgress);
  read.forEach((sheet, i) => {
    input[sheet.kind] = records[i];
  });
  const settings = sheets.find((s) => s.kind === 'settings')?.table;
  if (settings) input.matchSummary = { blockingPairs: blockingPairsOf(sheetRecords(settings)) };

  const roster = sheets.find((s) => s.kind === 'roster');
  if (!roster) return { input, loaded: await loadConfig(options.config, io.cwd), rowProblems: 0 };
  const { result, tables, loaded } = await loadRoster(roster, options, io, onProgress);
  const rawExport = tables.some((table) => !FIELDS.every((field) => table.headers.includes(field)));
  const isExplicit = (kind: InputKey) => sheets.some((s) => s.kind === kind && s.explicit);
  input.roster = result.people.map(personToRecord);
  if (!isExplicit('warnings')) input.warnings = result.warnings.map(textRecord);
  if (rawExport && !isExplicit('rejected')) input.rejected = result.rejected.map(textRecord);
  if (rawExport && !isExplicit('duplicates')) input.duplicates = result.duplicates.map(textRecord);
  return { input, loaded, rowProblems: rawExport ? result.rejected.length : 0 };
}

/**
 * The roster through import, from the table `chooseSheets` read when it is the one asked for; read again only
 * when it is on stdin (not read yet) or `--sheet` names another sheet of the file `--roster` names.
 */
function loadRoster(roster: ChosenSheet, options: ReportCommandOptions, io: CommandIO, onProgress: OnProgress | undefined): Promise<LoadedPeople> {
  const sheet = roster.explicit && options.sheet !== undefined ? options.sheet : roster.sheet;
  if (roster.table && sheet === roster.sheet) return normaliseTables([roster.table], options, io, onProgress);
  return loadPeople({ ...options, inputs: [roster.file], sheet }, io, onProgress);
}

/** A sheet the report core takes as it is, as records: every kind but the roster (which import reads) and the settings. */
function isReadAsRecords(sheet: ChosenSheet): sheet is ChosenSheet & { kind: Exclude<InputKey, 'roster'>; table: Table } {
  return sheet.kind !== 'roster' && sheet.kind !== 'settings' && sheet.table !== null;
}

/** The Settings sheet's "blocking pairs" count; null when absent or not a number. */
function blockingPairsOf(settings: readonly SheetRecord[]): number | null {
  const row = settings.find((r) => (r.setting ?? '').trim().toLowerCase() === 'blocking pairs');
  const value = row?.value?.trim() ?? '';
  return value !== '' && Number.isFinite(Number(value)) ? Number(value) : null;
}

function textRecord(record: object): SheetRecord {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, String(value)]));
}

/** `matches.xlsx (People, Matches, …), rota.csv (rota)`: each file once, with the sheets taken from it. */
function describeSources(sheets: readonly ChosenSheet[]): string {
  const byFile = new Map<string, string[]>();
  for (const sheet of sheets) byFile.set(sheet.file, [...(byFile.get(sheet.file) ?? []), sheet.sheet ?? sheet.kind]);
  return [...byFile].map(([file, parts]) => `${file} (${parts.join(', ')})`).join(', ');
}
