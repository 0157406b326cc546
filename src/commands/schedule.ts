import { loadConfig } from '../config/load-config.js';
import { groupMentorEmails } from '../core/groups/index.js';
import { firstMeetings, introPairsFromRecords, introRows } from '../core/intros/index.js';
import { groupForMeetings, planRota, resolveScheduleSettings, type RowProblem } from '../core/schedule/index.js';
import type { OnProgress, Person } from '../core/types.js';
import { describeLocation, InputError, UsageError } from '../errors.js';
import { assertOutputFolders } from '../io/output-error.js';
import { assertOutputFiles, formatFromPath, writeTables } from '../io/write-table.js';
import { introductionsSheet } from '../render/intro-sheet.js';
import { problemsSheet, rotaOutputSheet, unscheduledSheet } from '../render/schedule-sheets.js';
import { renderScheduleSummary, scheduleSummaryJson, type ScheduleSummaryInput } from '../render/schedule-summary.js';
import { createProgress, progressPhase, type Progress } from '../render/progress.js';
import { createUi, type CommandIO, type Ui } from '../render/ui.js';
import { loadPeople, type PeopleInputOptions } from './load-people.js';
import { readIntroTemplates, type IntroTemplates } from './intros.js';
import type { CommandOutcome } from './outcome.js';
import { calendarOptions, writePersonalCalendars, writeRotaCalendar } from './schedule-calendars.js';
import { readHolidayFiles, readMatchSheet, readRota } from './schedule-inputs.js';
import { scheduleConfigOf, type ScheduleOptionValues } from './schedule-settings.js';
import { writeOutput } from './write-output.js';

/** Options of `edumentor schedule`. */
export interface ScheduleCommandOptions extends ScheduleOptionValues, Omit<PeopleInputOptions, 'inputs'> {
  /** The match sheet (`match` output, CSV or xlsx). */
  matches: string;
  /** Form exports or rosters giving people's free times (read as `import` reads them). */
  roster?: string[];
  /** A previous rota to carry over. */
  rota?: string;
  output?: string;
  unscheduled?: string;
  ics?: string;
  icsDir?: string;
  /** Write an introduction per person per partner, with the first meeting's date, for a mail merge. */
  intros?: string;
  /** The introduction message's template (default: the built-in one). */
  introTemplate?: string;
  /** Every mentor meets their mentees together (also `match.groups: true` in the config). */
  groups?: boolean;
  quiet?: boolean;
  json?: boolean;
}

/** `edumentor schedule`: a rota of meetings for every pair, around holidays, as a sheet and calendars. */
export async function runSchedule(options: ScheduleCommandOptions, io: CommandIO): Promise<CommandOutcome> {
  const ui = createUi(io, { quiet: options.quiet || options.json });
  checkUsage(options);
  const templates = options.intros === undefined ? undefined : await readIntroTemplates(options.introTemplate);

  const progress = createProgress(io, { quiet: options.quiet || options.json });
  let summary: ScheduleSummaryInput;
  try {
    summary = await scheduleAndWrite(options, io, ui, templates, progress);
  } finally {
    progress?.clear();
  }
  if (options.json) io.stdout.write(`${JSON.stringify(scheduleSummaryJson(summary), null, 2)}\n`);
  else if (!options.quiet) io.stderr.write(renderScheduleSummary(summary, ui.colour));
  return { rowProblems: summary.problems.length };
}

/** Refuses, before any work, option combinations that cannot be honoured. */
function checkUsage(options: ScheduleCommandOptions): void {
  if (options.json && options.output === '-') {
    throw new UsageError('--json writes the summary to stdout, so the rota cannot go there too: give it a file with -o FILE');
  }
  if ([options.matches, options.rota, ...(options.roster ?? [])].filter((f) => f === '-').length > 1) {
    throw new UsageError('standard input (-) can be read only once: give the match sheet, the roster and the previous rota as files');
  }
  if (options.introTemplate !== undefined && options.intros === undefined) {
    throw new UsageError('--intro-template shapes the introductions: give --intros FILE too, to say where they go');
  }
  if (options.intros === '-') throw new UsageError('--intros needs a file (the rota may go to standard output): give --intros intros.csv');
}

