import type { ChalkInstance } from 'chalk';
import { holidayLookup, type Holiday, type RotaPlan, type RotaRow, type RowProblem, type ScheduleSettings } from '../core/schedule/index.js';
import { parseIsoDate, partsOfDay } from '../core/schedule/dates.js';
import { describeLocation } from '../errors.js';

/** What the schedule summary is made from. */
export interface ScheduleSummaryInput {
  plan: RotaPlan;
  pairs: number;
  /** Groups whose mentees meet their mentor together (each counted once in the meetings). */
  groups?: number;
  settings: ScheduleSettings;
  /** Holidays read from files (bank holidays are added when the settings say so). */
  holidays: readonly Holiday[];
  /** Sheet-wide warnings of the match sheet. */
  sheetWarnings: readonly string[];
  problems: readonly RowProblem[];
  /** The meetings of the previous rota (`--rota`), if any. */
  previous: readonly RotaRow[];
}

/** Messages of one kind, counted, with the first as an example. */
export interface MessageGroup {
  kind: string;
  count: number;
  example: string;
}

const MAX_PROBLEMS_SHOWN = 10;

/** The schedule summary as a machine-readable object (`--json`). */
export function scheduleSummaryJson(input: ScheduleSummaryInput) {
  const { plan, settings } = input;
  const moved = movedCounts(plan.rows, input.holidays, settings.bankHolidays);
  const previousKeys = new Set(input.previous.map(meetingKey));
  return {
    pairs: input.pairs,
    groups: input.groups ?? 0,
    meetings: plan.rows.length,
    byStatus: countBy(plan.rows.map((r) => r.status)),
    carriedOver: plan.rows.filter((r) => previousKeys.has(meetingKey(r))).length,
    movedForHolidays: moved.holidays,
    movedOther: moved.other,
    unscheduled: plan.unscheduled.length,
    unscheduledByReason: groupMessages(plan.unscheduled.map((u) => ({ message: u.reason, example: `${u.pair_id} meeting ${u.meeting_no}: ${u.reason}` }))),
    warnings: groupMessages([
      ...input.sheetWarnings.map((message) => ({ message, example: message })),
      ...plan.warnings.map((w) => ({ message: w.message, example: `${w.pair_id}: ${w.message}` })),
    ]),
    problems: input.problems.length,
    settings: {
      start: settings.start,
      every: settings.every.unit === 'month' ? 'month' : `${settings.every.weeks}w`,
      count: settings.count,
      until: settings.until,
      maxPerWeek: settings.maxPerWeek,
      bankHolidays: settings.bankHolidays,
      tz: settings.tz,
      today: settings.today,
    },
  };
}

/** A group of like messages: how many, and one of them (`  107 ×, e.g. p-1: …`, so it is not read as 107 for p-1). */
function groupLine({ count: n, example }: { count: number; example: string }): string {
  return `  ${String(n).padStart(4)} ×${n > 1 ? ', e.g.' : ''} ${example}`;
}

/** The schedule summary for stderr: pairs and meetings, moves, unscheduled and warnings grouped, input problems. */
export function renderScheduleSummary(input: ScheduleSummaryInput, colour: ChalkInstance): string {
  const s = scheduleSummaryJson(input);
  const cadence = s.settings.every === 'month' ? 'monthly' : s.settings.every === '1w' ? 'weekly' : `every ${s.settings.every.replace('w', ' weeks')}`;
  const lines = [
    colour.bold(`${count(s.pairs, 'pair')}${s.groups > 0 ? ` (${count(s.groups, 'group')} meeting together)` : ''}, ${count(s.meetings, 'meeting')}`) +
      ` (${cadence} from ${s.settings.start}, ${s.settings.count} per ${s.groups > 0 ? 'pair or group' : 'pair'}${s.settings.until ? ` until ${s.settings.until}` : ''})`,
    `  ${Object.entries(s.byStatus).map(([status, count]) => `${count} ${status}`).join(', ') || 'no meetings'}` +
      (s.carriedOver > 0 ? `; ${s.carriedOver} kept from the previous rota` : ''),
    `  moved: ${s.movedForHolidays} for holidays, ${s.movedOther} for other reasons (see the note column)`,
  ];
  if (s.unscheduled > 0) {
    lines.push(colour.yellow(`${count(s.unscheduled, 'meeting')} could not be scheduled:`));
    for (const g of s.unscheduledByReason) lines.push(groupLine(g));
  }
  if (s.warnings.length > 0) {
    lines.push(colour.yellow(`${count(s.warnings.reduce((n, g) => n + g.count, 0), 'warning')}:`));
    for (const g of s.warnings) lines.push(groupLine(g));
  }
  if (s.problems > 0) {
    lines.push(colour.yellow(`${count(s.problems, 'input row')} left out:`));
    for (const p of input.problems.slice(0, MAX_PROBLEMS_SHOWN)) lines.push(`  ${describeLocation(p)}: ${p.message}`);
    if (s.problems > MAX_PROBLEMS_SHOWN) lines.push(`  … and ${s.problems - MAX_PROBLEMS_SHOWN} more (see the Problems sheet of an .xlsx output)`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Groups messages that differ only in their particulars (dates, ids, names in quotes or brackets, the
 * details after a colon), keeping the first of each group as its example; largest groups first.
 */
export function groupMessages(messages: readonly { message: string; example: string }[]): MessageGroup[] {
  const groups = new Map<string, MessageGroup>();
  for (const { message, example } of messages) {
    const kind = kindOf(message);
    const group = groups.get(kind) ?? { kind, count: 0, example };
    group.count += 1;
    groups.set(kind, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : 1));
}

function kindOf(message: string): string {
  const general = message
    .replace(/^row \d+, pair [^:]*: /, '')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\([^)]*\)/g, '(…)');
  return (general.split(/[:;]/)[0] ?? '').replace(/\S*\d\S*/g, '…').trim();
}

/** Meetings whose note says they were moved: off a holiday (the note names the holiday of that date), or otherwise. */
function movedCounts(rows: readonly RotaRow[], holidays: readonly Holiday[], bankHolidays: boolean): { holidays: number; other: number } {
  const moves = rows.flatMap((r) => {
    const m = /^moved from (\d{4}-\d{2}-\d{2}): (.*)$/.exec(r.note);
    const day = m ? parseIsoDate(m[1] as string) : undefined;
    return day === undefined ? [] : [{ day, reason: m?.[2] ?? '' }];
  });
  if (moves.length === 0) return { holidays: 0, other: 0 };
  // Years from the first and last day moved, not Math.min(...years): there can be more moves than a call takes arguments.
  const days = moves.map((m) => m.day);
  const [first, last] = [days.reduce((a, b) => Math.min(a, b)), days.reduce((a, b) => Math.max(a, b))];
  const span = { from: partsOfDay(first).year, to: partsOfDay(last).year };
  const holidayOn = holidayLookup(holidays, bankHolidays ? span : undefined);
  const forHolidays = moves.filter((m) => holidayOn(m.day) === m.reason).length;
  return { holidays: forHolidays, other: moves.length - forHolidays };
}

function meetingKey(r: RotaRow): string {
  return `${r.meeting_id} ${r.date} ${r.start}`;
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
