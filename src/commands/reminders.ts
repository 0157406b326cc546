import { loadConfig } from '../config/load-config.js';
import { overdueMeetings, parseWeek, remindersForWeek, resolveScheduleSettings } from '../core/schedule/index.js';
import { describeLocation, UsageError } from '../errors.js';
import { assertNotAnInput, formatFromPath, writeTables, type Sheet } from '../io/write-table.js';
import { remindersSheet, rotaOutputSheet } from '../render/schedule-sheets.js';
import { createUi, type CommandIO } from '../render/ui.js';
import type { CommandOutcome } from './outcome.js';
import { readRota } from './schedule-inputs.js';

/** Options of `edumentor schedule reminders`. */
export interface RemindersCommandOptions {
  /** The rota (`schedule` output, maybe edited), CSV or xlsx. */
  rota: string;
  /** `this` (default), `next`, an ISO week like `2027-W03`, or a date in the week. */
  week?: string;
  today?: string;
  tz?: string;
  /** List the meetings before today still marked scheduled, instead of a week's reminders. */
  overdue?: boolean;
  output?: string;
  config?: string;
  quiet?: boolean;
  json?: boolean;
}

/**
 * `edumentor schedule reminders`: one row per person per meeting of a week, for a mail merge. Made for
 * cron: the same rota and `--today` give the same output, and only data goes to stdout.
 */
export async function runReminders(options: RemindersCommandOptions, io: CommandIO): Promise<CommandOutcome> {
  const ui = createUi(io, { quiet: options.quiet || options.json });
  if (options.json && options.output === '-') {
    throw new UsageError('--json writes the summary to stdout, so the reminders cannot go there too: give them a file with -o FILE');
  }
  if (options.overdue && options.week !== undefined) {
    throw new UsageError('--overdue lists every meeting before today still marked scheduled, whatever the week: leave out --week, or run twice');
  }
  formatFromPath(options.output);
  assertNotAnInput(options.output, [options.rota]);
  const section = (await loadConfig(options.config, io.cwd)).config.schedule ?? {};
  // The one place the real clock is read: today's date when neither --today nor the config gives one.
  const { tz, today } = resolveScheduleSettings({ tz: options.tz ?? section.tz, today: options.today ?? section.today }, new Date());
  const { meetings, problems } = await readRota(options.rota, io.stdin);
  for (const p of problems) ui.warn(`${describeLocation(p)}: ${p.message} (row left out)`);

  let sheet: Sheet;
  let summary: Record<string, unknown>;
  if (options.overdue) {
    const overdue = overdueMeetings(meetings, today, tz);
    sheet = rotaOutputSheet(overdue, 'Overdue');
    summary = { today, overdue: overdue.length, problems: problems.length };
    ui.info(`${overdue.length} meeting${overdue.length === 1 ? '' : 's'} before ${today} still marked scheduled`);
  } else {
    const week = parseWeek(options.week ?? 'this', today, tz);
    const reminders = remindersForWeek(meetings, week.monday, today, tz);
    sheet = remindersSheet(reminders);
    const meetingCount = new Set(reminders.map((r) => r.meeting_id)).size;
    summary = { today, week: week.isoWeek, monday: week.monday, sunday: week.sunday, meetings: meetingCount, reminders: reminders.length, problems: problems.length };
    ui.info(`week ${week.isoWeek} (${week.monday} to ${week.sunday}): ${meetingCount} meetings, ${reminders.length} reminders`);
  }
  if (options.output !== undefined && options.output !== '-') await writeTables(options.output, [sheet]);
  else if (!options.json) await writeTables(undefined, [sheet], { stdout: io.stdout });
  if (options.json) io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  return { rowProblems: problems.length };
}