/** Reads the inputs, plans the rota and writes every output asked for; what the summary tells. */
async function scheduleAndWrite(
  options: ScheduleCommandOptions,
  io: CommandIO,
  ui: Ui,
  templates: IntroTemplates | undefined,
  progress: Progress | undefined,
): Promise<ScheduleSummaryInput> {
  const roster = options.roster ?? [];
  const people = roster.length > 0 ? await loadPeople({ ...options, inputs: roster }, io, progress) : await workbookRoster(options, io, progress);
  const loaded = people?.loaded ?? (await loadConfig(options.config, io.cwd));
  const previous = options.rota ? await readRota(options.rota, io.stdin, progress) : { meetings: [], problems: [], warnings: [] };
  // The one place the real clock is read: today's date when neither --today nor the config gives one.
  const settings = resolveScheduleSettings(scheduleConfigOf(loaded.config.schedule, loaded.file, options, previous.meetings), new Date());
  await checkOutputs(options, [options.matches, options.rota, options.mapping, options.introTemplate, ...roster, ...settings.holidayFiles]);

  const holidays = await readHolidayFiles(settings.holidayFiles);
  const rosterPeople: readonly Person[] = people?.result.people ?? [];
  const sheet = await readMatchSheet(options.matches, rosterPeople, io.stdin, progress);
  const everyoneInGroups = options.groups === true || loaded.config.match?.groups === true;
  const grouped = groupForMeetings(sheet.pairs, { sheetGroups: sheet.groups, groupMentors: everyoneInGroups ? 'all' : groupMentorEmails(rosterPeople) });
  ui.info(`scheduling ${sheet.pairs.length} pairs${loaded.file ? ` (config: ${loaded.file})` : ''}…`);
  const plan = planRota({ pairs: grouped.units, settings, holidays: holidays.holidays, previous: previous.meetings, onProgress: progress });
  plan.warnings.unshift(...grouped.warnings);
  const problems: RowProblem[] = [...sheet.problems, ...(people ? rosterProblems(people.result.rejected) : []), ...previous.problems, ...holidays.problems];

  const rota = rotaOutputSheet(plan.rows);
  const unscheduled = unscheduledSheet(plan.unscheduled);
  if (isFile(options.output)) {
    // CSV and TSV take the first sheet only; xlsx and JSON take them all.
    const sheets = [rota, unscheduled, ...(problems.length > 0 ? [problemsSheet(problems)] : [])];
    await writeOutput(options.output, sheets, progress);
  } else if (!options.json) {
    // No bar over a rota scrolling past on the same terminal.
    const onProgress = io.stdout.isTTY ? undefined : progressPhase(progress, 'writing the rota');
    await writeTables(undefined, [rota], { stdout: io.stdout, onProgress });
  }
  if (options.unscheduled) await writeOutput(options.unscheduled, [unscheduled], progress);
  const calendar = calendarOptions(settings);
  if (options.ics) await writeRotaCalendar(options.ics, plan.rows, calendar, progressPhase(progress, `writing ${options.ics}`));
  if (options.icsDir) {
    const onProgress = progressPhase(progress, 'writing calendars');
    ui.info(`${await writePersonalCalendars(options.icsDir, plan.rows, calendar, onProgress)} calendars written to ${options.icsDir}`);
  }
  if (options.intros && templates) {
    if (!people) ui.warn('--intros without --roster: partner_organisation, partner_phase and partner_subjects stay empty and everyone counts as consenting; give --roster');
    const pairs = introPairsFromRecords(sheet.records, grouped.groupOf);
    const rows = introRows({ pairs, people: rosterPeople, firstMeetings: firstMeetings(plan.rows), ...templates });
    await writeOutput(options.intros, [introductionsSheet(rows)], progress);
  }

  return {
    plan,
    pairs: sheet.pairs.length,
    groups: grouped.units.filter((u) => u.members).length,
    settings,
    holidays: holidays.holidays,
    sheetWarnings: [...sheet.warnings, ...previous.warnings.map((w) => `${describeLocation(w)}: ${w.message}`)],
    problems,
    previous: previous.meetings,
  };
}

/** Refuses, before anything is written, an output with an unknown format, one that is also an input, or one with no folder. */
async function checkOutputs(options: ScheduleCommandOptions, inputs: (string | undefined)[]): Promise<void> {
  const readFrom = inputs.filter(isFile);
  formatFromPath(options.output);
  if (options.unscheduled) formatFromPath(options.unscheduled);
  if (options.intros) formatFromPath(options.intros);
  const outputs = { '-o': options.output, '--unscheduled': options.unscheduled, '--ics': options.ics, '--intros': options.intros };
  assertOutputFiles(outputs, readFrom);
  await assertOutputFolders(Object.values(outputs), [options.icsDir]);
}

/**
 * A match workbook carries the roster it was made from (its People sheet): without --roster, use it, so
 * pairs with no common slot get the mentor's own times rather than a default.
 */
async function workbookRoster(options: ScheduleCommandOptions, io: CommandIO, progress: OnProgress | undefined) {
  if (!/\.xlsx$/i.test(options.matches)) return undefined;
  try {
    return await loadPeople({ ...options, role: [], mapping: undefined, inputs: [options.matches], sheet: 'People' }, io, progress);
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/** The roster rows import rejected, as problems of the schedule's inputs. */
function rosterProblems(rejected: readonly { file: string; row: number; column: string; reason: string }[]): RowProblem[] {
  return rejected.map((r) => ({ file: r.file, row: r.row, column: r.column, message: `roster row left out: ${r.reason}` }));
}

function isFile(path: string | undefined): path is string {
  return path !== undefined && path !== '-';
}
